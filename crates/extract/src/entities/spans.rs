//! Cutting the capitalized word runs of each sentence into typed mentions.

use super::lexicon::{head_type, is_chinese_surname, is_connector, is_function_word, is_honorific};
use crate::gazetteer::{is_acronym, key, Gazetteer, Hit};
use crate::ner::{Label, NerSpan};
use crate::roles::titles::title_at;
use crate::Doc;
use corridor_model::EntityType;

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
}

impl Word<'_> {
    /// Whether the word starts with a capital letter.
    pub fn cap(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }
}

/// The words of `doc` with their sentence numbers.
pub fn words<'a>(doc: &Doc<'a>) -> Vec<Word<'a>> {
    let mut out = Vec::with_capacity(doc.tokens.len());
    let mut s = 0;
    for t in &doc.tokens {
        while s + 1 < doc.sentences.len() && doc.sentences[s].end <= t.start {
            s += 1;
        }
        out.push(Word { text: t.text(doc.body), start: t.start, end: t.end, sent: s });
    }
    out
}

/// What a mention is, before merging.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A gazetteer entry.
    Gaz(Hit),
    /// A typed name with no gazetteer entry (organization, place, person, or an extra type).
    Typed(EntityType),
    /// An all-capitals word not yet resolved ("ACC").
    Acronym,
    /// A lone capitalized word: a family name or a short form, if a longer name has it.
    Single,
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

fn namey(w: &Word) -> bool {
    w.cap() && w.text.chars().any(|c| c.is_alphabetic())
}

/// Runs of capitalized words (with connectors between them) inside one sentence.
fn runs(words: &[Word]) -> Vec<(usize, usize)> {
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
            } else if is_connector(w.text) || (w.text == "," && next_is_company_suffix(words, j)) {
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

fn next_is_company_suffix(words: &[Word], j: usize) -> bool {
    words.get(j + 1).is_some_and(|w| {
        matches!(w.text.trim_end_matches('.'), "Ltd" | "Inc" | "LLP" | "LLC" | "JSC" | "Co" | "PLC")
    })
}

/// The longest gazetteer phrase starting at word `i` and ending before `limit`.
fn gazetteer_at(g: &Gazetteer, doc: &Doc, words: &[Word], i: usize, limit: usize) -> Option<(usize, Hit)> {
    let max = g.max_tokens().min(8);
    let mut best = None;
    let mut k = String::new();
    for j in i..limit.min(i + max) {
        let part = key(words[j].text);
        if part.is_empty() {
            continue;
        }
        if !k.is_empty() {
            k.push(' ');
        }
        k.push_str(&part);
        // the phrase must end on a capitalized word
        if !namey(&words[j]) {
            continue;
        }
        if let Some(hits) = g.lookup_key(&k) {
            let text = &doc.body[words[i].start..words[j].end];
            let upper = is_acronym(text);
            if let Some((h, _)) = hits.iter().find(|(_, acr)| !acr || upper) {
                best = Some((j + 1, *h));
            }
        }
    }
    best
}

/// The end of a name headed by a type word in `words[i..limit]`, with its type: the rightmost
/// head word before the first connector, then `of ...` chains for organizations and places.
fn headed_at(words: &[Word], i: usize, limit: usize) -> Option<(usize, EntityType)> {
    let mut j = i;
    let mut head = None;
    while j < limit && namey(&words[j]) {
        if j > i || words[j].text.eq_ignore_ascii_case("Government") {
            if let Some(t) = head_type(words[j].text.trim_end_matches('.')) {
                head = Some((j + 1, t));
            }
        }
        j += 1;
    }
    let (mut end, ty) = head?;
    if ty == EntityType::Organization || ty == EntityType::Place || ty == EntityType::EventName {
        // "Ministry of Commerce of Cambodia", "Department of Culture and Tourism"
        loop {
            let link = words.get(end).map(|w| w.text);
            if end < limit && matches!(link, Some("of" | "for" | "on")) {
                let mut k = end + 1;
                if words.get(k).is_some_and(|w| w.text == "the") {
                    k += 1;
                }
                let mut m = k;
                while m < limit && (namey(&words[m]) || words[m].text == "," && next_is_company_suffix(words, m)) {
                    m += 1;
                }
                // "Culture and Tourism": an "and" inside the chain joins two capitalized words
                while m + 1 < limit && words[m].text == "and" && namey(&words[m + 1]) {
                    m += 1;
                    while m < limit && namey(&words[m]) {
                        m += 1;
                    }
                }
                if m == k {
                    break;
                }
                end = m;
            } else if end < limit && words[end].text == "," && next_is_company_suffix(words, end) {
                end += 2;
            } else {
                break;
            }
        }
    }
    Some((end, ty))
}

fn tag_at(tags: &[NerSpan], w0: usize, w1: usize) -> Option<Label> {
    tags.iter().find(|t| t.start < w1 && w0 < t.end).map(|t| t.label)
}

/// Classifies a run of words that neither the gazetteer nor a head word types.
fn unknown(g: &Gazetteer, words: &[Word], tags: &[NerSpan], w0: usize, w1: usize, titled: bool) -> Option<Kind> {
    let n = w1 - w0;
    let ws = &words[w0..w1];
    if n == 1 && is_acronym(ws[0].text) && ws[0].text.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
        return Some(Kind::Acronym);
    }
    match tag_at(tags, w0, w1) {
        Some(Label::Per) => return Some(Kind::Typed(EntityType::Person)),
        Some(Label::Org) if n > 1 || titled => return Some(Kind::Typed(EntityType::Organization)),
        Some(Label::Loc) => return Some(Kind::Typed(EntityType::Place)),
        _ => {}
    }
    if ws.iter().any(|w| is_function_word(w.text) || is_connector(w.text)) {
        return None;
    }
    if titled && n <= 5 {
        return Some(Kind::Typed(EntityType::Person));
    }
    if n == 1 {
        return Some(Kind::Single);
    }
    let known = ws.iter().filter(|w| g.is_person_token(w.text) || is_chinese_surname(w.text)).count();
    let initials = ws.iter().any(|w| w.text.len() == 2 && w.text.ends_with('.'));
    if (2..=4).contains(&n) && (known >= 1 || initials) && !ws.iter().any(|w| is_acronym(w.text)) {
        return Some(Kind::Typed(EntityType::Person));
    }
    None
}

/// All mentions of `doc`, in text order.
pub fn mentions(doc: &Doc, words: &[Word], tags: &[NerSpan], g: &Gazetteer) -> Vec<Mention> {
    let mut out = Vec::new();
    for (r0, r1) in runs(words) {
        let mut i = r0;
        let mut titled = false;
        // a capitalized function word opens sentences and headlines, it is not a name
        while i < r1 && (is_function_word(words[i].text) || is_connector(words[i].text)) {
            i += 1;
        }
        while i < r1 {
            let w = &words[i];
            if is_connector(w.text) || w.text == "," {
                i += 1;
                continue;
            }
            if is_honorific(w.text) || w.text == "Excellency" {
                titled = true;
                i += 1;
                continue;
            }
            let texts: Vec<&str> = words[i..r1].iter().map(|w| w.text).collect();
            if let Some((e, _)) = title_at(&texts, 0) {
                titled = true;
                i += e;
                continue;
            }
            let gaz = gazetteer_at(g, doc, words, i, r1);
            let headed = headed_at(words, i, r1);
            let (end, kind) = match (gaz, headed) {
                (Some((ge, h)), Some((he, t))) if he > ge => (he, pick(h, t, ge == he)),
                (Some((ge, h)), _) => (ge, Kind::Gaz(h)),
                (None, Some((he, t))) => (he, Kind::Typed(t)),
                (None, None) => {
                    let mut e = i + 1;
                    while e < r1 && namey(&words[e]) && gazetteer_at(g, doc, words, e, r1).is_none() {
                        e += 1;
                    }
                    match unknown(g, words, tags, i, e, titled) {
                        Some(k) => (e, k),
                        None => {
                            i = e;
                            continue;
                        }
                    }
                }
            };
            let (end, kind) = place_suffix(words, end, kind);
            out.push(Mention { w0: i, w1: end, kind });
            titled = false;
            i = end;
        }
    }
    out
}

/// A gazetteer entry inside a longer headed name: the headed name wins ("Xinjiang Department
/// of Education"), typed by its head.
fn pick(_inner: Hit, head: EntityType, _same: bool) -> Kind {
    Kind::Typed(head)
}

/// "Kostanay region": a lower-case region word after a place name belongs to it.
fn place_suffix(words: &[Word], end: usize, kind: Kind) -> (usize, Kind) {
    let placeish = matches!(kind, Kind::Gaz(Hit::Place(_)) | Kind::Single | Kind::Typed(EntityType::Place));
    if placeish {
        if let Some(w) = words.get(end) {
            if matches!(w.text, "region" | "province" | "oblast" | "prefecture" | "county") {
                let kind = if matches!(kind, Kind::Gaz(_)) { kind } else { Kind::Typed(EntityType::Place) };
                return (end + 1, kind);
            }
        }
    }
    (end, kind)
}
