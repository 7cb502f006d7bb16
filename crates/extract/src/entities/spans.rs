//! Cutting the capitalized word runs of each sentence into typed mentions.

use super::classify::{surname_pair, tagged_type, unknown, weak_place, RunContext};
use super::heads::headed_at;
use super::lexicon::{
    is_chinese_surname, is_connector, is_function_word, is_honorific, two_word_honorific,
};
use super::sites::{dateline_agency, facility_noun_after, place_suffix};
use super::tags::LazyTags;
use super::tails::{
    acronym_confirms, after_number, defines_acronym, holder_before_and, month_before_day,
    national_company, past_inner_acronym, person_tail, title_portfolio,
};
use super::words::{is_joiner, namey, particle_inside, runs, Word};
use crate::gazetteer::{is_acronym, Gazetteer, Hit};
use crate::roles::titles::title_at;
use crate::Doc;
use corridor_model::EntityType;

/// What a mention is, before merging.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A gazetteer entry.
    Gaz(Hit),
    /// A typed name with no gazetteer entry (organization, place, person, or an extra type).
    Typed(EntityType),
    /// An all-capitals word not yet resolved ("ACC"), with the type the tagger gives it, used
    /// when no entity of the article claims it.
    Acronym(Option<EntityType>),
    /// A lone capitalized word: a family name or a short form, if a longer name has it; else
    /// the type the tagger gives it, if any.
    Single(Option<EntityType>),
}

/// A mention: words `w0..w1` and its kind.
#[derive(Debug, Clone)]
pub struct Mention {
    /// First word.
    pub w0: usize,
    /// One past the last word.
    pub w1: usize,
    /// What it names.
    pub kind: Kind,
}

/// The longest gazetteer phrase starting at word `i` and ending before `limit`.
fn gazetteer_at(
    g: &Gazetteer,
    doc: &Doc,
    words: &[Word],
    i: usize,
    limit: usize,
) -> Option<(usize, Hit)> {
    if words[i].key.is_empty() {
        return None;
    }
    let max = g.max_tokens().min(8);
    let mut best = None;
    let mut k = String::new();
    for j in i..limit.min(i + max) {
        let part = &words[j].key;
        if part.is_empty() {
            continue;
        }
        // "People" + "'s": a possessive is glued to its word, as in the index
        if !k.is_empty() && !part.starts_with('\'') {
            k.push(' ');
        }
        k.push_str(part);
        // the phrase must end on a capitalized word
        if !namey(&words[j]) {
            continue;
        }
        if j == i {
            if let Some(h) = words[i].hit {
                best = Some((j + 1, h));
            }
        } else if let Some(hits) = g.lookup_key(&k) {
            let text = &doc.body[words[i].start..words[j].end];
            let upper = is_acronym(text);
            if let Some((h, _)) = hits.iter().find(|(_, acr)| !acr || upper) {
                best = Some((j + 1, *h));
            }
        }
        let possessive_next = words.get(j + 1).is_some_and(|w| w.key.starts_with('\''));
        if !possessive_next && !g.has_prefix(&k) {
            break;
        }
    }
    best
}

/// All mentions of `doc`, in text order.
pub fn mentions(doc: &Doc, words: &[Word], tags: &LazyTags, g: &Gazetteer) -> Vec<Mention> {
    let mut out = Vec::new();
    let wt: Vec<&str> = words.iter().map(|w| w.text).collect();
    let mut consumed = 0;
    for (r0, r1) in runs(words) {
        if r1 <= consumed {
            continue;
        }
        let mut i = r0.max(consumed);
        let mut titled = false;
        // a title followed by "of" or "for": the owner named next may be followed by the person
        let mut title_of = false;
        let first = {
            let mut f = r0;
            while f < r1
                && (is_function_word(words[f].text) || is_connector(words[f].text))
                && !surname_pair(words, f)
            {
                f += 1;
            }
            f
        };
        // a capitalized function word opens sentences and headlines, it is not a name ("He
        // Lifeng" is)
        while i < r1
            && (is_function_word(words[i].text) || is_connector(words[i].text))
            && !surname_pair(words, i)
        {
            i += 1;
        }
        while i < r1 {
            let w = &words[i];
            if is_connector(w.text) || is_joiner(w.text) || w.text == "," {
                // "Minister of X": what follows "of" is the title's domain or owner, no person
                if matches!(w.text, "of" | "for") {
                    title_of |= titled;
                    titled = false;
                }
                i += 1;
                continue;
            }
            if month_before_day(words, i) {
                i += 1;
                continue;
            }
            // "the Seri Kembangan complex" names a site: the honorific-like word is part of it
            let site = r1 <= i + 3 && facility_noun_after(words, r1);
            if (is_honorific(w.text) || w.text == "Excellency") && !site {
                titled = true;
                i += 1;
                continue;
            }
            // "Tan Sri Rahim Osman", "Puan Sri ...": Malaysian honorifics of two words
            if two_word_honorific(&wt[i..r1]) {
                titled = true;
                i += 2;
                continue;
            }
            let rest = &wt[i..r1];
            if let Some((e, _)) = title_at(rest, 0) {
                titled = true;
                i += e;
                // "Director General for Central and West Asia Yevgeniy Zhukov"
                if let Some(k) = title_portfolio(g, words, &wt, i, r1) {
                    i = k;
                }
                continue;
            }
            let mut gaz = gazetteer_at(g, doc, words, i, r1);
            if let Some((ge, h)) = gaz {
                if weak_place(g, words, i, ge, h, r1) {
                    gaz = None;
                }
            }
            // "Samarkand, 12 May (UzA) –": a dateline's news agency, a media outlet
            if dateline_agency(words, i) {
                out.push(Mention {
                    w0: i,
                    w1: i + 1,
                    kind: Kind::Typed(EntityType::Organization),
                });
                i += 1;
                continue;
            }
            // "(FAO)" right after a name is that name's acronym, whatever the gazetteer says
            if i > 0
                && words[i - 1].text == "("
                && is_acronym(w.text)
                && words.get(i + 1).is_some_and(|w| w.text == ")")
            {
                out.push(Mention {
                    w0: i,
                    w1: i + 1,
                    kind: Kind::Acronym(tagged_type(words, tags, i, i + 1)),
                });
                i += 1;
                continue;
            }
            // an all-capitals headline is no name however its words end ("WALES BEAT SAN
            // MARINO IN WORLD CUP QUALIFIER")
            let headed = headed_at(words, i, r1).filter(|&(he, _)| {
                he - i <= 3
                    || words[i..he]
                        .iter()
                        .any(|w| w.text.chars().any(char::is_lowercase))
            });
            // "Governor Eli Remolona and Asian Development Bank President ...": after a title,
            // the name before "and" is the holder's, not part of an organization
            let headed = headed.filter(|&(he, _)| !(titled && holder_before_and(words, i, he)));
            let (end, kind) = match (gaz, headed) {
                (Some((ge, h)), Some((he, t))) if he > ge => (he, pick(h, t, ge == he)),
                (Some((ge, h)), _) => (ge, Kind::Gaz(h)),
                (None, Some((he, t))) => (he, Kind::Typed(t)),
                (None, None) => {
                    let mut e = i + 1;
                    while e < r1
                        && (namey(&words[e]) || particle_inside(words, e))
                        && title_at(&wt[e..(e + 6).min(wt.len())], 0).is_none()
                    {
                        match gazetteer_at(g, doc, words, e, r1) {
                            // "Nguyen Van Thanh": a city's name right after a known given or
                            // family name is more of the person's name
                            Some((_, Hit::Place(p)))
                                if e == i + 1
                                    && g.places[p].kind == "city"
                                    && (g.is_person_token(w.text)
                                        || is_chinese_surname(w.text)) =>
                            {
                                e += 1
                            }
                            Some((ge, h)) if !weak_place(g, words, e, ge, h, r1) => break,
                            _ => e += 1,
                        }
                    }
                    // "the Central Asian region"
                    if let Some(r) = words.get(e).filter(|w| w.text == "region") {
                        let text = &doc.body[words[i].start..r.end];
                        if let Some(h) = g
                            .lookup(text)
                            .into_iter()
                            .find(|h| matches!(h, Hit::Place(_)))
                        {
                            out.push(Mention {
                                w0: i,
                                w1: e + 1,
                                kind: Kind::Gaz(h),
                            });
                            titled = false;
                            i = e + 1;
                            continue;
                        }
                    }
                    // "1.1 million TEU", "600 MW": a unit after a number
                    if e == i + 1 && is_acronym(w.text) && after_number(words, i) {
                        i = e;
                        continue;
                    }
                    let ctx = RunContext {
                        titled,
                        whole: i == first && e == r1,
                    };
                    match unknown(g, words, tags, i, e, ctx) {
                        Some(k @ Kind::Typed(_)) => (e, k),
                        // "Asociación Hípica Nacional (AHN)": a name that defines its acronym
                        _ if defines_acronym(doc, words, i, e) => {
                            (e, Kind::Typed(EntityType::Organization))
                        }
                        Some(k) => (e, k),
                        None => {
                            i = e;
                            continue;
                        }
                    }
                }
            };
            let (end, kind) = place_suffix(g, doc, words, i, end, kind);
            let end = acronym_confirms(doc, words, i, end, &kind);
            // "Kazakhstan Temir Zholy and China Railway Group"
            let mut holder = None;
            let (end, kind) = match kind {
                Kind::Gaz(Hit::Country(c)) => {
                    match national_company(g, doc, words, tags, (i, end, r1), title_of) {
                        Some((e, pe)) => {
                            holder = pe;
                            (e, Kind::Typed(EntityType::Organization))
                        }
                        None => (end, Kind::Gaz(Hit::Country(c))),
                    }
                }
                k => (end, k),
            };
            // "... Cooperation (CAREC) Program": the name goes on after its acronym
            if let Kind::Gaz(h) = kind {
                if let Some(e) = past_inner_acronym(g, doc, words, i, end, h) {
                    out.push(Mention {
                        w0: i,
                        w1: e,
                        kind: Kind::Gaz(h),
                    });
                    out.push(Mention {
                        w0: end + 1,
                        w1: end + 2,
                        kind: Kind::Gaz(h),
                    });
                    consumed = e;
                    titled = false;
                    i = e;
                    continue;
                }
            }
            // "... of the Communist Party of China Zhao Qiming": the person is no part of it
            let (end, person) = match kind {
                _ if holder.is_some() => (end, holder),
                Kind::Typed(EntityType::Organization) => {
                    match person_tail(g, words, tags, (i, end), title_of) {
                        Some(p) => (p, Some(end)),
                        None => (end, None),
                    }
                }
                _ => (end, None),
            };
            let nested = matches!(kind, Kind::Typed(_));
            // "Deputy Minister of Public Works and Transport of Laos Ngampasong Muongmany": the
            // words right after a titled owner name the title's holder
            let owner = matches!(
                kind,
                Kind::Gaz(_) | Kind::Typed(EntityType::Organization | EntityType::Place)
            );
            out.push(Mention {
                w0: i,
                w1: end,
                kind,
            });
            if nested {
                // "East Asia Institute of Management of Singapore" also mentions Singapore
                let mut k = i;
                while k < end {
                    match gazetteer_at(g, doc, words, k, end) {
                        Some((e2, h @ Hit::Country(_))) if !(k == i && e2 == end) => {
                            out.push(Mention {
                                w0: k,
                                w1: e2,
                                kind: Kind::Gaz(h),
                            });
                            k = e2;
                        }
                        _ => k += 1,
                    }
                }
            }
            titled = title_of && owner && person.is_none() && end < r1 && namey(&words[end]);
            i = end;
            // "Deputy Secretary-General of ASEAN for Community Affairs Maria Santos"
            if title_of && owner && person.is_none() {
                if let Some(k) = title_portfolio(g, words, &wt, end, r1) {
                    titled = true;
                    i = k;
                }
            }
            title_of = false;
            if let Some(pe) = person {
                out.push(Mention {
                    w0: end,
                    w1: pe,
                    kind: Kind::Typed(EntityType::Person),
                });
                i = pe;
            }
        }
    }
    out
}

/// A gazetteer entry inside a longer headed name: the headed name wins ("Xinjiang Department
/// of Education"), typed by its head.
fn pick(_inner: Hit, head: EntityType, _same: bool) -> Kind {
    Kind::Typed(head)
}
