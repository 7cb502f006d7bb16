//! The pipeline the subcommands share: ingest → clean → extract, in parallel, order kept.
//!
//! Records stream from ingest in chunks; each chunk is cleaned and extracted on the thread pool and
//! handed to the sink in input order before the next chunk is read, so memory stays bounded by the
//! chunk size whatever the corpus size.

use corridor_extract::Extractor;
use corridor_ingest::{IngestError, RawDoc};
use corridor_model::Record;
use rayon::prelude::*;

/// Records read and processed together; large enough to keep every core busy.
const CHUNK: usize = 256;

/// What became of one input record.
pub enum Outcome {
    /// The articles it held, extracted.
    Records(Vec<Record>),
    /// Why it failed (one line naming the input).
    Failed(String),
}

/// Runs the pipeline over `paths` with `jobs` threads (0: all cores), calling `sink` for each
/// outcome in input order.
pub fn run(paths: &[String], jobs: usize, sink: impl FnMut(Outcome)) -> anyhow::Result<()> {
    let extractor = Extractor::new();
    run_with(
        Some(&extractor),
        corridor_ingest::Inputs::new(paths.iter().cloned()),
        jobs,
        sink,
    )
}

/// Ingest and clean only: articles with body, title, publication date, outlet and language, and
/// empty facets (no models are loaded).
pub fn run_clean_only(
    paths: &[String],
    jobs: usize,
    sink: impl FnMut(Outcome),
) -> anyhow::Result<()> {
    run_with(
        None,
        corridor_ingest::Inputs::new(paths.iter().cloned()),
        jobs,
        sink,
    )
}

/// Runs the pipeline over already-read `docs` with a loaded `extractor` (none: clean only).
pub fn run_with(
    extractor: Option<&Extractor>,
    docs: impl Iterator<Item = Result<RawDoc, IngestError>>,
    jobs: usize,
    mut sink: impl FnMut(Outcome),
) -> anyhow::Result<()> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    let mut docs = docs.peekable();
    while docs.peek().is_some() {
        let chunk: Vec<_> = docs.by_ref().take(CHUNK).collect();
        let outcomes: Vec<Outcome> = pool.install(|| {
            chunk
                .into_par_iter()
                .map(|d| process(extractor, d))
                .collect()
        });
        outcomes.into_iter().for_each(&mut sink);
    }
    Ok(())
}

/// Cleans and extracts one record (cleans only, without an `extractor`).
pub fn process(extractor: Option<&Extractor>, doc: Result<RawDoc, IngestError>) -> Outcome {
    let doc = match doc {
        Ok(d) => d,
        Err(e) => return Outcome::Failed(e.to_string()),
    };
    match corridor_clean::clean(&doc) {
        Err(e) => Outcome::Failed(e.to_string()),
        Ok(articles) => Outcome::Records(
            articles
                .into_iter()
                .map(|article| {
                    let extraction = extractor.map(|x| x.extract(&article)).unwrap_or_default();
                    Record {
                        article,
                        extraction,
                    }
                })
                .collect(),
        ),
    }
}
