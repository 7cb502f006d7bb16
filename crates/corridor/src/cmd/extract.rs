//! `corridor extract PATH...`: JSON Lines on standard output, diagnostics on standard error.

use crate::pipeline::{self, Outcome};
use std::io::Write;
use std::process::ExitCode;

/// Arguments of `corridor extract`.
#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (walked recursively) or `-` for standard input.
    #[arg(required = true)]
    paths: Vec<String>,
    /// Worker threads (0: one per core).
    #[arg(long, short = 'j', default_value_t = 0)]
    jobs: usize,
    /// Ingest and clean only: each article's body, title, publication date, outlet and language,
    /// with empty entity, role, event, figure and date lists (what trafilatura gives).
    #[arg(long)]
    clean_only: bool,
}

/// Runs the command; the exit status is 1 when any input failed.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut io_error = None;
    let run = if args.clean_only {
        pipeline::run_clean_only
    } else {
        pipeline::run
    };
    run(&args.paths, args.jobs, |o| match o {
        Outcome::Records(records) => {
            for r in records {
                if io_error.is_none() {
                    if let Err(e) = serde_json::to_writer(&mut out, &r)
                        .map_err(std::io::Error::from)
                        .and_then(|_| out.write_all(b"\n"))
                    {
                        io_error = Some(e);
                    }
                }
            }
        }
        Outcome::Failed(msg) => {
            failed += 1;
            eprintln!("corridor: {msg}");
        }
    })?;
    if let Some(e) = io_error {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    out.flush().ok();
    if failed > 0 {
        eprintln!("corridor: {failed} input(s) failed");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
