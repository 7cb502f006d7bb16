//! HTML pages: decoded (BOM, transport charset, `<meta charset>`, detection) into one
//! [`Content::Html`] document. Main-text extraction is the clean stage's work.

use crate::{decode, Content, Given, IngestError, RawDoc};

/// Reads an HTML page; `transport_charset` is the HTTP `Content-Type` charset when the page
/// came with one (WARC responses).
pub fn read(
    source: &str,
    bytes: &[u8],
    transport_charset: Option<&str>,
) -> Result<RawDoc, IngestError> {
    let html = decode::decode_markup(bytes, transport_charset);
    let html = html
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(html);
    if html.trim().is_empty() {
        return Err(IngestError::Empty {
            source_name: source.into(),
        });
    }
    Ok(RawDoc {
        source: source.into(),
        url: None,
        content: Content::Html(html),
        given: Given::default(),
    })
}
