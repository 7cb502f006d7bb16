//! Main-text quality on the article-extraction benchmark in `../shared/data/article-extraction`
//! (60 pages with ground truth), scored like `shared/eval/score_articles.py`: 4-token shingles,
//! precision and recall averaged over pages. Skips with a note when the data is absent.
//!
//! The predictions are also written as JSON Lines to `$CARGO_TARGET_TMPDIR/article-extraction.jsonl`
//! so that the Python scorer can be run on them.

use std::collections::HashMap;
use std::path::PathBuf;

use regex::Regex;

fn data_dir() -> Option<PathBuf> {
    let d =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/article-extraction");
    d.join("ground-truth.json").exists().then_some(d)
}

fn shingles(re: &Regex, text: &str) -> HashMap<Vec<String>, usize> {
    let toks: Vec<String> = re.find_iter(text).map(|m| m.as_str().to_string()).collect();
    let mut out = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    for i in 0..toks.len().saturating_sub(3).max(1) {
        let end = (i + 4).min(toks.len());
        *out.entry(toks[i..end].to_vec()).or_insert(0) += 1;
    }
    out
}

/// `(tp, fp, fn)` normalized by their sum, as the benchmark does.
fn tp_fp_fn(re: &Regex, truth: &str, pred: &str) -> (f64, f64, f64) {
    let (t, p) = (shingles(re, truth), shingles(re, pred));
    let mut tp = 0usize;
    let mut fp = 0usize;
    for (k, &c) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        tp += c.min(tc);
        fp += c.saturating_sub(tc);
    }
    let fnn: usize = t
        .iter()
        .map(|(k, &c)| c.saturating_sub(p.get(k).copied().unwrap_or(0)))
        .sum();
    let s = (tp + fp + fnn) as f64;
    if s == 0.0 {
        (0.0, 0.0, 0.0)
    } else {
        (tp as f64 / s, fp as f64 / s, fnn as f64 / s)
    }
}

#[test]
fn body_f1_on_article_extraction_benchmark() {
    let Some(dir) = data_dir() else {
        eprintln!("note: ../shared/data/article-extraction is absent, skipping the benchmark");
        return;
    };
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("ground-truth.json")).unwrap())
            .unwrap();
    let truth = truth.as_object().unwrap();
    let re = Regex::new(r"\w+").unwrap();
    let mut lines = Vec::new();
    let (mut ps, mut rs) = (Vec::new(), Vec::new());
    let mut rejected = Vec::new();
    for (key, gold) in truth {
        let path = dir.join("html").join(format!("{key}.html"));
        let bytes = std::fs::read(&path).unwrap();
        let html = String::from_utf8_lossy(&bytes);
        let article = corridor_clean::html::extract(&path.display().to_string(), &html);
        let body = match &article {
            Ok(a) => a.body.clone(),
            Err(e) => {
                rejected.push(format!("{key}: {e}"));
                String::new()
            }
        };
        if let Ok(a) = &article {
            lines.push(serde_json::to_string(a).unwrap());
        }
        let (tp, fp, fnn) = tp_fp_fn(&re, gold["articleBody"].as_str().unwrap_or(""), &body);
        if tp + fp > 0.0 {
            ps.push(if fp == 0.0 && fnn == 0.0 {
                1.0
            } else {
                tp / (tp + fp)
            });
        }
        if tp + fnn > 0.0 {
            rs.push(if fp == 0.0 && fnn == 0.0 {
                1.0
            } else {
                tp / (tp + fnn)
            });
        }
    }
    if let Some(tmp) = option_env!("CARGO_TARGET_TMPDIR") {
        let out = PathBuf::from(tmp).join("article-extraction.jsonl");
        std::fs::write(&out, lines.join("\n") + "\n").unwrap();
        eprintln!("predictions written to {}", out.display());
    }
    let p = ps.iter().sum::<f64>() / ps.len().max(1) as f64;
    let r = rs.iter().sum::<f64>() / rs.len().max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    eprintln!(
        "pages {}  rejected {}  precision {p:.3}  recall {r:.3}  F1 {f1:.3}",
        truth.len(),
        rejected.len()
    );
    assert!(rejected.is_empty(), "article pages rejected: {rejected:?}");
    assert!(f1 >= 0.97, "body F1 {f1:.3} fell below 0.97");
}
