//! The learned named-entity tagger.
//!
//! [`Tagger::tag`] labels the tokens of a [`Doc`] and returns mention spans in token indices.

use crate::Doc;

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

/// The tagger, with its weights loaded once.
#[derive(Default)]
pub struct Tagger {}

impl Tagger {
    /// Loads the bundled model (placeholder: no model).
    pub fn new() -> Self {
        Tagger {}
    }

    /// The mentions in `doc` (placeholder: none).
    pub fn tag(&self, _doc: &Doc) -> Vec<NerSpan> {
        Vec::new()
    }
}
