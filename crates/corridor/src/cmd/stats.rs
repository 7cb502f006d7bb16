//! `corridor stats` (being built).

use std::process::ExitCode;

/// Arguments of `corridor stats`.
#[derive(clap::Args)]
pub struct Args {}

/// Runs the command.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`corridor stats` is not built yet")
}
