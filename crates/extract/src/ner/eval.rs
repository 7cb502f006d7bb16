//! Mention-level evaluation in the manner of conlleval: a predicted mention counts only when
//! its tokens and its class both match a gold mention exactly.

use super::corpus::Document;
use super::{spans, Label, Tagger};

/// True positives, predicted and gold mention counts for one class (or all).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Predicted mentions that match a gold one.
    pub correct: usize,
    /// Predicted mentions.
    pub predicted: usize,
    /// Gold mentions.
    pub gold: usize,
}

impl Counts {
    /// Precision (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    /// Recall (0 when there is no gold mention).
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, o: Counts) {
        self.correct += o.correct;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores per class (in [`Label::ALL`] order), over PER/ORG/LOC, and over all four.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Per class.
    pub by_label: [Counts; 4],
    /// Tokens tagged.
    pub tokens: usize,
}

impl Report {
    /// Counts over PER, ORG and LOC.
    pub fn per_org_loc(&self) -> Counts {
        let mut c = Counts::default();
        for l in [Label::Per, Label::Org, Label::Loc] {
            c.add(self.by_label[l as usize]);
        }
        c
    }

    /// Counts over all four classes.
    pub fn overall(&self) -> Counts {
        let mut c = self.per_org_loc();
        c.add(self.by_label[Label::Misc as usize]);
        c
    }

    /// Adds the comparison of one sentence's gold and predicted BIO tags.
    pub fn add_sentence(&mut self, gold: &[u8], pred: &[u8]) {
        let none = vec![0f32; gold.len()];
        let g = spans(gold, &none);
        let p = spans(pred, &none);
        self.tokens += gold.len();
        for m in &g {
            self.by_label[m.label as usize].gold += 1;
        }
        for m in &p {
            let c = &mut self.by_label[m.label as usize];
            c.predicted += 1;
            if g.iter()
                .any(|x| x.start == m.start && x.end == m.end && x.label == m.label)
            {
                c.correct += 1;
            }
        }
    }
}

/// Tags every sentence of `docs` with `tagger` and scores it against the gold tags.
pub fn evaluate(tagger: &Tagger, docs: &[Document]) -> Report {
    let mut report = Report::default();
    for doc in docs {
        let words: Vec<Vec<&str>> = doc
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        for (s, pred) in doc.iter().zip(tagger.tag_document(&words)) {
            report.add_sentence(&s.tags, &pred);
        }
    }
    report
}
