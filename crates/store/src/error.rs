//! Errors of the store: bad input or data directory versus internal failure.

use std::path::PathBuf;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database was written by another schema version of corridor.
    #[error("{path}: knowledge base has schema version {found}, this corridor reads version {expected} (re-ingest into a new data directory)")]
    SchemaVersion {
        /// The database file.
        path: PathBuf,
        /// The version recorded in the database.
        found: i64,
        /// The version this build reads and writes.
        expected: i64,
    },
    /// The data directory cannot be created or read.
    #[error("{path}: {source}")]
    Io {
        /// The path involved.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A record cannot be stored (names the record's source).
    #[error("{source_name}: {reason}")]
    BadRecord {
        /// The record's `source`.
        source_name: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A request argument is invalid (an unknown type name, a malformed date).
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// The SQLite database failed.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The search index failed.
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// A stored record could not be (de)serialized.
    #[error("stored record: {0}")]
    Json(#[from] serde_json::Error),
    /// An invariant of the store does not hold.
    #[error("internal: {0}")]
    Internal(String),
    /// A lock was poisoned by a panic in another thread.
    #[error("internal: a store lock was poisoned")]
    Poisoned,
}

impl StoreError {
    /// Whether the error comes from the caller's input rather than from the store itself
    /// (the server maps these to 4xx statuses).
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            StoreError::BadRecord { .. } | StoreError::InvalidArgument(_)
        )
    }
}
