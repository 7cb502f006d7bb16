//! Subcommands, one module each.

pub mod demo;
pub mod extract;
pub mod ingest;
pub mod kb;
pub mod ner;
pub mod serve;
pub mod stats;
