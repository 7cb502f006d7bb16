//! `corridor stats [--data DIR] [--json]`: counts of the knowledge base.

use std::process::ExitCode;

/// Arguments of `corridor stats`.
#[derive(clap::Args)]
pub struct Args {
    /// Where the knowledge base is.
    #[command(flatten)]
    kb: super::kb::Location,
    /// Print the counts as one JSON object.
    #[arg(long)]
    json: bool,
}

/// Runs the command.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if !args.kb.exists() {
        let dir = args.kb.dir();
        anyhow::bail!(
            "{}: no knowledge base here (run `corridor ingest --data {} PATH...` first)",
            dir.display(),
            dir.display()
        );
    }
    let stats = args.kb.open()?.store.stats()?;
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
