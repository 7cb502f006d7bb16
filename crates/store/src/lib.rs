//! The corridor knowledge base: every stored article, and the entities, roles, events and
//! places resolved across articles.
//!
//! The principal type is the [`Store`] trait, the one interface the `corridor ingest` and
//! `corridor stats` commands and the HTTP server use. [`EmbeddedStore`] implements it over a
//! data directory holding an SQLite database (the knowledge base, the source of truth) and a
//! tantivy index (derived from the database, rebuilt whenever it lags behind). With the
//! `postgres` feature, `PostgresStore` implements the same trait over a Postgres server.
//!
//! Writing is idempotent and crash-safe: [`Store::add_records`] stores a batch in one SQLite
//! transaction, skips articles whose normalized content is already stored, and links
//! near-duplicates (MinHash over word shingles, estimated Jaccard ≥ 0.8) to the article they
//! copy instead of counting them twice.
//!
//! ```
//! use corridor_model::{Article, Extraction, Record};
//! use corridor_store::{AddOutcome, EmbeddedStore, Store};
//! let dir = tempfile::tempdir().unwrap();
//! let store = EmbeddedStore::open(dir.path()).unwrap();
//! let article = Article::new("a.txt", "Ministers of China and Laos met in Vientiane on Monday.");
//! let record = Record { article, extraction: Extraction::default() };
//! let first = store.add_record(&record).unwrap();
//! assert!(matches!(first, AddOutcome::Stored { .. }));
//! assert!(matches!(store.add_record(&record).unwrap(), AddOutcome::Duplicate { .. }));
//! assert_eq!(store.stats().unwrap().articles, 1);
//! assert_eq!(store.search("Vientiane", 10, 0).unwrap().total, 1);
//! ```
#![deny(missing_docs)]

mod api;
pub mod dedup;
mod embedded;
mod error;
pub mod normalize;
#[cfg(feature = "postgres")]
mod postgres;
mod types;

#[cfg(feature = "postgres")]
pub use self::postgres::{PostgresStore, PG_SCHEMA_VERSION};
pub use api::Store;
pub use embedded::{EmbeddedStore, SCHEMA_VERSION};
pub use error::StoreError;
pub use types::*;

/// The result type of store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
