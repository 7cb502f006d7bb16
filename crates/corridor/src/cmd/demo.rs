//! `corridor demo`: extracts the bundled sample articles and prints what was found.

use crate::pipeline::{self, Outcome};
use std::process::ExitCode;

/// Arguments of `corridor demo`.
#[derive(clap::Args)]
pub struct Args {}

/// Sample articles written for corridor (not copied from any outlet).
const SAMPLES: &[(&str, &str)] = &[
    ("samples/kunming-forum.txt", include_str!("../../samples/kunming-forum.txt")),
    ("samples/almaty-visit.txt", include_str!("../../samples/almaty-visit.txt")),
    ("samples/dry-port-launch.txt", include_str!("../../samples/dry-port-launch.txt")),
];

/// Writes the samples to a temporary folder, runs the pipeline and prints a summary.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> {
    let dir = std::env::temp_dir().join(format!("corridor-demo-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("samples"))?;
    let mut paths = Vec::new();
    for (name, text) in SAMPLES {
        let p = dir.join(name);
        std::fs::write(&p, text)?;
        paths.push(p.to_string_lossy().into_owned());
    }
    let mut n = 0;
    pipeline::run(&paths, 0, |o| match o {
        Outcome::Records(records) => {
            for r in records {
                n += 1;
                let a = &r.article;
                let x = &r.extraction;
                println!("── {}", a.title.as_deref().unwrap_or("(untitled)"));
                println!(
                    "   published {}  outlet {}  language {}",
                    a.published.as_deref().unwrap_or("?"),
                    a.outlet.as_deref().unwrap_or("?"),
                    a.language.as_deref().unwrap_or("?")
                );
                let names = |t: &str| {
                    x.entities.iter().filter(|e| e.kind.as_str() == t).map(|e| e.name.as_str()).collect::<Vec<_>>().join(", ")
                };
                for t in ["person", "organization", "country", "place"] {
                    println!("   {t:<13} {}", names(t));
                }
                for role in &x.roles {
                    println!("   role          {} — {} ({})", role.person, role.title, role.organization.as_deref().or(role.country.as_deref()).unwrap_or("-"));
                }
                for e in &x.events {
                    println!("   event         {} {} at {} with {}", e.kind.as_str(), e.start.as_deref().unwrap_or("?"), e.place.as_deref().unwrap_or("?"), e.participants.join(", "));
                }
                for f in &x.figures {
                    println!("   figure        {} = {} {}", f.text, f.value, f.unit);
                }
                for d in &x.dates {
                    println!("   date          {} = {}", d.text, d.value.as_deref().unwrap_or("?"));
                }
            }
        }
        Outcome::Failed(m) => eprintln!("corridor: {m}"),
    })?;
    std::fs::remove_dir_all(&dir).ok();
    println!("{n} sample articles extracted");
    Ok(ExitCode::SUCCESS)
}
