//! `corridor demo`: extracts the bundled sample articles into a temporary knowledge base, prints what
//! was found, and serves the web UI over it (until interrupted; `--no-serve` stops after the summary).

use crate::pipeline::{self, Outcome};
use corridor_model::Record;
use corridor_store::{EmbeddedStore, Store};
use std::net::SocketAddr;
use std::process::ExitCode;

/// Arguments of `corridor demo`.
#[derive(clap::Args)]
pub struct Args {
    /// Address to serve the UI on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// Print the summary and exit without serving.
    #[arg(long)]
    no_serve: bool,
}

/// Sample articles written for corridor (not copied from any outlet).
const SAMPLES: &[(&str, &str)] = &[
    (
        "kunming-forum.txt",
        include_str!("../../samples/kunming-forum.txt"),
    ),
    (
        "almaty-visit.txt",
        include_str!("../../samples/almaty-visit.txt"),
    ),
    (
        "dry-port-launch.txt",
        include_str!("../../samples/dry-port-launch.txt"),
    ),
];

/// Writes the samples to a temporary folder, extracts and stores them, prints a summary and serves.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let dir = tempfile::Builder::new()
        .prefix("corridor-demo-")
        .tempdir()?;
    let samples = dir.path().join("samples");
    std::fs::create_dir_all(&samples)?;
    let mut paths = Vec::new();
    for (name, text) in SAMPLES {
        let p = samples.join(name);
        std::fs::write(&p, text)?;
        paths.push(p.to_string_lossy().into_owned());
    }
    let mut records = Vec::new();
    let mut failed = 0;
    pipeline::run(&paths, 0, |o| match o {
        Outcome::Records(r) => records.extend(r),
        Outcome::Failed(m) => {
            failed += 1;
            eprintln!("corridor: {m}");
        }
    })?;
    let mut out = String::new();
    for r in &records {
        summarize(r, &mut out);
    }
    let kb = dir.path().join("kb");
    let store = EmbeddedStore::open(&kb).map_err(|e| anyhow::anyhow!("{}: {e}", kb.display()))?;
    store.add_records(&records)?;
    let stats = store.stats()?;
    out.push_str(&format!(
        "{} sample articles extracted into {} ({} entities, {} events)\n",
        records.len(),
        kb.display(),
        stats.entities,
        stats.events
    ));
    print_lossy(&out);
    if failed > 0 {
        return Ok(ExitCode::from(1));
    }
    if args.no_serve {
        return Ok(ExitCode::SUCCESS);
    }
    crate::cmd::serve::serve_store(
        std::sync::Arc::new(store),
        &kb.display().to_string(),
        args.listen,
        corridor_server::ServerConfig::default(),
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Appends a readable summary of one record to `out`.
fn summarize(r: &Record, out: &mut String) {
    use std::fmt::Write;
    let a = &r.article;
    let x = &r.extraction;
    let _ = writeln!(out, "── {}", a.title.as_deref().unwrap_or("(untitled)"));
    let _ = writeln!(
        out,
        "   published {}  outlet {}  language {}",
        a.published.as_deref().unwrap_or("?"),
        a.outlet.as_deref().unwrap_or("?"),
        a.language.as_deref().unwrap_or("?")
    );
    for t in ["person", "organization", "country", "place"] {
        let names: Vec<&str> = x
            .entities
            .iter()
            .filter(|e| e.kind.as_str() == t)
            .map(|e| e.name.as_str())
            .collect();
        let _ = writeln!(out, "   {t:<13} {}", names.join(", "));
    }
    for role in &x.roles {
        let of = role
            .organization
            .as_deref()
            .or(role.country.as_deref())
            .unwrap_or("-");
        let _ = writeln!(
            out,
            "   role          {} — {} ({of})",
            role.person, role.title
        );
    }
    for e in &x.events {
        let _ = writeln!(
            out,
            "   event         {} {} at {} with {}",
            e.kind.as_str(),
            e.start.as_deref().unwrap_or("?"),
            e.place.as_deref().unwrap_or("?"),
            e.participants.join(", ")
        );
    }
    for f in &x.figures {
        let _ = writeln!(out, "   figure        {} = {} {}", f.text, f.value, f.unit);
    }
    for d in &x.dates {
        let _ = writeln!(
            out,
            "   date          {} = {}",
            d.text,
            d.value.as_deref().unwrap_or("?")
        );
    }
}

/// Prints without panicking when standard output is closed (`corridor demo | head`).
fn print_lossy(s: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(s.as_bytes());
}
