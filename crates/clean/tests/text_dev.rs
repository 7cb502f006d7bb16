//! Scores text segmentation on the shared dev pages (`../shared/dev`, gold in `dev/gold`) the way
//! `eval/score.py` does for body, title, published and outlet, and fails below the floors.
//! Skips with a note when the shared folder is absent. Set `TEXT_DEV_OUT=path.jsonl` to write the
//! predictions for `score.py --verbose`.

use corridor_clean::{language, text};
use serde_json::{json, Value};
use std::path::PathBuf;

mod common;
use common::f1;

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/dev");
    p.join("gold").is_dir().then_some(p)
}

/// score.py's `norm`: lower case, hyphens to spaces, punctuation dropped, a leading "the" dropped.
fn norm(s: Option<&str>) -> String {
    let s = s
        .unwrap_or("")
        .to_lowercase()
        .replace('\u{2019}', "'")
        .replace(['-', '\u{2013}'], " ");
    let s: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '\'' || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    let s = s.trim();
    let s = s.strip_prefix("the ").unwrap_or(s);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn dev_pages_meet_the_floors() {
    let Some(dir) = shared() else {
        eprintln!("note: ../shared/dev not found, skipping the dev-set check");
        return;
    };
    let mut out = Vec::new();
    let (mut bodies, mut titles, mut dates, mut outlets) = (vec![], vec![], vec![], vec![]);
    let mut gold_files: Vec<PathBuf> = std::fs::read_dir(dir.join("gold"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    gold_files.sort();
    for gp in gold_files {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&gp).unwrap()).unwrap();
        let name = gp.file_stem().unwrap().to_string_lossy().to_string();
        let page = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let arts = text::segment(&format!("dev/{name}.txt"), &page);
        let gbody = gold["body"].as_str().unwrap_or("");
        // like score.py: the article whose body overlaps gold most is scored
        let best = arts
            .iter()
            .max_by(|a, b| f1(&a.body, gbody).total_cmp(&f1(&b.body, gbody)));
        let (body, title, published, outlet) = match best {
            Some(a) => (
                a.body.as_str(),
                a.title.as_deref(),
                a.published.as_deref(),
                a.outlet.as_deref(),
            ),
            None => ("", None, None, None),
        };
        bodies.push(f1(body, gbody));
        titles.push(norm(title) == norm(gold["title"].as_str()));
        if let Some(g) = gold["published"].as_str() {
            dates.push(published.unwrap_or("").get(..10) == g.get(..10));
        }
        if let Some(g) = gold["outlet"].as_str() {
            outlets.push(norm(outlet) == norm(Some(g)));
        }
        for a in &arts {
            let lang = language::detect(&a.body);
            out.push(json!({"source": a.source, "title": a.title, "published": a.published, "outlet": a.outlet,
                            "language": lang, "body": a.body}).to_string());
        }
    }
    if let Ok(p) = std::env::var("TEXT_DEV_OUT") {
        std::fs::write(p, out.join("\n") + "\n").unwrap();
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    let share = |v: &[bool]| v.iter().filter(|b| **b).count() as f64 / v.len().max(1) as f64;
    let (b, t, d, o) = (
        mean(&bodies),
        share(&titles),
        share(&dates),
        share(&outlets),
    );
    eprintln!(
        "dev: body_f1 {b:.4} title {t:.3} published {d:.3} outlet {o:.3} ({} pages)",
        bodies.len()
    );
    assert!(b >= 0.97, "body F1 {b:.4} below floor");
    assert!(t >= 0.88, "title accuracy {t:.3} below floor");
    assert!(d >= 0.88, "published accuracy {d:.3} below floor");
    assert!(o >= 0.80, "outlet accuracy {o:.3} below floor");
}

/// The dev pages rewritten the way other scrapers and sites lay them out: single newlines,
/// CRLF, a menu and login bar on top, a related-news list and a cookie banner at the bottom.
fn variants(page: &str) -> Vec<String> {
    let single = page.replace("\n\n", "\n");
    let crlf = page.replace('\n', "\r\n");
    let menu = format!("Home | News | World | Business | Sports\n\nSearch\n\nLog in\n\n{page}");
    let tail = format!(
        "{page}\n\nRelated News\n\nPort authority opens new berth\n\nFestival season begins in the north\n\n\
         Share this article\n\nWe use cookies to give you the best experience. Accept all cookies\n"
    );
    vec![single, crlf, menu, tail]
}

#[test]
fn dev_pages_survive_layout_variants() {
    let Some(dir) = shared() else {
        eprintln!("note: ../shared/dev not found, skipping the layout-variant check");
        return;
    };
    let mut scores = Vec::new();
    let mut titles = Vec::new();
    let mut gold_files: Vec<PathBuf> = std::fs::read_dir(dir.join("gold"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    gold_files.sort();
    for gp in gold_files {
        let gold: Value = serde_json::from_str(&std::fs::read_to_string(&gp).unwrap()).unwrap();
        let name = gp.file_stem().unwrap().to_string_lossy().to_string();
        let page = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let gbody = gold["body"].as_str().unwrap_or("");
        for v in variants(&page) {
            let arts = text::segment("v.txt", &v);
            let best = arts
                .iter()
                .max_by(|a, b| f1(&a.body, gbody).total_cmp(&f1(&b.body, gbody)));
            scores.push(best.map_or(0.0, |a| f1(&a.body, gbody)));
            titles
                .push(norm(best.and_then(|a| a.title.as_deref())) == norm(gold["title"].as_str()));
        }
    }
    let mean = scores.iter().sum::<f64>() / scores.len().max(1) as f64;
    let t = titles.iter().filter(|b| **b).count() as f64 / titles.len().max(1) as f64;
    eprintln!(
        "dev layout variants: body_f1 {mean:.4} title {t:.3} ({} pages)",
        scores.len()
    );
    assert!(mean >= 0.97, "body F1 {mean:.4} below floor");
    assert!(t >= 0.85, "title accuracy {t:.3} below floor");
}
