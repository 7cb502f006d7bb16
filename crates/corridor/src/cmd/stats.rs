//! `corridor stats [--data DIR] [--json]`: counts of the knowledge base.

use super::ingest::data_dir;
use corridor_store::{EmbeddedStore, Store};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `corridor stats`.
#[derive(clap::Args)]
pub struct Args {
    /// The data directory (default: `$CORRIDOR_DATA`, else `./corridor-data`).
    #[arg(long)]
    data: Option<PathBuf>,
    /// Print the counts as one JSON object.
    #[arg(long)]
    json: bool,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let dir = data_dir(args.data);
    if !dir.join("corridor.sqlite3").exists() {
        anyhow::bail!(
            "{}: no knowledge base here (run `corridor ingest --data {} PATH...` first)",
            dir.display(),
            dir.display()
        );
    }
    let store = EmbeddedStore::open(&dir).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
    let stats = store.stats()?;
    if args.json {
        println!("{}", serde_json::to_string(&stats)?);
        return Ok(ExitCode::SUCCESS);
    }
    let v = serde_json::to_value(&stats)?;
    if let Some(map) = v.as_object() {
        for (k, n) in map {
            println!("{k:>18}  {n}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
