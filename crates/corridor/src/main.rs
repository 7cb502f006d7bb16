//! The `corridor` command line: one module per subcommand in `cmd/`.

mod cmd;
mod pipeline;

use clap::{Parser, Subcommand};

/// Turns regional-cooperation news into an evidence-linked knowledge base.
#[derive(Parser)]
#[command(name = "corridor", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract articles, entities, roles, events, figures and dates as JSON Lines (spec/OUTPUT.md).
    Extract(cmd::extract::Args),
    /// Extract the bundled sample articles and print a readable summary.
    Demo(cmd::demo::Args),
    /// Extract and store articles in the knowledge base.
    Ingest(cmd::ingest::Args),
    /// Counts of the knowledge base.
    Stats(cmd::stats::Args),
    /// Serve the HTTP API and web UI over the knowledge base.
    Serve(cmd::serve::Args),
    /// Train or evaluate the named-entity tagger.
    Ner(cmd::ner::Args),
}

/// Diagnostics (server errors, request log) go to stderr, filtered by `CORRIDOR_LOG` (`info` logs
/// every request; default `warn`).
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("CORRIDOR_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    init_logging();
    let result = match cli.command {
        Command::Extract(a) => cmd::extract::run(a),
        Command::Demo(a) => cmd::demo::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Stats(a) => cmd::stats::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Ner(a) => cmd::ner::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("corridor: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
