//! Extract: what each article says, with evidence.
//!
//! An [`Extractor`] holds everything loaded once (the tagger's weights, gazetteers, compiled
//! patterns) and is shared by all threads. [`Extractor::extract`] analyses one article into a
//! [`Doc`] (tokens and sentences with byte offsets) and runs the finders over it, one module per
//! thing found: [`entities`] (with [`ner`] and [`gazetteer`]), [`roles`], [`date`], [`money`],
//! [`events`]. Offsets are bytes inside the crate and code points in the output.
//!
//! ```
//! use corridor_model::Article;
//! let ex = corridor_extract::Extractor::new();
//! let out = ex.extract(&Article::new("demo.txt", "Trade rose 2.8% in 2023."));
//! assert!(out.entities.iter().all(|e| !e.mentions.is_empty()));
//! ```
#![deny(missing_docs)]

pub mod date;
pub mod entities;
pub mod events;
pub mod gazetteer;
pub mod money;
pub mod ner;
pub mod roles;
pub mod text;

use corridor_model::{Article, CharIndex, Extraction, Span};

/// One article analysed for the finders: body, sentence and token boundaries (byte offsets).
pub struct Doc<'a> {
    /// The article.
    pub article: &'a Article,
    /// The article's body.
    pub body: &'a str,
    /// Byte → code-point conversion for `body`.
    pub chars: CharIndex,
    /// Sentences as byte ranges of `body`.
    pub sentences: Vec<std::ops::Range<usize>>,
    /// Tokens of `body`.
    pub tokens: Vec<text::Token>,
}

impl<'a> Doc<'a> {
    /// Splits the article's body into sentences and tokens.
    pub fn new(article: &'a Article) -> Self {
        let body = article.body.as_str();
        let tokens = text::tokenize(body);
        Doc {
            article,
            body,
            chars: CharIndex::new(body),
            sentences: text::sentences_of(body, &tokens),
            tokens,
        }
    }

    /// A byte range of `body` as a code-point span.
    pub fn span(&self, bytes: std::ops::Range<usize>) -> Span {
        Span::new(
            self.chars.char_of(bytes.start),
            self.chars.char_of(bytes.end),
        )
    }

    /// The sentence (byte range) that contains byte offset `at`.
    pub fn sentence_of(&self, at: usize) -> std::ops::Range<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        self.sentences.get(i).cloned().unwrap_or(at..at)
    }
}

/// The extract stage, loaded once and shared.
pub struct Extractor {
    entities: entities::EntityFinder,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    /// Loads the bundled models and gazetteers.
    pub fn new() -> Self {
        Extractor {
            entities: entities::EntityFinder::new(),
        }
    }

    /// Extracts entities, roles, dates, figures and events from one article.
    pub fn extract(&self, article: &Article) -> Extraction {
        let doc = Doc::new(article);
        let found = self.entities.find(&doc);
        let roles = roles::find(&doc, &found);
        let dates = date::find(&doc);
        let figures = money::find(&doc);
        let events = events::find_all(&doc, &found, &dates, &roles);
        Extraction {
            entities: found.into_iter().map(|e| e.entity).collect(),
            roles,
            events: events.dated,
            undated_events: events.undated,
            figures,
            unresolved_dates: dates
                .iter()
                .filter(|d| d.mention.value.is_none())
                .map(|d| d.mention.clone())
                .collect(),
            dates: dates
                .into_iter()
                .filter(|d| d.mention.value.is_some())
                .map(|d| d.mention)
                .collect(),
        }
    }
}
