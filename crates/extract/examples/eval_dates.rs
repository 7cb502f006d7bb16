//! Runs the date and money finders over the shared evaluation sets and writes contract-shaped
//! JSON Lines that `shared/eval/score.py` reads, before the ingest and cleaning stages land.
//!
//! ```text
//! cargo run -p corridor-extract --example eval_dates -- dev > dev.jsonl
//! python3 ../shared/eval/score.py --gold ../shared/dev/gold --pred dev.jsonl --facets dates,figures
//! cargo run -p corridor-extract --example eval_dates -- timebank > tb.jsonl
//! ```
//! The dev bodies and publication dates are taken from the gold files (as the cleaner should
//! produce them); TimeBank records are read from `input.jsonl`. A second argument names the
//! shared folder (default: `../shared` beside the workspace); `jsonl PATH` reads any JSON Lines
//! file of `{id, text, published}` records.

use corridor_extract::{date, money, Doc};
use corridor_model::Article;
use serde_json::{json, Value};
use std::path::PathBuf;

fn record(source: String, body: String, published: Option<String>) -> Value {
    let mut a = Article::new(source.clone(), body);
    a.published = published;
    let doc = Doc::new(&a);
    let dates: Vec<_> = date::find(&doc).into_iter().map(|d| d.mention).collect();
    let figures = money::find(&doc);
    json!({"source": source, "published": a.published, "body": a.body,
           "dates": dates, "figures": figures})
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let set = args.next().unwrap_or_else(|| "dev".into());
    let shared = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"));
    match set.as_str() {
        "dev" => {
            let gold = shared.join("dev/gold");
            let mut names: Vec<_> = std::fs::read_dir(&gold)?
                .flatten()
                .map(|e| e.path())
                .collect();
            names.sort();
            for p in names
                .into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
            {
                let g: Value = serde_json::from_str(&std::fs::read_to_string(&p)?)?;
                let source = g["source"].as_str().unwrap_or_default().to_string();
                let body = g["body"].as_str().unwrap_or_default().to_string();
                let published = g["published"].as_str().map(str::to_string);
                println!("{}", record(source, body, published));
            }
        }
        "timebank" | "jsonl" => {
            // `jsonl PATH`: any JSON Lines file of {id, text, published} records.
            let path = match set.as_str() {
                "jsonl" => shared.clone(),
                _ => shared.join("data/timebank/input.jsonl"),
            };
            let input = std::fs::read_to_string(path)?;
            for line in input.lines().filter(|l| !l.trim().is_empty()) {
                let r: Value = serde_json::from_str(line)?;
                let source = format!("input.jsonl#{}", r["id"].as_str().unwrap_or_default());
                let body = r["text"].as_str().unwrap_or_default().to_string();
                let published = r["published"].as_str().map(str::to_string);
                println!("{}", record(source, body, published));
            }
        }
        other => return Err(format!("unknown set {other:?}: use dev, timebank or jsonl").into()),
    }
    Ok(())
}
