//! Words of the body as the entity finder sees them, and runs of capitalized words.

use super::heads::*;
use super::lexicon::{is_connector, is_name_particle};
use crate::gazetteer::{is_acronym, key, Gazetteer, Hit};
use crate::Doc;

/// A token of the body with what the finders need to know about it.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    /// The token's text.
    pub text: &'a str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index of its sentence.
    pub sent: usize,
    /// Its gazetteer key ([`key`]).
    pub key: String,
    /// What the gazetteer says the word alone names, if anything.
    pub hit: Option<Hit>,
}

impl Word<'_> {
    /// Whether the word starts with a capital letter.
    pub fn cap(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }
}

/// The words of `doc` with their sentence numbers. A hyphenated token whose capitalized parts
/// include a gazetteer name ("China-Central", "Kazakhstan-China") is split at its hyphens, so
/// that "China-Central Asia" holds "China" and "Central Asia".
pub fn words<'a>(doc: &Doc<'a>, g: &Gazetteer) -> Vec<Word<'a>> {
    let mut out = Vec::with_capacity(doc.tokens.len());
    let mut s = 0;
    for t in &doc.tokens {
        while s + 1 < doc.sentences.len() && doc.sentences[s].end <= t.start {
            s += 1;
        }
        let text = t.text(doc.body);
        if text.contains('-') && split_hyphens(text, g) {
            let mut at = t.start;
            for (n, part) in text.split('-').enumerate() {
                if n > 0 {
                    out.push(word(g, &doc.body[at..at + 1], at, s));
                    at += 1;
                }
                if !part.is_empty() {
                    out.push(word(g, part, at, s));
                }
                at += part.len();
            }
            continue;
        }
        out.push(word(g, text, t.start, s));
    }
    out
}

pub(super) fn word<'a>(g: &Gazetteer, text: &'a str, start: usize, sent: usize) -> Word<'a> {
    let k = key(text);
    let upper = is_acronym(text);
    let hit = if text.chars().next().is_some_and(|c| c.is_uppercase()) {
        g.lookup_key(&k)
            .and_then(|v| v.iter().find(|(_, acr)| !acr || upper).map(|(h, _)| *h))
    } else {
        None
    };
    Word {
        text,
        start,
        end: start + text.len(),
        sent,
        key: k,
        hit,
    }
}

pub(super) fn split_hyphens(text: &str, g: &Gazetteer) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts
        .iter()
        .all(|p| p.chars().next().is_some_and(|c| c.is_uppercase()))
        && parts.iter().any(|p| {
            g.lookup(p).iter().any(|h| {
                matches!(
                    h,
                    Hit::Country(_) | Hit::CountryAdj(_) | Hit::Place(_) | Hit::Org(_)
                )
            })
        })
}

pub(super) fn namey(w: &Word) -> bool {
    (w.cap() && w.text.chars().any(|c| c.is_alphabetic())) || is_particle_name(w.text)
}

/// "al-Jaafari", "el-Sisi": a lower-case Arabic article glued to a capitalized name.
pub(super) fn is_particle_name(w: &str) -> bool {
    ["al-", "el-", "ad-", "ash-", "as-", "az-"].iter().any(|p| {
        w.strip_prefix(p)
            .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase))
    })
}

/// Runs of capitalized words (with connectors between them) inside one sentence.
pub(super) fn runs(words: &[Word]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !namey(&words[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        let mut j = i + 1;
        while j < words.len() && words[j].sent == words[start].sent {
            let w = &words[j];
            if namey(w) {
                j += 1;
                end = j;
            } else if paren_acronym(words, j, words.len()) {
                j += 3;
            } else if is_connector(w.text)
                || particle_inside(words, j)
                || is_joiner(w.text)
                || level_inside(words, j)
                || portfolio_comma(words, j)
                || (w.text == "," && next_is_company_suffix(words, j))
            {
                j += 1;
            } else {
                break;
            }
        }
        out.push((start, end));
        i = end.max(i + 1);
    }
    out
}

/// A name particle at word `j` between capitalized words of one sentence ("van der" in "Joost
/// van der Westhuizen").
pub(super) fn particle_inside(words: &[Word], j: usize) -> bool {
    if j == 0
        || !is_name_particle(words[j].text)
        || !namey(&words[j - 1]) && !is_name_particle(words[j - 1].text)
    {
        return false;
    }
    let mut k = j + 1;
    while k < words.len() && is_name_particle(words[k].text) && k < j + 3 {
        k += 1;
    }
    k < words.len() && words[k].sent == words[j].sent && namey(&words[k])
}

/// Hyphens between split name parts and possessives inside names ("People’s Government",
/// "Ministers’ Meeting").
pub(super) fn is_joiner(w: &str) -> bool {
    matches!(w, "-" | "'s" | "’s" | "’" | "'")
}

pub(super) fn next_is_company_suffix(words: &[Word], j: usize) -> bool {
    words.get(j + 1).is_some_and(|w| {
        matches!(
            w.text.trim_end_matches('.'),
            "Ltd" | "Inc" | "LLP" | "LLC" | "JSC" | "Co" | "PLC"
        )
    })
}

/// A lower-case level word inside a government body's name, between a capitalized word and the
/// body's capitalized head ("Lao Cai provincial Party Committee", "Da Nang municipal People's
/// Committee").
pub(super) fn level_inside(words: &[Word], j: usize) -> bool {
    if j == 0
        || !matches!(
            words[j].text,
            "provincial" | "municipal" | "prefectural" | "district" | "county" | "city"
        )
        || !namey(&words[j - 1])
        || words[j - 1].sent != words[j].sent
    {
        return false;
    }
    // the head comes within three words of the same sentence, all capitalized or joiners
    let mut k = j + 1;
    while k < words.len() && k <= j + 4 && words[k].sent == words[j].sent {
        let w = &words[k];
        if namey(w) {
            if super::lexicon::head_type(w.text) == Some(corridor_model::EntityType::Organization) {
                return true;
            }
        } else if !is_joiner(w.text) {
            return false;
        }
        k += 1;
    }
    false
}

/// A comma inside a ministry's portfolio list ("Ministry of Investment, Industry and Trade",
/// "Minister for Planning, Development and Special Initiatives"): capitalized items that each
/// hold a portfolio word, separated by commas, the last joined by "and".
pub(super) fn portfolio_comma(words: &[Word], j: usize) -> bool {
    use crate::roles::titles::is_portfolio;
    if words[j].text != "," || j == 0 || !namey(&words[j - 1]) || !is_portfolio(words[j - 1].text) {
        return false;
    }
    let sent = words[j].sent;
    let mut k = j;
    // after each separator comes one item: capitalized words with a portfolio word, no place
    for _ in 0..6 {
        let sep = words.get(k).map(|w| w.text);
        if !matches!(sep, Some("," | "and")) {
            return false;
        }
        let mut m = k + 1;
        let mut portfolio = false;
        while m < words.len() && words[m].sent == sent && namey(&words[m]) {
            if is_place_or_country(&words[m]) || is_acronym(words[m].text) {
                return false;
            }
            portfolio |= is_portfolio(words[m].text);
            m += 1;
        }
        if m == k + 1 || !portfolio {
            return false;
        }
        if sep == Some("and") {
            return true;
        }
        k = m;
    }
    false
}
