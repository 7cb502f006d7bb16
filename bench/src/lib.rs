//! Benchmarks for corridor: a synthetic corpus generator ([`corpus`]) and the whole-pipeline
//! runner ([`measure`]) behind the `corridor-bench` command. Per-stage micro-benchmarks live in
//! `benches/stages.rs` (`cargo bench -p corridor-bench`).
#![deny(missing_docs)]

pub mod corpus;
pub mod measure;
pub mod report;
