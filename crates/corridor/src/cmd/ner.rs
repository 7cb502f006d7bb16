//! `corridor ner` (being built).

use std::process::ExitCode;

/// Arguments of `corridor ner`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs the command.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`corridor ner` is not built yet")
}
