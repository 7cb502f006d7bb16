//! Plain text: decoded from any encoding into one [`Content::Text`] document.

use crate::{decode, Content, Given, IngestError, RawDoc};

/// Reads a plain-text input (BOM, UTF-16, UTF-8 or a detected legacy encoding).
pub fn read(source: &str, bytes: &[u8]) -> Result<RawDoc, IngestError> {
    let text = decode::decode_text(bytes);
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text);
    if text.trim().is_empty() {
        return Err(IngestError::Empty {
            source_name: source.into(),
        });
    }
    Ok(RawDoc {
        source: source.into(),
        url: None,
        content: Content::Text(text),
        given: Given::default(),
    })
}

/// Wraps already-decoded text (an HTTP charset decided the encoding).
pub(crate) fn from_string(source: &str, text: String) -> RawDoc {
    RawDoc {
        source: source.into(),
        url: None,
        content: Content::Text(text),
        given: Given::default(),
    }
}
