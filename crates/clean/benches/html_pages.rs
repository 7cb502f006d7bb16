//! HTML cleaning speed on the article-extraction pages (`../shared/data/article-extraction/html`,
//! 60 real pages): the default path (fast main text, trafilatura when its quality check fails)
//! against trafilatura alone. Each run asserts that every page yields an article, so a broken
//! fast path fails instead of looking fast. Without the shared folder it runs on one page of
//! our own.
//!
//!     cargo bench -p corridor-clean --bench html_pages

use corridor_clean::html::{extract_with, MainText};

fn main() {
    divan::main();
}

/// Our own page, used when the shared pages are absent.
const OWN: &str = "<html><head><title>Ferry line opens | Coast Post</title></head><body>
<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Ferry line opens</h1>
<p>A new ferry line between the two island towns opened on Monday, with four crossings a day in
summer and two in winter, the operator said.</p>
<p>Tickets cost less than the old bus-and-boat route, and bicycles travel free of charge, a
spokeswoman for the operator told reporters at the pier.</p>
<p>The line is run with two boats bought second-hand last year, and a third boat, now being
refitted, is to join them in the spring.</p></article></body></html>";

fn pages() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/article-extraction/html");
    let mut out: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
                .filter_map(|e| std::fs::read(e.path()).ok())
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .collect()
        })
        .unwrap_or_default();
    if out.is_empty() {
        eprintln!(
            "note: {} is absent, benchmarking one page of our own",
            dir.display()
        );
        out.push(OWN.to_string());
    }
    out
}

fn run(bencher: divan::Bencher, path: MainText) {
    let pages = pages();
    let bytes: usize = pages.iter().map(String::len).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            let n = pages
                .iter()
                .filter(|p| extract_with("page.html", p, path).is_ok())
                .count();
            assert_eq!(n, pages.len(), "every page yields an article");
            n
        });
}

/// The default path: fast main text, trafilatura as the fallback.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn all_pages_default(bencher: divan::Bencher) {
    run(bencher, MainText::Fast);
}

/// Trafilatura only, as before the fast path.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn all_pages_trafilatura(bencher: divan::Bencher) {
    run(bencher, MainText::Trafilatura);
}

/// The floor: html5ever parsing every page once into a scraper DOM, nothing else.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn all_pages_parse_only(bencher: divan::Bencher) {
    let pages = pages();
    let bytes: usize = pages.iter().map(String::len).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            let nodes: usize = pages
                .iter()
                .map(|p| scraper::Html::parse_document(p).tree.nodes().count())
                .sum();
            assert!(nodes > pages.len(), "every page has nodes");
            nodes
        });
}
