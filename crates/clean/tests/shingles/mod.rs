//! The article-extraction benchmark's metric, as `shared/eval/score_articles.py` computes it:
//! 4-token shingles of `\w+` tokens, TP/FP/FN normalized per page, precision and recall
//! averaged over pages.

use std::collections::HashMap;
use std::path::PathBuf;

use regex::Regex;

/// `../shared/data/article-extraction` when it holds the ground truth.
pub fn data_dir() -> Option<PathBuf> {
    let d =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/article-extraction");
    d.join("ground-truth.json").exists().then_some(d)
}

/// `(page key, gold body, page HTML)` of every page of the benchmark.
pub fn pages(dir: &std::path::Path) -> Vec<(String, String, String)> {
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("ground-truth.json")).unwrap())
            .unwrap();
    let mut out = Vec::new();
    for (key, gold) in truth.as_object().unwrap() {
        let bytes = std::fs::read(dir.join("html").join(format!("{key}.html"))).unwrap();
        let html = String::from_utf8_lossy(&bytes).into_owned();
        let gold = gold["articleBody"].as_str().unwrap_or("").to_string();
        out.push((key.clone(), gold, html));
    }
    out
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
pub fn tp_fp_fn(truth: &str, pred: &str) -> (f64, f64, f64) {
    let re = Regex::new(r"\w+").unwrap();
    let (t, p) = (shingles(&re, truth), shingles(&re, pred));
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

/// Precision, recall and F1 averaged over pages the benchmark's way, from `(truth, prediction)`.
pub fn score<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (f64, f64, f64) {
    let (mut ps, mut rs) = (Vec::new(), Vec::new());
    for (truth, pred) in pairs {
        let (tp, fp, fnn) = tp_fp_fn(truth, pred);
        let exact = fp == 0.0 && fnn == 0.0;
        if tp + fp > 0.0 {
            ps.push(if exact { 1.0 } else { tp / (tp + fp) });
        }
        if tp + fnn > 0.0 {
            rs.push(if exact { 1.0 } else { tp / (tp + fnn) });
        }
    }
    let p = ps.iter().sum::<f64>() / ps.len().max(1) as f64;
    let r = rs.iter().sum::<f64>() / rs.len().max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f1)
}
