//! Merging mentions into entities: one country per ISO code, one organization per name or
//! acronym, one person per full name with family-name and partial mentions as aliases.

use super::classify::first_of_sentence;
use super::forms::{body_of, build, initials, merge_prefixed_orgs, short_form_of};
use super::lexicon::head_type;
use super::names::{clean, clean_site, strip_possessive};
use super::sites::{coordinated_with_place, dateline_agency, is_place_noun};
use super::spans::{Kind, Mention};
use super::words::Word;
use super::Found;
use crate::gazetteer::{is_acronym, key, Gazetteer, Hit};
use crate::Doc;
use corridor_model::EntityType;
use std::collections::HashMap;
use std::ops::Range;

/// One entity being assembled.
pub(super) struct Group {
    pub(super) kind: EntityType,
    pub(super) hit: Option<Hit>,
    /// Surface forms (cleaned), in order of appearance, and whether each is an adjective.
    pub(super) forms: Vec<(String, bool)>,
    pub(super) acronym: Option<String>,
    pub(super) mentions: Vec<Range<usize>>,
    /// Lower-case words of the fullest form (persons).
    pub(super) tokens: Vec<String>,
}

impl Group {
    pub(super) fn new(kind: EntityType, hit: Option<Hit>) -> Self {
        Group {
            kind,
            hit,
            forms: Vec::new(),
            acronym: None,
            mentions: Vec::new(),
            tokens: Vec::new(),
        }
    }

    pub(super) fn add(&mut self, form: String, adjective: bool, range: Range<usize>) {
        if !form.is_empty() && !self.forms.iter().any(|(f, _)| *f == form) {
            self.forms.push((form, adjective));
        }
        if !self.mentions.contains(&range) {
            self.mentions.push(range);
        }
    }
}

/// Whether `acr` is the initials of `name`, of `name` without a last head word ("RCEP" of
/// "Regional Comprehensive Economic Partnership Agreement"), or of its last words ending on
/// their head ("FTA" of "ASEAN-China Free Trade Area").
fn abbreviation_of(acr: &str, name: &str) -> bool {
    if initials(name) == acr {
        return true;
    }
    if let Some((rest, last)) = name.rsplit_once(' ') {
        if head_type(last).is_some() && rest.contains(' ') && initials(rest) == acr {
            return true;
        }
    }
    // "FTA" of "ASEAN-China Free Trade Area": the last words, ending on their head
    let words: Vec<&str> = name.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    acr.len() >= 3
        && words.last().is_some_and(|w| head_type(w).is_some())
        && (1..words.len().saturating_sub(1)).any(|k| initials(&words[k..].join(" ")) == acr)
}

/// The type of each lone word or acronym that no entity claims, one per document ("one sense
/// per discourse"): the type the tagger gives it, by weighted votes over its occurrences (two
/// inside a sentence, one at its start), one more for a place when the gazetteer lists one by
/// that name, three when it is coordinated with a listed place or follows "the city of";
/// ties go to the earliest.
fn lone_word_types(
    doc: &Doc,
    words: &[Word],
    deferred: &[&Mention],
) -> HashMap<String, EntityType> {
    let mut votes: HashMap<String, Vec<(EntityType, usize)>> = HashMap::new();
    let lower: std::collections::HashSet<String> = words
        .iter()
        .filter(|w| w.text.chars().next().is_some_and(char::is_lowercase))
        .map(|w| w.key.clone())
        .collect();
    for m in deferred {
        let (Kind::Acronym(t) | Kind::Single(t)) = m.kind else {
            continue;
        };
        let (text, _) = text_of(doc, words, m);
        let k = key(&clean(strip_possessive(text)));
        let initial = first_of_sentence(words, m.w0);
        let place = matches!(words[m.w0].hit, Some(Hit::Place(_)));
        let mut cast = |t: EntityType, n: usize| {
            let v = votes.entry(k.clone()).or_default();
            match v.iter_mut().find(|(x, _)| *x == t) {
                Some((_, c)) => *c += n,
                None => v.push((t, n)),
            }
        };
        if let Some(t) = t {
            if !initial {
                cast(t, 2);
            } else if !lower.contains(&k) && words.get(m.w1).is_none_or(|w| w.text != ",") {
                // a sentence-initial capital says less, and nothing when the article writes
                // the word in lower case ("Mutual benefit ..." next to "mutual trust") or it
                // opens the sentence as an adverb ("Conversely, ...")
                cast(t, 1);
            }
            if place {
                cast(EntityType::Place, 1);
            }
        }
        // "the city of Khorgos", "the port of Gwadar"
        if m.w0 >= 2 && words[m.w0 - 1].text == "of" && is_place_noun(words[m.w0 - 2].text) {
            cast(EntityType::Place, 3);
        }
        // "port cities such as Jugang and Malacca": coordinated with a place, it is one
        if !initial && coordinated_with_place(words, m) {
            cast(EntityType::Place, 3);
        }
    }
    votes
        .into_iter()
        .filter_map(|(k, v)| {
            let best = v.iter().map(|x| x.1).max()?;
            v.iter().find(|x| x.1 == best).map(|x| (k, x.0))
        })
        .collect()
}

fn text_of<'a>(doc: &'a Doc, words: &[Word], m: &Mention) -> (&'a str, Range<usize>) {
    let r = words[m.w0].start..words[m.w1 - 1].end;
    (&doc.body[r.clone()], r)
}

pub(super) fn person_tokens(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(key)
        .filter(|w| !w.is_empty())
        .collect()
}

/// The acronym written in parentheses right after mention `m`, if any: "(ACC)".
fn defined_acronym<'a>(words: &[Word<'a>], m: &Mention) -> Option<&'a str> {
    let open = words.get(m.w1)?;
    let acr = words.get(m.w1 + 1)?;
    let close = words.get(m.w1 + 2)?;
    (open.text == "(" && close.text == ")" && is_acronym(acr.text)).then_some(acr.text)
}

/// Merges `mentions` into entities.
pub fn merge(doc: &Doc, words: &[Word], mentions: Vec<Mention>, g: &Gazetteer) -> Vec<Found> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut acronyms: HashMap<String, usize> = HashMap::new();
    let mut deferred: Vec<&Mention> = Vec::new();
    let mut persons: Vec<&Mention> = Vec::new();

    let mut group_for =
        |groups: &mut Vec<Group>, k: String, kind: EntityType, hit: Option<Hit>| -> usize {
            *by_key.entry(k).or_insert_with(|| {
                groups.push(Group::new(kind, hit));
                groups.len() - 1
            })
        };

    for m in &mentions {
        let (text, range) = text_of(doc, words, m);
        let form = match m.kind {
            Kind::Typed(EntityType::Place) => clean_site(strip_possessive(text)),
            _ => clean(strip_possessive(text)),
        };
        // an acronym the article defined wins over the gazetteer's reading of it
        if is_acronym(&form) {
            if let Some(&gi) = acronyms.get(&form) {
                groups[gi].add(form, false, range);
                continue;
            }
        }
        let gi = match &m.kind {
            // "U.S. dollars", "US$1.2 billion" name a currency, not the country
            Kind::Gaz(Hit::Country(_) | Hit::CountryAdj(_))
                if words
                    .get(m.w1)
                    .is_some_and(|w| w.text.starts_with("dollar") || w.text.starts_with('$')) =>
            {
                continue;
            }
            Kind::Gaz(h @ (Hit::Country(i) | Hit::CountryAdj(i))) => {
                let gi = group_for(
                    &mut groups,
                    format!("c:{i}"),
                    EntityType::Country,
                    Some(Hit::Country(*i)),
                );
                groups[gi].add(form, matches!(h, Hit::CountryAdj(_)), range);
                gi
            }
            Kind::Gaz(Hit::Place(i)) => {
                let gi = group_for(
                    &mut groups,
                    format!("p:{i}"),
                    EntityType::Place,
                    Some(Hit::Place(*i)),
                );
                groups[gi].add(form, false, range);
                gi
            }
            Kind::Gaz(Hit::Org(i)) => {
                let gi = group_for(
                    &mut groups,
                    format!("o:{i}"),
                    EntityType::Organization,
                    Some(Hit::Org(*i)),
                );
                groups[gi].add(form, false, range);
                gi
            }
            Kind::Typed(EntityType::Person) => {
                persons.push(m);
                continue;
            }
            Kind::Typed(t) => {
                let k = match t {
                    EntityType::Organization => {
                        body_of(&form, g).unwrap_or_else(|| format!("organization:{}", key(&form)))
                    }
                    _ => format!("{}:{}", t.as_str(), key(&form)),
                };
                let gi = group_for(&mut groups, k, *t, None);
                groups[gi].add(form, false, range);
                gi
            }
            Kind::Acronym(_) | Kind::Single(_) => {
                deferred.push(m);
                continue;
            }
        };
        // "TERMEZ (UzA) --": a dateline's agency is no acronym of the place before it
        let agency = defined_acronym(words, m).is_some() && dateline_agency(words, m.w1 + 1);
        if let Some(acr) = defined_acronym(words, m).filter(|_| !agency) {
            // "East Coast Rail Link (ECRL)": projects have acronyms too
            if matches!(
                groups[gi].kind,
                EntityType::Organization | EntityType::Project
            ) {
                groups[gi].acronym = Some(acr.to_string());
            }
            // the longest name before "(AHAC)" defines it, not a country nested at its end
            // ("Amateur Hockey Association of Canada")
            acronyms.entry(acr.to_string()).or_insert(gi);
        }
    }

    // persons: fullest names first, shorter ones join the name that contains all their words
    let mut persons_sorted = persons.clone();
    persons_sorted.sort_by_key(|m| std::cmp::Reverse(m.w1 - m.w0));
    let mut person_groups: Vec<usize> = Vec::new();
    for m in persons_sorted {
        let (text, range) = text_of(doc, words, m);
        let form = clean(strip_possessive(text));
        let toks = person_tokens(&form);
        if toks.is_empty() {
            continue;
        }
        let target = person_groups
            .iter()
            .copied()
            .find(|&gi| toks.iter().all(|t| groups[gi].tokens.contains(t)));
        let gi = match target {
            Some(gi) => gi,
            None => {
                groups.push(Group::new(EntityType::Person, None));
                let gi = groups.len() - 1;
                groups[gi].tokens = toks;
                person_groups.push(gi);
                gi
            }
        };
        groups[gi].add(form, false, range);
    }

    // acronyms and lone words: a defined acronym, an organization's known acronym, a person's
    // family or given name, or the first word of a longer place or organization name; else the
    // tagger's type, when it gives one
    let mut lone: HashMap<(EntityType, String), usize> = HashMap::new();
    let votes = lone_word_types(doc, words, &deferred);
    for m in deferred {
        let (text, range) = text_of(doc, words, m);
        let form = clean(strip_possessive(text));
        let target = match m.kind {
            // an organization's acronym first, then any other name's ("RCEP" of a partnership)
            Kind::Acronym(_) => acronyms.get(&form).copied().or_else(|| {
                let abbreviates = |gr: &Group| {
                    gr.acronym.as_deref() == Some(form.as_str())
                        || gr.forms.iter().any(|(f, _)| abbreviation_of(&form, f))
                };
                groups
                    .iter()
                    .position(|gr| gr.kind == EntityType::Organization && abbreviates(gr))
                    .or_else(|| groups.iter().position(abbreviates))
            }),
            _ => None,
        }
        .or_else(|| {
            let k = key(&form);
            let mut best = None;
            for &gi in &person_groups {
                if groups[gi].tokens.contains(&k) {
                    best = Some(gi);
                }
            }
            best.or_else(|| {
                groups.iter().position(|gr| {
                    matches!(gr.kind, EntityType::Organization | EntityType::Place)
                        && gr.forms.iter().any(|(f, _)| short_form_of(&form, f))
                })
            })
        });
        let target = target.or_else(|| {
            let k = key(&form);
            let t = *votes.get(&k)?;
            if k.is_empty() {
                return None;
            }
            Some(*lone.entry((t, k.clone())).or_insert_with(|| {
                groups.push(Group::new(t, None));
                let gi = groups.len() - 1;
                if t == EntityType::Person {
                    groups[gi].tokens = vec![k];
                }
                gi
            }))
        });
        if let Some(gi) = target {
            groups[gi].add(form, false, range);
        }
    }

    // a name the tagger called an organization or place is a person's when a person has it
    for gi in 0..groups.len() {
        if groups[gi].hit.is_some()
            || !matches!(
                groups[gi].kind,
                EntityType::Organization | EntityType::Place
            )
        {
            continue;
        }
        let toks: Vec<String> = groups[gi]
            .forms
            .iter()
            .flat_map(|(f, _)| person_tokens(f))
            .collect();
        if toks.iter().any(|t| head_type(t).is_some()) {
            continue;
        }
        // all its words are the person's, or the family name is and the initials agree
        // ("Archimedes Mukhambetov" and "A. Mukhambetov")
        let same = |p: &[String]| {
            toks.iter().all(|t| p.contains(t))
                || (toks.len() >= 2
                    && p.len() >= 2
                    && toks.last() == p.last()
                    && toks[0].chars().next() == p[0].chars().next())
        };
        let target = person_groups
            .iter()
            .copied()
            .find(|&p| same(&groups[p].tokens));
        if let Some(p) = target {
            let forms = std::mem::take(&mut groups[gi].forms);
            for f in forms {
                if !groups[p].forms.contains(&f) {
                    groups[p].forms.push(f);
                }
            }
            let moved = std::mem::take(&mut groups[gi].mentions);
            groups[p].mentions.extend(moved);
        }
    }

    // "Foreign Ministry" is the "Chinese Foreign Ministry" of the same article
    merge_prefixed_orgs(&mut groups, g);

    build(doc, groups, g)
}
