//! Ingest: how bytes become raw documents.
//!
//! [`read_inputs`] walks the paths it is given (files, directories recursively, `-` for standard
//! input) and yields one [`RawDoc`] per record, or an [`IngestError`] naming the input that failed;
//! the iteration always goes on with the next input.
#![deny(missing_docs)]

use std::path::{Path, PathBuf};

/// What a raw document holds: text to clean, or HTML to extract the main text from.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// Plain text (already decoded to UTF-8).
    Text(String),
    /// An HTML page (already decoded to UTF-8).
    Html(String),
}

/// Metadata that the input states outright (JSON Lines fields, feed items, WARC headers): it wins
/// over what cleaning would guess.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Given {
    /// Record identifier.
    pub id: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date or date-time, as stated.
    pub published: Option<String>,
}

/// One record read from an input, before cleaning.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDoc {
    /// The input path as given, `PATH#ID` for records inside a file.
    pub source: String,
    /// The article's URL, when the input states one.
    pub url: Option<String>,
    /// The decoded content.
    pub content: Content,
    /// Metadata stated by the input.
    pub given: Given,
}

/// Why an input could not be read. Each names the input.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The path could not be opened or read.
    #[error("{source_name}: cannot read: {reason}")]
    Unreadable {
        /// The input.
        source_name: String,
        /// The operating system's reason.
        reason: String,
    },
    /// The input is not something corridor can read.
    #[error("{source_name}: {reason}")]
    BadInput {
        /// The input.
        source_name: String,
        /// What is wrong with it.
        reason: String,
    },
}

impl IngestError {
    /// The input the error is about.
    pub fn source_name(&self) -> &str {
        match self {
            IngestError::Unreadable { source_name, .. } | IngestError::BadInput { source_name, .. } => source_name,
        }
    }
}

/// Reads every input in `paths` and returns its records and errors, in input order.
pub fn read_inputs(paths: &[String]) -> Vec<Result<RawDoc, IngestError>> {
    let mut out = Vec::new();
    for p in paths {
        if p == "-" {
            let mut buf = Vec::new();
            match std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf) {
                Ok(_) => out.extend(decode("-", &buf)),
                Err(e) => out.push(Err(IngestError::Unreadable { source_name: "-".into(), reason: e.to_string() })),
            }
            continue;
        }
        let path = Path::new(p);
        if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files);
            files.sort();
            for f in files {
                out.extend(read_file(&f.to_string_lossy()));
            }
        } else {
            out.extend(read_file(p));
        }
    }
    out
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, files);
            } else {
                files.push(p);
            }
        }
    }
}

fn read_file(path: &str) -> Vec<Result<RawDoc, IngestError>> {
    match std::fs::read(path) {
        Ok(bytes) => decode(path, &bytes),
        Err(e) => vec![Err(IngestError::Unreadable { source_name: path.into(), reason: e.to_string() })],
    }
}

fn decode(source: &str, bytes: &[u8]) -> Vec<Result<RawDoc, IngestError>> {
    let text = String::from_utf8_lossy(bytes).into_owned();
    if text.trim().is_empty() {
        return vec![Err(IngestError::BadInput { source_name: source.into(), reason: "empty input".into() })];
    }
    let head = text.trim_start().get(..200).unwrap_or(text.trim_start()).to_ascii_lowercase();
    let content = if head.starts_with("<!doctype html") || head.starts_with("<html") || source.ends_with(".html") {
        Content::Html(text)
    } else {
        Content::Text(text)
    };
    vec![Ok(RawDoc { source: source.into(), url: None, content, given: Given::default() })]
}
