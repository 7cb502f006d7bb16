//! Temporal expressions resolved against the publication date.

use crate::Doc;
use corridor_model::DateMention;

/// A date expression found in the body, with its byte range for the finders that run after it.
#[derive(Debug, Clone)]
pub struct FoundDate {
    /// The mention as emitted.
    pub mention: DateMention,
    /// Byte range in the body.
    pub bytes: std::ops::Range<usize>,
}

/// The date expressions of `doc` (placeholder: none).
pub fn find(_doc: &Doc) -> Vec<FoundDate> {
    Vec::new()
}
