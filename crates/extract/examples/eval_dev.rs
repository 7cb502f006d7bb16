//! Runs the extractor over the bodies of the dev gold files and writes contract JSON Lines that
//! `../shared/eval/score.py` reads, so the extract stage can be scored without the cleaner.
//!
//! ```text
//! cargo run -p corridor-extract --example eval_dev > /tmp/dev.jsonl
//! python3 ../shared/eval/score.py --gold ../shared/dev/gold --pred /tmp/dev.jsonl
//! ```
//! An optional argument names another gold folder. Prints the mean time per article to stderr.

use corridor_extract::Extractor;
use corridor_model::{Article, Record};
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/dev/gold");
    let dir = std::env::args().nth(1).map(PathBuf::from).unwrap_or(root);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("eval_dev: no gold folder at {}: skipped", dir.display());
        return;
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    let ex = Extractor::new();
    let mut out = std::io::stdout().lock();
    let (mut n, mut spent, mut bytes) = (0u32, 0f64, 0usize);
    for p in paths {
        let gold: serde_json::Value =
            match std::fs::read_to_string(&p).map(|s| serde_json::from_str(&s)) {
                Ok(Ok(v)) => v,
                _ => {
                    eprintln!("eval_dev: {}: unreadable gold file", p.display());
                    continue;
                }
            };
        let s = |k: &str| gold.get(k).and_then(|v| v.as_str()).map(str::to_string);
        let mut article = Article::new(
            s("source").unwrap_or_default(),
            s("body").unwrap_or_default(),
        );
        article.published = s("published");
        article.title = s("title");
        let t = Instant::now();
        let extraction = ex.extract(&article);
        spent += t.elapsed().as_secs_f64();
        n += 1;
        bytes += article.body.len();
        let rec = Record {
            article,
            extraction,
        };
        let _ = writeln!(out, "{}", serde_json::to_string(&rec).unwrap_or_default());
    }
    if n > 0 {
        eprintln!(
            "eval_dev: {n} articles, {:.0} µs per article, {:.0} µs per 2 KB",
            spent / n as f64 * 1e6,
            spent / bytes as f64 * 2048.0 * 1e6
        );
    }
}
