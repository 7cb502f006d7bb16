//! The data model shared by every stage of corridor.
//!
//! An [`Article`] is what the ingest and clean stages produce: metadata plus the main text
//! (`body`). The extract stage reads an article and fills an [`Extraction`]: entities, roles,
//! events, figures and dates, each pointing back into `body` with a [`Span`] counted in
//! Unicode code points (end exclusive), as the contract in `spec/OUTPUT.md` requires.
//! A [`Record`] is the two together, serialized as one line of `corridor extract` output.
//!
//! ```
//! use corridor_model::{Article, Extraction, Record};
//! let article = Article::new("demo.txt", "China and Laos met.");
//! let record = Record { article, extraction: Extraction::default() };
//! let json = serde_json::to_string(&record).unwrap();
//! assert!(json.contains("\"entities\":[]"));
//! ```
#![deny(missing_docs)]

mod offsets;
mod types;

pub use offsets::{byte_to_char, char_to_byte, CharIndex};
pub use types::*;
