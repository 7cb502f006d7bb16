//! `corridor ingest` (being built).

use std::process::ExitCode;

/// Arguments of `corridor ingest`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs the command.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`corridor ingest` is not built yet")
}
