//! Merging mentions into entities: one country per ISO code, one organization per name or
//! acronym, one person per full name with family-name and partial mentions as aliases.

use super::lexicon::{head_type, is_connector};
use super::names::{clean, strip_possessive};
use super::spans::{Kind, Mention, Word};
use super::Found;
use crate::gazetteer::{is_acronym, key, Gazetteer, Hit};
use crate::Doc;
use corridor_model::{Entity, EntityType};
use std::collections::HashMap;
use std::ops::Range;

/// One entity being assembled.
struct Group {
    kind: EntityType,
    hit: Option<Hit>,
    /// Surface forms (cleaned), in order of appearance, and whether each is an adjective.
    forms: Vec<(String, bool)>,
    acronym: Option<String>,
    mentions: Vec<Range<usize>>,
    /// Lower-case words of the fullest form (persons).
    tokens: Vec<String>,
}

impl Group {
    fn new(kind: EntityType, hit: Option<Hit>) -> Self {
        Group {
            kind,
            hit,
            forms: Vec::new(),
            acronym: None,
            mentions: Vec::new(),
            tokens: Vec::new(),
        }
    }

    fn add(&mut self, form: String, adjective: bool, range: Range<usize>) {
        if !form.is_empty() && !self.forms.iter().any(|(f, _)| *f == form) {
            self.forms.push((form, adjective));
        }
        if !self.mentions.contains(&range) {
            self.mentions.push(range);
        }
    }
}

fn text_of<'a>(doc: &'a Doc, words: &[Word], m: &Mention) -> (&'a str, Range<usize>) {
    let r = words[m.w0].start..words[m.w1 - 1].end;
    (&doc.body[r.clone()], r)
}

fn person_tokens(name: &str) -> Vec<String> {
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
        let form = clean(strip_possessive(text));
        // an acronym the article defined wins over the gazetteer's reading of it
        if is_acronym(&form) {
            if let Some(&gi) = acronyms.get(&form) {
                groups[gi].add(form, false, range);
                continue;
            }
        }
        let gi = match &m.kind {
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
            Kind::Acronym | Kind::Single => {
                deferred.push(m);
                continue;
            }
        };
        if let Some(acr) = defined_acronym(words, m) {
            if groups[gi].kind == EntityType::Organization {
                groups[gi].acronym = Some(acr.to_string());
            }
            acronyms.insert(acr.to_string(), gi);
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
    // family or given name, or the first word of a longer place or organization name
    for m in deferred {
        let (text, range) = text_of(doc, words, m);
        let form = clean(strip_possessive(text));
        let target = match m.kind {
            Kind::Acronym => acronyms.get(&form).copied().or_else(|| {
                groups.iter().position(|gr| {
                    gr.kind == EntityType::Organization
                        && (gr.acronym.as_deref() == Some(form.as_str())
                            || gr.forms.iter().any(|(f, _)| initials(f) == form))
                })
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

/// Words that vary between the forms of one government body's name.
fn is_variant_word(w: &str) -> bool {
    matches!(
        w,
        "of" | "the"
            | "regional"
            | "municipal"
            | "provincial"
            | "people's"
            | "people"
            | "s"
            | "autonomous"
            | "region"
            | "city"
            | "province"
            | "uygur"
            | "uyghur"
            | "zhuang"
            | "hui"
    )
}

/// One key for "Government of the Xinjiang Uygur Autonomous Region", "Xinjiang Government" and
/// "Xinjiang Regional Government": the head word and the place, when nothing else differs.
fn body_of(form: &str, g: &Gazetteer) -> Option<String> {
    let k = key(form);
    let words: Vec<&str> = k.split(' ').collect();
    let head = words
        .iter()
        .rev()
        .chain(words.first())
        .find(|w| head_type(w) == Some(EntityType::Organization))?;
    let mut place = None;
    for (i, w) in words.iter().enumerate() {
        match g.lookup(w).first() {
            Some(Hit::Place(p)) => place = Some((i, format!("p{p}"))),
            Some(Hit::Country(c) | Hit::CountryAdj(c)) => place = Some((i, format!("c{c}"))),
            _ => continue,
        }
        break;
    }
    let (pi, p) = place?;
    let rest_ok = words
        .iter()
        .enumerate()
        .all(|(i, w)| i == pi || w == head || is_variant_word(w));
    rest_ok.then(|| format!("body:{head}:{p}"))
}

/// The initials of a multi-word name ("Asian Development Bank" → "ADB").
fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 {
        return String::new();
    }
    words
        .iter()
        .filter(|w| !is_connector(w))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Whether `short` is `long`'s first word and the rest of `long` is head words ("Khorgos" for
/// "Khorgos Port", "TBEA" for "TBEA Co., Ltd.").
fn short_form_of(short: &str, long: &str) -> bool {
    let mut words = long.split_whitespace();
    if words.next() != Some(short) {
        return false;
    }
    let rest: Vec<&str> = words.collect();
    !rest.is_empty()
        && rest.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || head_type(w).is_some()
                || matches!(w, "Autonomous" | "Uygur" | "Uyghur" | "Zhuang" | "Hui")
        })
}

fn merge_prefixed_orgs(groups: &mut [Group], g: &Gazetteer) {
    let n = groups.len();
    for b in 0..n {
        if groups[b].kind != EntityType::Organization || groups[b].mentions.is_empty() {
            continue;
        }
        let Some(short) = groups[b].forms.first().map(|(f, _)| key(f)) else {
            continue;
        };
        if !short.contains(' ') {
            continue;
        }
        let target = (0..n).find(|&a| {
            a != b
                && groups[a].kind == EntityType::Organization
                && !groups[a].mentions.is_empty()
                && groups[a].forms.iter().any(|(f, _)| {
                    let long = key(f);
                    long.strip_suffix(&short).is_some_and(|prefix| {
                        let p = prefix.trim();
                        prefix.ends_with(' ')
                            && !p.is_empty()
                            && (g.lookup_key(p).is_some()
                                || p.split(' ').all(|w| g.lookup_key(w).is_some()))
                    })
                })
        });
        if let Some(a) = target {
            let moved = std::mem::take(&mut groups[b].mentions);
            let forms = std::mem::take(&mut groups[b].forms);
            groups[a].mentions.extend(moved);
            for f in forms {
                if !groups[a].forms.contains(&f) {
                    groups[a].forms.push(f);
                }
            }
        }
    }
}

fn build(doc: &Doc, mut groups: Vec<Group>, g: &Gazetteer) -> Vec<Found> {
    groups.retain(|gr| !gr.mentions.is_empty() && !gr.forms.is_empty());
    for gr in &mut groups {
        gr.mentions.sort_by_key(|r| r.start);
    }
    groups.sort_by_key(|gr| gr.mentions[0].start);
    let mut out: Vec<Found> = Vec::with_capacity(groups.len());
    for gr in groups {
        let nouns: Vec<&String> = gr
            .forms
            .iter()
            .filter(|(_, adj)| !adj)
            .map(|(f, _)| f)
            .collect();
        let fullest = nouns
            .iter()
            .max_by_key(|f| (f.split_whitespace().count(), !is_acronym(f), f.len()))
            .map(|f| f.to_string());
        let (mut entity_name, mut iso, mut lat, mut lon, mut acronym) =
            (fullest.clone(), None, None, None, gr.acronym.clone());
        match gr.hit {
            Some(Hit::Country(i)) => {
                entity_name = Some(g.countries[i].name.clone());
                iso = Some(g.countries[i].iso.clone());
            }
            Some(Hit::Place(i)) => {
                let p = &g.places[i];
                lat = Some(p.lat);
                lon = Some(p.lon);
                if entity_name.is_none() {
                    entity_name = Some(p.name.clone());
                }
            }
            Some(Hit::Org(i)) => {
                let o = &g.orgs[i];
                if entity_name.as_deref().is_none_or(is_acronym) {
                    entity_name = Some(o.name.clone());
                }
                if acronym.is_none() {
                    acronym = o.acronym.clone();
                }
            }
            _ => {}
        }
        let Some(name) = entity_name else { continue };
        let mut aliases: Vec<String> = nouns
            .iter()
            .filter(|f| ***f != name)
            .map(|f| f.to_string())
            .collect();
        if let Some(Hit::Place(i)) = gr.hit {
            if g.places[i].name != name && !aliases.contains(&g.places[i].name) {
                aliases.push(g.places[i].name.clone());
            }
        }
        if acronym.as_deref() == Some(name.as_str()) {
            acronym = None;
        }
        aliases.retain(|a| Some(a.as_str()) != acronym.as_deref());
        let mentions = gr.mentions.iter().map(|r| doc.span(r.clone())).collect();
        out.push(Found {
            entity: Entity {
                id: format!("e{}", out.len() + 1),
                kind: gr.kind,
                name,
                iso,
                lat,
                lon,
                acronym,
                aliases,
                mentions,
            },
            mentions: gr.mentions,
        });
    }
    out
}
