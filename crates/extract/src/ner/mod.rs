//! The learned named-entity tagger.
//!
//! A greedy left-to-right averaged perceptron over BIO tags ([`model::TAGS`]): each token's
//! features ([`features`]: the word, its shape and affixes, a ±2 window, bigrams, title triggers,
//! word clusters, the previous two tags) are hashed to rows of tag scores, and the best tag that
//! keeps the sequence valid (no `I-X` after anything but `B-X`/`I-X`) is chosen. The weights are
//! trained by `corridor ner train` ([`train`]) and ship in `data/models/ner-v1.bin` (see
//! `data/models/MODEL_CARD.md`), compiled into the binary.
//!
//! [`Tagger::tag`] labels the tokens of a [`Doc`] and returns mention spans in token indices.
//!
//! ```
//! use corridor_extract::ner::Tagger;
//! let tagger = Tagger::new();
//! let tags = tagger.tag_words(&["Mr.", "Tokayev", "visited", "Beijing", "."]);
//! assert_eq!(tags.len(), 5);
//! ```

pub mod corpus;
pub mod eval;
pub mod features;
pub mod gaz;
mod history;
pub mod model;
pub mod train;
mod words;

use std::sync::OnceLock;

use crate::Doc;
use features::{History, SentenceFeats};
use model::{Model, TAGS};

/// Errors of the tagger: a model file or a training corpus that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// The model bytes are not a valid model.
    #[error("bad model: {0}")]
    Format(String),
    /// A corpus could not be parsed.
    #[error("bad corpus {name}: {message}")]
    Corpus {
        /// The corpus file.
        name: String,
        /// What is wrong.
        message: String,
    },
}

/// The entity classes the tagger predicts (CoNLL-2003's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    /// A person.
    Per,
    /// An organization.
    Org,
    /// A location (country, city, region...).
    Loc,
    /// Other names (nationalities, events, products...).
    Misc,
}

impl Label {
    /// All labels, in tag order.
    pub const ALL: [Label; 4] = [Label::Per, Label::Org, Label::Loc, Label::Misc];

    /// The CoNLL name (`PER`, `ORG`, `LOC`, `MISC`).
    pub fn name(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Misc => "MISC",
        }
    }

    /// The label of a CoNLL name.
    pub fn from_name(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.name() == s)
    }

    /// The `B-` tag of this label (the `I-` tag is one more).
    pub fn begin_tag(self) -> u8 {
        1 + 2 * (self as u8)
    }

    /// The label of a tag (`None` for O).
    pub fn of_tag(tag: u8) -> Option<Label> {
        (tag != 0)
            .then(|| Label::ALL.get(((tag - 1) / 2) as usize).copied())
            .flatten()
    }
}

/// A mention found by the tagger: tokens `start..end` of `Doc::tokens`.
#[derive(Debug, Clone, PartialEq)]
pub struct NerSpan {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The predicted class.
    pub label: Label,
    /// The model's confidence in [0, 1], where it has one.
    pub score: f32,
}

/// Something that scores hashed features (the shipped [`Model`], or weights in training).
pub trait Scorer {
    /// Adds the weights of feature `f` to `scores`.
    fn add(&self, f: u64, scores: &mut [f32; TAGS]);
}

impl Scorer for Model {
    fn add(&self, f: u64, scores: &mut [f32; TAGS]) {
        Model::add(self, f, scores)
    }
}

/// Whether `tag` may follow `prev` (an `I-X` only continues `B-X` or `I-X`).
pub fn allowed(prev: u8, tag: u8) -> bool {
    tag == 0 || tag % 2 == 1 || (prev != 0 && Label::of_tag(prev) == Label::of_tag(tag))
}

/// Greedy decoding: the tags of one sentence and each chosen tag's softmax probability.
/// `feats` is scratch space.
pub fn decode<S: Scorer + ?Sized>(
    scorer: &S,
    sent: &SentenceFeats,
    history: &mut History,
    feats: &mut Vec<u64>,
) -> (Vec<u8>, Vec<f32>) {
    let mut tags = Vec::with_capacity(sent.len());
    let mut probs = Vec::with_capacity(sent.len());
    let (mut p1, mut p2) = (0u8, 0u8);
    for i in 0..sent.len() {
        feats.clear();
        sent.token(i, feats);
        sent.dynamic(i, p1, p2, history, feats);
        let mut scores = [0f32; TAGS];
        for &f in feats.iter() {
            scorer.add(f, &mut scores);
        }
        let best = best_allowed(&scores, p1);
        let max = scores[best as usize];
        let z: f32 = (0..TAGS as u8)
            .filter(|&t| allowed(p1, t))
            .map(|t| (scores[t as usize] - max).exp())
            .sum();
        history.record(sent, i, best);
        tags.push(best);
        probs.push(1.0 / z);
        p2 = p1;
        p1 = best;
    }
    (tags, probs)
}

/// The highest-scoring tag allowed after `prev`.
pub fn best_allowed(scores: &[f32; TAGS], prev: u8) -> u8 {
    let mut best = 0u8;
    for t in 1..TAGS as u8 {
        if allowed(prev, t) && scores[t as usize] > scores[best as usize] {
            best = t;
        }
    }
    best
}

/// Mentions (token ranges and labels) of a BIO tag sequence, with the mean probability.
pub fn spans(tags: &[u8], probs: &[f32]) -> Vec<NerSpan> {
    let mut out: Vec<NerSpan> = Vec::new();
    let mut open: Option<(usize, Label)> = None;
    let close = |open: &mut Option<(usize, Label)>, end: usize, out: &mut Vec<NerSpan>| {
        if let Some((start, label)) = open.take() {
            let p = &probs[start.min(probs.len())..end.min(probs.len())];
            let score = if p.is_empty() {
                0.0
            } else {
                p.iter().sum::<f32>() / p.len() as f32
            };
            out.push(NerSpan {
                start,
                end,
                label,
                score,
            });
        }
    };
    for (i, &t) in tags.iter().enumerate() {
        let label = Label::of_tag(t);
        let continues = t != 0 && t % 2 == 0 && open.is_some_and(|(_, l)| Some(l) == label);
        if !continues {
            close(&mut open, i, &mut out);
            if let Some(l) = label {
                open = Some((i, l));
            }
        }
    }
    close(&mut open, tags.len(), &mut out);
    out
}

/// Trims the edges of mentions: titles and honorifics ("H.E.", "Secretary General",
/// "President") at the start of a person (by the CoNLL convention they are not part of the
/// name), function words ("of", "the") at the start of any mention, and words in lower case at
/// the end ("Office attended" → "Office").
pub fn trim_titles(words: &[&str], tags: &mut [u8]) {
    let mut k = 0;
    while k < tags.len() {
        let Some(label) = Label::of_tag(tags[k]).filter(|_| tags[k] % 2 == 1) else {
            k += 1;
            continue;
        };
        let (b, i) = (label.begin_tag(), label.begin_tag() + 1);
        let mut end = k + 1;
        while end < tags.len() && tags[end] == i {
            end += 1;
        }
        let mut first = k;
        while first + 1 < end
            && (matches!(
                words[first],
                "of" | "the" | "and" | "for" | "in" | "on" | "at" | "to"
            ) || (label == Label::Per && features::is_trigger(words[first])))
        {
            first += 1;
        }
        if matches!(
            words[first],
            "of" | "the" | "and" | "for" | "in" | "on" | "at" | "to"
        ) {
            first = end; // nothing but function words
        }
        let mut last = end;
        while last > first + 1 && words[last - 1].starts_with(char::is_lowercase) {
            last -= 1;
        }
        tags[k..end].fill(0);
        if first < last {
            tags[first] = b;
            tags[first + 1..last].fill(i);
        }
        k = end;
    }
}

static BUNDLED: OnceLock<Model> = OnceLock::new();

/// The bundled model's bytes.
pub const BUNDLED_MODEL: &[u8] = include_bytes!("../../../../data/models/ner-v1.bin");

/// The tagger, with its weights loaded once.
pub struct Tagger {
    model: &'static Model,
}

impl Default for Tagger {
    fn default() -> Self {
        Self::new()
    }
}

impl Tagger {
    /// Loads the bundled model (parsed once per process and shared).
    pub fn new() -> Self {
        let model = BUNDLED.get_or_init(|| {
            // The bundled bytes are checked by the tests; an empty model tags nothing.
            Model::from_bytes(BUNDLED_MODEL)
                .unwrap_or_else(|_| Model::from_rows(Vec::new(), Vec::new(), Default::default()))
        });
        Tagger { model }
    }

    /// A tagger over a model in the binary format (e.g. one just trained).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, NerError> {
        Ok(Tagger {
            model: Box::leak(Box::new(Model::from_bytes(bytes)?)),
        })
    }

    /// The BIO tags of one tokenized sentence (see [`model::TAGS`]).
    pub fn tag_words(&self, words: &[&str]) -> Vec<u8> {
        self.tag_sentence(words, &mut History::default()).0
    }

    /// The BIO tags of the sentences of one document, tagged in order so that later
    /// mentions of a name see how earlier ones were tagged.
    pub fn tag_document(&self, sentences: &[Vec<&str>]) -> Vec<Vec<u8>> {
        let mut history = History::default();
        sentences
            .iter()
            .map(|s| self.tag_sentence(s, &mut history).0)
            .collect()
    }

    fn tag_sentence(&self, words: &[&str], history: &mut History) -> (Vec<u8>, Vec<f32>) {
        let sent = SentenceFeats::new(words, &|w| self.model.cluster(w));
        let (mut tags, probs) = decode(self.model, &sent, history, &mut Vec::with_capacity(64));
        trim_titles(words, &mut tags);
        (tags, probs)
    }

    /// The mentions of one tokenized sentence, in indices of `words`.
    pub fn tag_spans(&self, words: &[&str]) -> Vec<NerSpan> {
        let (tags, probs) = self.tag_sentence(words, &mut History::default());
        spans(&tags, &probs)
    }

    /// The mentions in `doc`, sentence by sentence, in indices of `doc.tokens`.
    pub fn tag(&self, doc: &Doc) -> Vec<NerSpan> {
        let mut out = Vec::new();
        let mut words: Vec<&str> = Vec::with_capacity(64);
        let mut k = 0;
        let toks = &doc.tokens;
        let mut history = History::default();
        for s in &doc.sentences {
            while k < toks.len() && toks[k].start < s.start {
                k += 1;
            }
            let first = k;
            words.clear();
            while k < toks.len() && toks[k].end <= s.end {
                words.push(toks[k].text(doc.body));
                k += 1;
            }
            // Very long "sentences" (lists, tables) are tagged in windows.
            for (c, chunk) in words.chunks(200).enumerate() {
                let (tags, probs) = self.tag_sentence(chunk, &mut history);
                for mut m in spans(&tags, &probs) {
                    m.start += first + c * 200;
                    m.end += first + c * 200;
                    out.push(m);
                }
            }
        }
        out
    }
}
