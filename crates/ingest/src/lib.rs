//! Ingest: how bytes become raw documents.
//!
//! [`Inputs`] walks the paths it is given (files, directories recursively, `-` for standard
//! input) and yields one [`RawDoc`] per record as it reads, or an [`IngestError`] naming the
//! input (or record) that failed; the iteration always goes on with the next input.
//! [`read_inputs`] collects it.
//!
//! Each input is recognised by content and name ([`detect`]): plain text ([`text`]), HTML
//! ([`html`]), JSON Lines ([`jsonl`]), WARC archives ([`warc`]), RSS/Atom feeds ([`feed`]),
//! any of them gzip-compressed ([`gzip`]). Every encoding is decoded to UTF-8 ([`decode`]).
//! Every read is bounded ([`Limits`]).
//!
//! ```
//! use corridor_ingest::{read_bytes, Content, Limits};
//! let docs = read_bytes("note.jsonl", b"{\"id\": \"a1\", \"text\": \"Laos and China met.\"}\n", Limits::default());
//! let doc = docs[0].as_ref().unwrap();
//! assert_eq!(doc.source, "note.jsonl#a1");
//! assert_eq!(doc.content, Content::Text("Laos and China met.".into()));
//! ```
#![deny(missing_docs)]

mod bounded;
pub mod decode;
pub mod detect;
mod error;
pub mod feed;
pub mod gzip;
pub mod html;
pub mod http;
mod inputs;
pub mod jsonl;
pub mod text;
pub mod walk;
pub mod warc;

pub use detect::Kind;
pub use error::IngestError;
pub use inputs::{read_bytes, read_bytes_tagged, Inputs, Tagged};

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
    /// The input path as given, `PATH#ID` or `PATH#N` for records inside a file, the target URI
    /// for WARC records.
    pub source: String,
    /// The article's URL, when the input states one.
    pub url: Option<String>,
    /// The decoded content.
    pub content: Content,
    /// Metadata stated by the input.
    pub given: Given,
}

/// Default bound on the (decompressed) bytes of one input: 256 MiB.
pub const MAX_INPUT_BYTES: u64 = 256 << 20;
/// Default bound on one record (a WARC record, a JSON line, a decoded HTTP body): 64 MiB.
pub const MAX_RECORD_BYTES: u64 = 64 << 20;

/// Bounds on what one input may make corridor read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The most bytes one input may hold after decompression.
    pub max_input_bytes: u64,
    /// The most bytes one record inside an input may hold.
    pub max_record_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: MAX_INPUT_BYTES,
            max_record_bytes: MAX_RECORD_BYTES,
        }
    }
}

/// Reads every input in `paths` and returns its records and errors, in input order.
pub fn read_inputs(paths: &[String]) -> Vec<Result<RawDoc, IngestError>> {
    Inputs::new(paths.iter().cloned()).collect()
}
