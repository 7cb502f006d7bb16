//! `corridor serve` (being built).

use std::process::ExitCode;

/// Arguments of `corridor serve`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs the command.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`corridor serve` is not built yet")
}
