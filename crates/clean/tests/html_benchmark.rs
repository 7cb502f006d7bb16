//! Main-text quality on the article-extraction benchmark in `../shared/data/article-extraction`
//! (60 pages with ground truth), scored like `shared/eval/score_articles.py`: 4-token shingles,
//! precision and recall averaged over pages. Skips with a note when the data is absent.
//!
//! The predictions are also written as JSON Lines to `$CARGO_TARGET_TMPDIR/article-extraction.jsonl`
//! so that the Python scorer can be run on them.

mod shingles;

use std::path::PathBuf;

#[test]
fn body_f1_on_article_extraction_benchmark() {
    let Some(dir) = shingles::data_dir() else {
        eprintln!("note: ../shared/data/article-extraction is absent, skipping the benchmark");
        return;
    };
    let pages = shingles::pages(&dir);
    let mut lines = Vec::new();
    let mut bodies = Vec::new();
    let mut rejected = Vec::new();
    for (key, _, html) in &pages {
        let path = dir.join("html").join(format!("{key}.html"));
        match corridor_clean::html::extract(&path.display().to_string(), html) {
            Ok(a) => {
                lines.push(serde_json::to_string(&a).unwrap());
                bodies.push(a.body);
            }
            Err(e) => {
                rejected.push(format!("{key}: {e}"));
                bodies.push(String::new());
            }
        }
    }
    if let Some(tmp) = option_env!("CARGO_TARGET_TMPDIR") {
        let out = PathBuf::from(tmp).join("article-extraction.jsonl");
        std::fs::write(&out, lines.join("\n") + "\n").unwrap();
        eprintln!("predictions written to {}", out.display());
    }
    let (p, r, f1) = shingles::score(
        pages
            .iter()
            .zip(&bodies)
            .map(|((_, gold, _), body)| (gold.as_str(), body.as_str())),
    );
    eprintln!(
        "pages {}  rejected {}  precision {p:.3}  recall {r:.3}  F1 {f1:.3}",
        pages.len(),
        rejected.len()
    );
    assert!(rejected.is_empty(), "article pages rejected: {rejected:?}");
    assert!(f1 >= 0.975, "body F1 {f1:.3} fell below 0.975");
}
