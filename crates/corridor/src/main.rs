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

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
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
