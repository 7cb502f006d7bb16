//! Training and evaluation corpora: CoNLL-style column files (IOB1, IOB2 or IO tags) and re3d
//! JSON exports, read into documents of tagged sentences (BIO tags, see [`super::model::TAGS`]).

use super::{Label, NerError};

/// One tokenized sentence with its BIO tags.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sentence {
    /// The tokens.
    pub words: Vec<String>,
    /// One tag per token.
    pub tags: Vec<u8>,
}

/// A document: sentences in order.
pub type Document = Vec<Sentence>;

/// Parses a column file: token first, entity tag last, blank lines between sentences and
/// `-DOCSTART-` lines between documents. Tags may be IOB1 (CoNLL-2003), IOB2 or IO (wikigold);
/// a `en:` style language prefix on tokens (WikiANN) is removed. Types other than PER, ORG, LOC
/// and MISC are read as O.
pub fn read_conll(name: &str, text: &str) -> Result<Vec<Document>, NerError> {
    let mut docs: Vec<Document> = vec![Vec::new()];
    let mut sent = Sentence::default();
    let flush = |sent: &mut Sentence, docs: &mut Vec<Document>| {
        if !sent.words.is_empty() {
            docs.last_mut()
                .expect("one document")
                .push(std::mem::take(sent));
        }
    };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            flush(&mut sent, &mut docs);
            continue;
        }
        let mut cols = line.split_whitespace();
        let word = cols.next().unwrap_or_default();
        let tag = cols.last().ok_or_else(|| NerError::Corpus {
            name: name.into(),
            message: format!("line {}: expected a token and a tag", n + 1),
        })?;
        if word == "-DOCSTART-" {
            flush(&mut sent, &mut docs);
            if !docs.last().is_some_and(Vec::is_empty) {
                docs.push(Vec::new());
            }
            continue;
        }
        let word = if name_has_prefix(word) {
            &word[3..]
        } else {
            word
        };
        let prev = sent.tags.last().copied().unwrap_or(0);
        sent.words.push(word.to_string());
        sent.tags.push(bio(tag, prev));
    }
    flush(&mut sent, &mut docs);
    docs.retain(|d| !d.is_empty());
    Ok(docs)
}

fn name_has_prefix(word: &str) -> bool {
    word.len() > 3
        && word.as_bytes()[2] == b':'
        && word[..2].bytes().all(|b| b.is_ascii_lowercase())
}

/// The BIO tag of a column tag (`I-PER`, `B-LOC`, `O`...) given the previous BIO tag.
pub fn bio(tag: &str, prev: u8) -> u8 {
    let (kind, ty) = match tag.split_once('-') {
        Some((k, t)) => (k, t),
        None => return 0,
    };
    let Some(label) = Label::from_name(ty) else {
        return 0;
    };
    let b = label.begin_tag();
    let continues = prev == b || prev == b + 1;
    match kind {
        "I" if continues => b + 1,
        "I" | "B" => b,
        _ => 0,
    }
}

/// A re3d-style corpus: one document's text and its entity spans (character offsets).
pub struct SpanDoc<'a> {
    /// The text.
    pub text: &'a str,
    /// Entities as (first char, one past last char, label).
    pub entities: Vec<(usize, usize, Label)>,
}

/// Tokenizes and sentence-splits a text with entity spans into tagged sentences. Spans that do
/// not start and end on token boundaries, overlap an earlier span, or are not names (their first
/// word is not capitalized, or they contain a lower-case word other than a short function word)
/// are dropped: re3d also marks unnamed groups ("the Army", "rebels") which CoNLL does not.
pub fn from_spans(doc: &SpanDoc) -> Document {
    let text = doc.text;
    // Character offsets to byte offsets.
    let mut byte_of: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    byte_of.push(text.len());
    let tokens = crate::text::tokenize(text);
    let mut tags = vec![0u8; tokens.len()];
    let mut ents = doc.entities.clone();
    ents.sort_by_key(|e| (e.0, std::cmp::Reverse(e.1)));
    for (s, e, label) in ents {
        let (Some(&bs), Some(&be)) = (byte_of.get(s), byte_of.get(e)) else {
            continue;
        };
        let first = tokens.partition_point(|t| t.start < bs);
        let last = tokens.partition_point(|t| t.end <= be);
        if first >= last || tokens[first].start != bs || tokens[last - 1].end != be {
            continue;
        }
        if tags[first..last].iter().any(|&t| t != 0) || !is_name(&tokens[first..last], text) {
            continue;
        }
        tags[first] = label.begin_tag();
        for t in &mut tags[first + 1..last] {
            *t = label.begin_tag() + 1;
        }
    }
    let mut out = Vec::new();
    let mut k = 0;
    for s in crate::text::sentences(text) {
        let mut sent = Sentence::default();
        while k < tokens.len() && tokens[k].end <= s.end {
            if tokens[k].start >= s.start {
                sent.words.push(tokens[k].text(text).to_string());
                sent.tags.push(tags[k]);
            }
            k += 1;
        }
        // A sentence must not start inside a mention.
        if let Some(t) = sent.tags.first_mut() {
            if *t != 0 && *t % 2 == 0 {
                *t -= 1;
            }
        }
        if !sent.words.is_empty() {
            out.push(sent);
        }
    }
    out
}

fn is_name(tokens: &[crate::text::Token], text: &str) -> bool {
    let cap = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    if !words.first().is_some_and(|w| cap(w)) {
        return false;
    }
    words.iter().all(|w| {
        cap(w)
            || !w.chars().next().is_some_and(char::is_alphabetic)
            || matches!(
                *w,
                "of" | "the" | "and" | "for" | "de" | "al" | "on" | "in" | "'s"
            )
    })
}

/// Reads one re3d source folder's `documents.json` and `entities.json` (MongoDB exports, one
/// object per line). Organisation, Location, Person and Nationality map to ORG, LOC, PER and
/// MISC; other types are ignored.
pub fn read_re3d(name: &str, documents: &str, entities: &str) -> Result<Vec<Document>, NerError> {
    use std::collections::HashMap;
    let bad = |m: String| NerError::Corpus {
        name: name.into(),
        message: m,
    };
    let mut texts: Vec<(String, String)> = Vec::new();
    for (n, line) in documents
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| bad(format!("documents line {}: {e}", n + 1)))?;
        let id = v["_id"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default().to_string();
        texts.push((id, text));
    }
    let mut by_doc: HashMap<String, Vec<(usize, usize, Label)>> = HashMap::new();
    for (n, line) in entities
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| bad(format!("entities line {}: {e}", n + 1)))?;
        let label = match v["type"].as_str().unwrap_or_default() {
            "Organisation" => Label::Org,
            "Location" => Label::Loc,
            "Person" => Label::Per,
            "Nationality" => Label::Misc,
            _ => continue,
        };
        let (Some(b), Some(e)) = (v["begin"].as_u64(), v["end"].as_u64()) else {
            continue;
        };
        let doc = v["documentId"].as_str().unwrap_or_default().to_string();
        by_doc
            .entry(doc)
            .or_default()
            .push((b as usize, e as usize, label));
    }
    Ok(texts
        .iter()
        .map(|(id, text)| {
            let entities = by_doc.remove(id).unwrap_or_default();
            from_spans(&SpanDoc { text, entities })
        })
        .collect())
}
