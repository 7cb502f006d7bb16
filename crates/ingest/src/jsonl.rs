//! JSON Lines: one record per line, each with `text` or `html` and optional `id`, `url`,
//! `title`, `published` (the stated metadata wins over what cleaning would guess).
//!
//! A record's source is `PATH#ID`, or `PATH#N` (the 1-based line number) when it has no `id`.
//! A malformed line is an error for that line only; the other lines are still read.

use serde_json::{Map, Value};

use crate::{Content, Given, IngestError, RawDoc};

/// Field names read as the body text, in order of preference.
const TEXT_FIELDS: &[&str] = &["text", "body"];
/// Field names read as an HTML page.
const HTML_FIELDS: &[&str] = &["html", "raw_html"];
const URL_FIELDS: &[&str] = &["url", "link"];
const TITLE_FIELDS: &[&str] = &["title", "headline"];
const PUBLISHED_FIELDS: &[&str] = &["published", "date", "published_at"];

/// Reads every line of a JSON Lines input; lines longer than `max_line` bytes are errors.
///
/// A whole-file JSON document is read too: an array of records (numbered by 1-based position)
/// or one record spread over several lines (`PATH#1`).
pub fn read(source: &str, bytes: &[u8], max_line: u64) -> Vec<Result<RawDoc, IngestError>> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if let Some(docs) = whole_document(source, bytes) {
        return docs;
    }
    let mut out = Vec::new();
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        let n = i + 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if line.len() as u64 > max_line {
            out.push(Err(IngestError::TooLarge {
                source_name: format!("{source}#{n}"),
                what: format!("line {n}"),
                limit: max_line,
            }));
            continue;
        }
        out.push(record(source, n, line));
    }
    if out.is_empty() {
        out.push(Err(IngestError::Empty {
            source_name: source.into(),
        }));
    }
    out
}

/// A JSON array of records, or one multi-line object; `None` when the input is line-delimited.
fn whole_document(source: &str, bytes: &[u8]) -> Option<Vec<Result<RawDoc, IngestError>>> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let first_line = bytes[start..].split(|&b| b == b'\n').next().unwrap_or(&[]);
    let array = bytes[start] == b'[';
    if !array && serde_json::from_slice::<Value>(first_line).is_ok() {
        return None;
    }
    let value: Value = serde_json::from_slice(bytes).ok()?;
    match value {
        Value::Array(items) if array => Some(
            items
                .into_iter()
                .enumerate()
                .map(|(i, v)| from_value(source, i + 1, v, &format!("item {}", i + 1)))
                .collect(),
        ),
        v @ Value::Object(_) => Some(vec![from_value(source, 1, v, "document")]),
        _ => None,
    }
}

/// Parses line `n` of `source`.
pub fn record(source: &str, n: usize, line: &[u8]) -> Result<RawDoc, IngestError> {
    let at = format!("{source}#{n}");
    let value: Value = serde_json::from_slice(line)
        .map_err(|e| IngestError::bad(&at, format!("line {n}: malformed JSON: {e}")))?;
    from_value(source, n, value, &format!("line {n}"))
}

/// Turns record `n` (a line, or an array item) into a document; `what` names it in errors.
fn from_value(source: &str, n: usize, value: Value, what: &str) -> Result<RawDoc, IngestError> {
    let at = format!("{source}#{n}");
    let Value::Object(obj) = value else {
        return Err(IngestError::bad(&at, format!("{what}: not a JSON object")));
    };
    let content = if let Some(t) = string_field(&obj, TEXT_FIELDS) {
        Content::Text(t)
    } else if let Some(h) = string_field(&obj, HTML_FIELDS) {
        Content::Html(h)
    } else {
        return Err(IngestError::bad(
            &at,
            format!("{what}: record has no non-empty `text` or `html` string"),
        ));
    };
    let id = match obj.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Value::Number(num)) => Some(num.to_string()),
        _ => None,
    };
    let source = match &id {
        Some(id) => format!("{source}#{id}"),
        None => at,
    };
    Ok(RawDoc {
        source,
        url: meta_field(&obj, URL_FIELDS),
        content,
        given: Given {
            id,
            title: meta_field(&obj, TITLE_FIELDS),
            published: meta_field(&obj, PUBLISHED_FIELDS),
        },
    })
}

/// The first of `names` that holds a string with something besides whitespace.
fn string_field(obj: &Map<String, Value>, names: &[&str]) -> Option<String> {
    names.iter().find_map(|k| match obj.get(*k) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        _ => None,
    })
}

/// [`string_field`] for metadata: surrounding whitespace dropped.
fn meta_field(obj: &Map<String, Value>, names: &[&str]) -> Option<String> {
    string_field(obj, names).map(|s| s.trim().to_string())
}
