//! `corridor ingest [--data DIR] PATH...`: extract articles and store them in the knowledge base.
//!
//! Records are stored in batches, each one SQLite transaction, so a run killed at any moment
//! leaves whole batches behind; running the same ingest again stores exactly what is missing
//! (articles already stored are recognised by their content hash).

use crate::pipeline::{self, Outcome};
use corridor_model::Record;
use corridor_store::{AddSummary, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `corridor ingest`.
#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (walked recursively) or `-` for standard input.
    #[arg(required_unless_present = "reindex")]
    paths: Vec<String>,
    /// Where the knowledge base is.
    #[command(flatten)]
    kb: super::kb::Location,
    /// Worker threads for extraction (0: one per core).
    #[arg(long, short = 'j', default_value_t = 0)]
    jobs: usize,
    /// Records per transaction.
    #[arg(long, default_value_t = 64)]
    batch: usize,
    /// Rebuild the search index from the database (after storing PATHs, if any).
    #[arg(long)]
    reindex: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
    /// No progress bar.
    #[arg(long, short = 'q')]
    quiet: bool,
}

/// The data directory: `--data`, else `$CORRIDOR_DATA`, else `./corridor-data`.
pub fn data_dir(given: Option<PathBuf>) -> PathBuf {
    given
        .or_else(|| {
            std::env::var_os("CORRIDOR_DATA")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .unwrap_or_else(|| PathBuf::from("corridor-data"))
}

/// What a run did.
#[derive(Default)]
struct Summary {
    added: AddSummary,
    failed: usize,
    seconds: f64,
    articles_per_second: f64,
}

struct Batcher<'a> {
    store: &'a dyn Store,
    pending: Vec<Record>,
    size: usize,
    summary: Summary,
    bar: ProgressBar,
    error: Option<corridor_store::StoreError>,
}

impl Batcher<'_> {
    fn push(&mut self, r: Record) {
        self.pending.push(r);
        if self.pending.len() >= self.size {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if self.pending.is_empty() || self.error.is_some() {
            return;
        }
        match self.store.add_records(&self.pending) {
            Ok(outcomes) => {
                for o in &outcomes {
                    self.summary.added.count(o);
                    if let corridor_store::AddOutcome::Rejected { reason } = o {
                        self.bar.suspend(|| eprintln!("corridor: {reason}"));
                    }
                }
                self.bar.inc(outcomes.len() as u64);
            }
            Err(e) => self.error = Some(e),
        }
        self.pending.clear();
    }
}

/// Runs the command; the exit status is 1 when any input failed.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let super::kb::Opened { store, label } = args.kb.open()?;
    let started = Instant::now();
    let bar = if args.quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {pos} articles stored, {per_sec} [{elapsed}] {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    if !args.quiet {
        bar.enable_steady_tick(std::time::Duration::from_millis(250));
    }
    let mut b = Batcher {
        store: store.as_ref(),
        pending: Vec::new(),
        size: args.batch.max(1),
        summary: Summary::default(),
        bar,
        error: None,
    };
    if !args.paths.is_empty() {
        bar_message(&b.bar, "extracting");
        pipeline::run(&args.paths, args.jobs, |o| match o {
            Outcome::Records(records) => {
                bar_message(&b.bar, "");
                for r in records {
                    b.push(r);
                }
            }
            Outcome::Failed(msg) => {
                b.summary.failed += 1;
                b.bar.suspend(|| eprintln!("corridor: {msg}"));
            }
        })?;
        b.flush();
    }
    let Batcher {
        mut summary,
        bar,
        error,
        ..
    } = b;
    bar.finish_and_clear();
    if let Some(e) = error {
        return Err(anyhow::anyhow!("{label}: {e}"));
    }
    if args.reindex {
        let n = store.reindex()?;
        eprintln!("corridor: search index rebuilt ({n} articles)");
    }
    summary.failed += summary.added.rejected;
    summary.seconds = started.elapsed().as_secs_f64();
    let handled = summary.added.stored + summary.added.duplicates + summary.added.near_duplicates;
    summary.articles_per_second = if summary.seconds > 0.0 {
        handled as f64 / summary.seconds
    } else {
        0.0
    };
    if args.json {
        let v = serde_json::json!({
            "stored": summary.added.stored,
            "duplicates": summary.added.duplicates,
            "near_duplicates": summary.added.near_duplicates,
            "failed": summary.failed,
            "seconds": summary.seconds,
            "articles_per_second": summary.articles_per_second,
        });
        println!("{v}");
    } else {
        println!(
            "stored {}, duplicates {}, near-duplicates {}, failed {} ({:.1} articles/s) in {}",
            summary.added.stored,
            summary.added.duplicates,
            summary.added.near_duplicates,
            summary.failed,
            summary.articles_per_second,
            label
        );
    }
    Ok(if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn bar_message(bar: &ProgressBar, msg: &'static str) {
    bar.set_message(msg);
    bar.tick();
}
