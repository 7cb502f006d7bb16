//! Generalisation check for text segmentation on pages from many other sites: the shared
//! article-extraction benchmark's HTML pages (`../shared/data/article-extraction`), flattened to
//! text by a crude tag stripper (one line per block element, menus and footers left in), must
//! yield bodies close to the benchmark's article text. Skips with a note when the folder is absent.

use corridor_clean::text::segment;
use regex::Regex;
use std::path::PathBuf;

mod common;
use common::f1;

fn folder() -> Option<PathBuf> {
    let p =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/article-extraction");
    p.join("ground-truth.json").is_file().then_some(p)
}

/// HTML to scraped-page text: invisible elements dropped, block elements on their own lines.
fn flatten(html: &str) -> String {
    let hidden = Regex::new(r"(?is)<!--.*?-->|<(script|style|noscript|svg|template|iframe)\b.*?</(?:script|style|noscript|svg|template|iframe)\s*>").unwrap();
    let block = Regex::new(r"(?i)</?(?:p|div|br|li|h[1-6]|tr|section|article|header|footer|nav|ul|ol|table|blockquote|figcaption|figure|time|aside|form|title)\b[^>]*>").unwrap();
    let tag = Regex::new(r"(?s)<[^>]*>").unwrap();
    let num = Regex::new(r"&#(x?)([0-9a-fA-F]+);").unwrap();
    let t = hidden.replace_all(html, " ");
    let t = block.replace_all(&t, "\n");
    let t = tag.replace_all(&t, "");
    let t = num.replace_all(&t, |c: &regex::Captures<'_>| {
        let radix = if c[1].is_empty() { 10 } else { 16 };
        u32::from_str_radix(&c[2], radix)
            .ok()
            .and_then(char::from_u32)
            .map(String::from)
            .unwrap_or_default()
    });
    let t = t
        .replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    t.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn flattened_html_pages_meet_the_floor() {
    let Some(dir) = folder() else {
        eprintln!("note: ../shared/data/article-extraction not found, skipping");
        return;
    };
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("ground-truth.json")).unwrap())
            .unwrap();
    let mut scores = Vec::new();
    for (id, v) in truth.as_object().unwrap() {
        let Ok(html) = std::fs::read_to_string(dir.join("html").join(format!("{id}.html"))) else {
            continue;
        };
        let gold = v["articleBody"].as_str().unwrap_or("");
        let arts = segment(id, &flatten(&html));
        let best = arts.iter().map(|a| f1(&a.body, gold)).fold(0.0, f64::max);
        scores.push(best);
    }
    let mean = scores.iter().sum::<f64>() / scores.len().max(1) as f64;
    eprintln!(
        "article-extraction pages as text: body F1 {mean:.4} ({} pages)",
        scores.len()
    );
    assert!(scores.len() >= 50, "only {} pages read", scores.len());
    assert!(mean >= 0.83, "body F1 {mean:.4} below floor");
}
