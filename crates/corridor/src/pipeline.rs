//! The pipeline the subcommands share: ingest → clean → extract, in parallel, order kept.

use corridor_extract::Extractor;
use corridor_model::Record;
use rayon::prelude::*;

/// What became of one input record.
pub enum Outcome {
    /// The articles it held, extracted.
    Records(Vec<Record>),
    /// Why it failed (one line naming the input).
    Failed(String),
}

/// Runs the pipeline over `paths` with `jobs` threads (0: all cores), calling `sink` for each
/// outcome in input order.
pub fn run(paths: &[String], jobs: usize, mut sink: impl FnMut(Outcome)) -> anyhow::Result<()> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    let extractor = Extractor::new();
    let docs = corridor_ingest::read_inputs(paths);
    let outcomes: Vec<Outcome> = pool.install(|| {
        docs.into_par_iter()
            .map(|doc| match doc {
                Err(e) => Outcome::Failed(e.to_string()),
                Ok(doc) => match corridor_clean::clean(&doc) {
                    Err(e) => Outcome::Failed(e.to_string()),
                    Ok(articles) => Outcome::Records(
                        articles
                            .into_iter()
                            .map(|article| {
                                let extraction = extractor.extract(&article);
                                Record { article, extraction }
                            })
                            .collect(),
                    ),
                },
            })
            .collect()
    });
    for o in outcomes {
        sink(o);
    }
    Ok(())
}
