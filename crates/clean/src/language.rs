//! Language identification.

/// ISO 639-1 code of the text's language (placeholder: English).
pub fn detect(_text: &str) -> Option<String> {
    Some("en".into())
}
