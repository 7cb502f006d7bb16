//! The learned tagger's spans, computed only for the sentences that need them.
//!
//! Most capitalized runs are typed by titles, gazetteers and head words; the tagger is asked
//! about a sentence only when one of its runs is left over, which saves most of its cost.

use crate::ner::{Label, Tagger};
use crate::Doc;
use std::cell::RefCell;
use std::collections::HashMap;

/// A tagged span: first byte, one past the last byte, label, score.
type Span = (usize, usize, Label, f32);

/// Tagger spans per sentence, as byte ranges of the body.
pub(super) struct LazyTags<'t, 'd, 'a> {
    tagger: &'t Tagger,
    doc: &'d Doc<'a>,
    cache: RefCell<HashMap<usize, Vec<Span>>>,
}

impl<'t, 'd, 'a> LazyTags<'t, 'd, 'a> {
    pub(super) fn new(tagger: &'t Tagger, doc: &'d Doc<'a>) -> Self {
        LazyTags {
            tagger,
            doc,
            cache: RefCell::new(HashMap::new()),
        }
    }

    /// The first tagged span of sentence `sent` that overlaps bytes `a..b`: label and score.
    pub(super) fn at(&self, sent: usize, a: usize, b: usize) -> Option<(Label, f32)> {
        let mut cache = self.cache.borrow_mut();
        let spans = cache.entry(sent).or_insert_with(|| self.tag_sentence(sent));
        spans
            .iter()
            .find(|s| s.0 < b && a < s.1)
            .map(|s| (s.2, s.3))
    }

    /// The tagged span of sentence `sent` that covers exactly bytes `a..b`: label and score.
    pub(super) fn exact(&self, sent: usize, a: usize, b: usize) -> Option<(Label, f32)> {
        let mut cache = self.cache.borrow_mut();
        let spans = cache.entry(sent).or_insert_with(|| self.tag_sentence(sent));
        spans
            .iter()
            .find(|s| s.0 == a && s.1 == b)
            .map(|s| (s.2, s.3))
    }

    /// Tags one sentence the way [`Tagger::tag`] does (its tokens, in windows of 200).
    fn tag_sentence(&self, sent: usize) -> Vec<Span> {
        let doc = self.doc;
        let Some(s) = doc.sentences.get(sent) else {
            return Vec::new();
        };
        let toks = &doc.tokens;
        let first = toks.partition_point(|t| t.start < s.start);
        let mut last = first;
        while last < toks.len() && toks[last].end <= s.end {
            last += 1;
        }
        let words: Vec<&str> = toks[first..last].iter().map(|t| t.text(doc.body)).collect();
        let mut out = Vec::new();
        for (c, chunk) in words.chunks(200).enumerate() {
            for m in self.tagger.tag_spans(chunk) {
                let (i, j) = (first + c * 200 + m.start, first + c * 200 + m.end);
                if let (Some(x), Some(y)) =
                    (toks.get(i), j.checked_sub(1).and_then(|k| toks.get(k)))
                {
                    out.push((x.start, y.end, m.label, m.score));
                }
            }
        }
        out
    }
}
