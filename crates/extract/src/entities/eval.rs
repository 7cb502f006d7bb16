//! Out-of-domain measurement of the whole entity finder on tagged corpora (CoNLL-style
//! sentences): each document's sentences become one article body, [`EntityFinder::find`] runs
//! over it, and its mentions are scored against the corpus tags, mention by mention, the way
//! [`crate::ner::eval`] scores the tagger alone.
//!
//! Types map as person → PER, organization → ORG, country and place → LOC. A country mention
//! written as its adjective or demonym ("American", "Kazakhs") is MISC, as in CoNLL-2003, and so
//! are the other entity types (events, initiatives, projects). Mentions that overlap a longer
//! one already placed are dropped, since the corpora tag flat, non-nested names.

use super::{EntityFinder, Found};
use crate::gazetteer::{Gazetteer, Hit};
use crate::ner::corpus::Document;
use crate::ner::eval::Report;
use crate::ner::{spans, Label};
use corridor_model::{Article, EntityType};
use std::ops::Range;

/// One scored mention that was wrong: in a gold-only or predicted-only list.
#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    /// The mention's words.
    pub text: String,
    /// Its class.
    pub label: Label,
    /// The sentence it is in.
    pub sentence: String,
}

/// Scores and the mistakes behind them.
#[derive(Debug, Clone, Default)]
pub struct FinderReport {
    /// Mention-level counts per class.
    pub report: Report,
    /// Gold mentions the finder did not produce exactly.
    pub missed: Vec<Miss>,
    /// Predicted mentions that match no gold mention exactly.
    pub spurious: Vec<Miss>,
}

/// A document as one article body: words joined by spaces, sentences by blank lines. Returns
/// the body and each sentence's word byte ranges.
pub fn body_of(doc: &Document) -> (String, Vec<Vec<Range<usize>>>) {
    let mut body = String::new();
    let mut ranges = Vec::with_capacity(doc.len());
    for (n, s) in doc.iter().enumerate() {
        if n > 0 {
            body.push_str("\n\n");
        }
        let mut rs = Vec::with_capacity(s.words.len());
        for (k, w) in s.words.iter().enumerate() {
            if k > 0 {
                body.push(' ');
            }
            rs.push(body.len()..body.len() + w.len());
            body.push_str(w);
        }
        ranges.push(rs);
    }
    (body, ranges)
}

/// The CoNLL class of one mention of `found` with text `text`.
pub fn label_of(found: &Found, text: &str, g: &Gazetteer) -> Option<Label> {
    match found.entity.kind {
        EntityType::Person => Some(Label::Per),
        EntityType::Organization => Some(Label::Org),
        EntityType::Place => Some(Label::Loc),
        EntityType::Country => {
            let adjective = g
                .lookup(text)
                .iter()
                .any(|h| matches!(h, Hit::CountryAdj(_)))
                && !g.lookup(text).iter().any(|h| matches!(h, Hit::Country(_)));
            Some(if adjective { Label::Misc } else { Label::Loc })
        }
        // events, initiatives, projects and works are CoNLL's miscellaneous names
        _ => Some(Label::Misc),
    }
}

/// Predicted BIO tags for every sentence of a document, from the finder's mentions.
fn predicted(
    found: &[Found],
    body: &str,
    ranges: &[Vec<Range<usize>>],
    g: &Gazetteer,
) -> Vec<Vec<u8>> {
    let mut tags: Vec<Vec<u8>> = ranges.iter().map(|r| vec![0u8; r.len()]).collect();
    // (sentence, first word, one past the last word, label), longest first
    let mut placed: Vec<(usize, usize, usize, Label)> = Vec::new();
    for f in found {
        for m in &f.mentions {
            let Some(label) = body.get(m.clone()).and_then(|t| label_of(f, t, g)) else {
                continue;
            };
            let Some(s) = ranges.iter().position(|r| {
                r.first().is_some_and(|a| a.start <= m.start)
                    && r.last().is_some_and(|z| m.start < z.end)
            }) else {
                continue;
            };
            let r = &ranges[s];
            let w0 = r.partition_point(|w| w.end <= m.start);
            let w1 = r.partition_point(|w| w.start < m.end);
            if w0 < w1 {
                placed.push((s, w0, w1, label));
            }
        }
    }
    placed.sort_by_key(|&(s, a, b, _)| (std::cmp::Reverse(b - a), s, a));
    for (s, a, b, label) in placed {
        let t = &mut tags[s];
        if t[a..b].iter().any(|&x| x != 0) {
            continue;
        }
        let begin = label.begin_tag();
        t[a] = begin;
        for x in &mut t[a + 1..b] {
            *x = begin + 1;
        }
    }
    tags
}

fn words_of(words: &[String], a: usize, b: usize) -> String {
    words[a..b].join(" ")
}

/// Runs the finder over `docs` and scores its mentions against their tags.
pub fn evaluate(finder: &EntityFinder, docs: &[Document]) -> FinderReport {
    let g = Gazetteer::get();
    let mut out = FinderReport::default();
    for (n, doc) in docs.iter().enumerate() {
        let (body, ranges) = body_of(doc);
        let article = Article::new(format!("doc{n}"), body);
        let d = crate::Doc::new(&article);
        let found = finder.find(&d);
        let pred = predicted(&found, &article.body, &ranges, g);
        for (s, p) in doc.iter().zip(&pred) {
            out.report.add_sentence(&s.tags, p);
            let none = vec![0f32; p.len()];
            let gold = spans(&s.tags, &none);
            let mine = spans(p, &none);
            let same = |x: &crate::ner::NerSpan, y: &crate::ner::NerSpan| {
                x.start == y.start && x.end == y.end && x.label == y.label
            };
            let sentence = s.words.join(" ");
            for m in &gold {
                if !mine.iter().any(|x| same(x, m)) {
                    out.missed.push(Miss {
                        text: words_of(&s.words, m.start, m.end),
                        label: m.label,
                        sentence: sentence.clone(),
                    });
                }
            }
            for m in &mine {
                if !gold.iter().any(|x| same(x, m)) {
                    out.spurious.push(Miss {
                        text: words_of(&s.words, m.start, m.end),
                        label: m.label,
                        sentence: sentence.clone(),
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::corpus::read_conll;

    #[test]
    fn body_keeps_word_offsets() {
        let docs = read_conll("t", "Ann I-PER\nruns O\n\nBob I-PER\n").unwrap();
        let (body, ranges) = body_of(&docs[0]);
        assert_eq!(body, "Ann runs\n\nBob");
        assert_eq!(&body[ranges[1][0].clone()], "Bob");
    }

    #[test]
    fn finder_mentions_are_scored_by_class() {
        let text = "-DOCSTART- O\n\nPresident O\nKassym-Jomart I-PER\nTokayev I-PER\n\
                    visited O\nBeijing I-LOC\nand O\nmet O\nChinese I-MISC\nofficials O\n. O\n";
        let docs = read_conll("t", text).unwrap();
        let r = evaluate(&EntityFinder::new(), &docs);
        let loc = r.report.by_label[Label::Loc as usize];
        assert_eq!((loc.gold, loc.correct), (1, 1), "{r:?}");
        // "Chinese" is an adjective: MISC, never LOC
        assert!(r.spurious.iter().all(|m| m.label != Label::Loc), "{r:?}");
        // the title is not part of the name
        let per = r.report.by_label[Label::Per as usize];
        assert_eq!((per.gold, per.predicted, per.correct), (1, 1, 1), "{r:?}");
    }
}
