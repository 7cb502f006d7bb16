//! The fast main-text path against trafilatura on the article-extraction benchmark
//! (`../shared/data/article-extraction`): on the pages whose fast result passes the quality
//! check, the fast path must score about as well as trafilatura does on the same pages.
//! Prints one line per page (`cargo test --test html_fast_pages -- --nocapture`).

mod shingles;

use corridor_clean::html::{extract_with, fast, MainText};

#[test]
fn fast_path_holds_quality_where_it_is_accepted() {
    let Some(dir) = shingles::data_dir() else {
        eprintln!("note: ../shared/data/article-extraction is absent, skipping");
        return;
    };
    let pages = shingles::pages(&dir);
    let mut accepted = Vec::new();
    for (key, gold, html) in &pages {
        let doc = scraper::Html::parse_document(html);
        let verdict = fast::main_text(&doc, true).map(|f| (fast::reject(&f), f));
        let second = fast::main_text(&doc, false).map(|f| fast::reject(&f));
        let accepted_now = fast::accept(&doc).is_ok();
        let slow = extract_with(key, html, MainText::Trafilatura)
            .map(|a| a.body)
            .unwrap_or_default();
        let quick = extract_with(key, html, MainText::Fast)
            .map(|a| a.body)
            .unwrap_or_default();
        if let Some(tmp) = option_env!("CARGO_TARGET_TMPDIR") {
            let d = std::path::Path::new(tmp).join("fast-pages");
            std::fs::create_dir_all(&d).unwrap();
            std::fs::write(d.join(format!("{}.fast", &key[..8])), &quick).unwrap();
            std::fs::write(d.join(format!("{}.slow", &key[..8])), &slow).unwrap();
            std::fs::write(d.join(format!("{}.gold", &key[..8])), gold).unwrap();
        }
        let f = |b: &str| shingles::score([(gold.as_str(), b)]).2;
        let why = match &verdict {
            None => "no text".to_string(),
            Some((None, _)) => "accepted".to_string(),
            Some((Some(w), _)) => w.to_string(),
        };
        let why = format!("{why} / then {second:?} / accepted {accepted_now}");
        let (share, junk) = verdict
            .as_ref()
            .map(|(_, f)| (f.prose_inside as f64 / f.prose_total.max(1) as f64, f.junk))
            .unwrap_or((0.0, 0.0));
        let (p, r, _) = shingles::score([(gold.as_str(), quick.as_str())]);
        eprintln!(
            "{}  fast {:.3} (P {p:.2} R {r:.2})  trafilatura {:.3}  inside {share:.2}  junk {junk:.2}  {why}",
            &key[..8],
            f(&quick),
            f(&slow)
        );
        if accepted_now {
            accepted.push((gold.as_str(), quick, slow));
        }
    }
    let (_, _, fast_f1) = shingles::score(accepted.iter().map(|(g, q, _)| (*g, q.as_str())));
    let (_, _, slow_f1) = shingles::score(accepted.iter().map(|(g, _, s)| (*g, s.as_str())));
    eprintln!(
        "accepted {}/{}: fast F1 {fast_f1:.3}, trafilatura F1 {slow_f1:.3} on the same pages",
        accepted.len(),
        pages.len()
    );
    assert!(
        fast_f1 >= slow_f1 - 0.01,
        "fast path {fast_f1:.3} against trafilatura {slow_f1:.3}"
    );
}
