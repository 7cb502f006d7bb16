//! Why an input could not be read: one variant per reason, each naming the input.

/// Why an input (or one record inside it) could not be read. Each names the input; the
/// `Display` form is the one-line diagnostic the command line prints.
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
    /// The input holds nothing but whitespace.
    #[error("{source_name}: empty input")]
    Empty {
        /// The input.
        source_name: String,
    },
    /// The input is binary data, not a format corridor reads.
    #[error("{source_name}: binary file, not text/HTML/JSONL/WARC/feed")]
    Binary {
        /// The input.
        source_name: String,
    },
    /// The input (or one record) is larger than the configured limit.
    #[error("{source_name}: {what} exceeds the limit of {limit} bytes")]
    TooLarge {
        /// The input.
        source_name: String,
        /// What was too large ("input", "record", "line 3").
        what: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// A compressed stream or an archive ends before it should.
    #[error("{source_name}: truncated {what}: {reason}")]
    Truncated {
        /// The input.
        source_name: String,
        /// What is truncated ("gzip stream", "WARC record").
        what: String,
        /// Details.
        reason: String,
    },
    /// The input is malformed or not something corridor can read.
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
            IngestError::Unreadable { source_name, .. }
            | IngestError::Empty { source_name }
            | IngestError::Binary { source_name }
            | IngestError::TooLarge { source_name, .. }
            | IngestError::Truncated { source_name, .. }
            | IngestError::BadInput { source_name, .. } => source_name,
        }
    }

    /// A short `snake_case` code for the reason, for counting failures by kind.
    pub fn code(&self) -> &'static str {
        match self {
            IngestError::Unreadable { .. } => "unreadable",
            IngestError::Empty { .. } => "empty",
            IngestError::Binary { .. } => "binary",
            IngestError::TooLarge { .. } => "too_large",
            IngestError::Truncated { .. } => "truncated",
            IngestError::BadInput { .. } => "bad_input",
        }
    }

    pub(crate) fn bad(source: &str, reason: impl Into<String>) -> Self {
        IngestError::BadInput {
            source_name: source.into(),
            reason: reason.into(),
        }
    }
}
