//! Per-stage benchmarks over generated articles: ingest/decode (JSON Lines and text), clean (text
//! and HTML pages), tokens and sentences, the tagger (ner), entities, dates, figures, events, and the
//! whole extract. Each reports bytes/s and articles/s and asserts a count, so a broken fast path
//! fails instead of looking fast.
//!
//! `cargo bench -p corridor-bench` (CI compiles them with `cargo bench --no-run -p corridor-bench`).

use corridor_bench::corpus;
use corridor_extract::{Doc, Extractor};
use corridor_ingest::{Content, Limits, RawDoc};
use corridor_model::Article;
use divan::counter::{BytesCount, ItemsCount};
use divan::Bencher;
use std::sync::LazyLock;

/// Articles per iteration.
const N: u64 = 64;

static TEXTS: LazyLock<Vec<String>> =
    LazyLock::new(|| (0..N).map(|n| corpus::article(42, n).text).collect());

static PAGES: LazyLock<Vec<String>> = LazyLock::new(|| {
    (0..N)
        .map(|n| corpus::html(&corpus::article(42, n)))
        .collect()
});

static ARTICLES: LazyLock<Vec<Article>> = LazyLock::new(|| {
    TEXTS
        .iter()
        .enumerate()
        .flat_map(|(i, t)| {
            corridor_clean::clean(&raw(i, Content::Text(t.clone())))
                .expect("generated article cleans")
        })
        .collect()
});

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fn raw(i: usize, content: Content) -> RawDoc {
    RawDoc {
        source: format!("bench-{i}"),
        url: None,
        content,
        given: Default::default(),
    }
}

fn body_bytes(a: &[Article]) -> usize {
    a.iter().map(|a| a.body.len()).sum()
}

/// Counters of one pass over the cleaned articles.
fn over_articles<'a, 'b>(b: Bencher<'a, 'b>) -> Bencher<'a, 'b> {
    let a = &*ARTICLES;
    assert_eq!(a.len(), N as usize, "one article per generated text");
    b.counter(BytesCount::new(body_bytes(a)))
        .counter(ItemsCount::new(a.len()))
}

#[divan::bench]
fn ingest_jsonl(b: Bencher) {
    let mut blob = Vec::new();
    for (i, t) in TEXTS.iter().enumerate() {
        blob.extend_from_slice(
            serde_json::json!({"id": format!("a{i}"), "text": t})
                .to_string()
                .as_bytes(),
        );
        blob.push(b'\n');
    }
    b.counter(BytesCount::new(blob.len()))
        .counter(ItemsCount::new(TEXTS.len()))
        .bench(|| {
            let docs = corridor_ingest::read_bytes("bench.jsonl", &blob, Limits::default());
            let ok = docs
                .iter()
                .filter(|d| {
                    matches!(
                        d,
                        Ok(RawDoc {
                            content: Content::Text(_),
                            ..
                        })
                    )
                })
                .count();
            assert_eq!(ok, TEXTS.len());
        });
}

#[divan::bench]
fn ingest_text_latin1(b: Bencher) {
    // A Windows-1252 page (curly quotes, a non-breaking space) that has to be decoded.
    let mut page = TEXTS[0].as_bytes().to_vec();
    page.extend_from_slice(b"\n\x93Quoted\x94 and\xa0spaced \x96 caf\xe9.\n");
    b.counter(BytesCount::new(page.len())).bench(|| {
        let docs = corridor_ingest::read_bytes("bench.txt", &page, Limits::default());
        let Some(Ok(RawDoc {
            content: Content::Text(t),
            ..
        })) = docs.first()
        else {
            panic!("decoded: {docs:?}")
        };
        assert!(t.contains("café"), "{t}");
    });
}

#[divan::bench]
fn clean_text(b: Bencher) {
    let t = &*TEXTS;
    let total: usize = t.iter().map(|s| s.len()).sum();
    let docs: Vec<RawDoc> = t
        .iter()
        .enumerate()
        .map(|(i, s)| raw(i, Content::Text(s.clone())))
        .collect();
    b.counter(BytesCount::new(total))
        .counter(ItemsCount::new(t.len()))
        .bench(|| {
            let n: usize = docs
                .iter()
                .map(|d| corridor_clean::clean(d).map(|v| v.len()).unwrap_or(0))
                .sum();
            assert_eq!(n, t.len());
        });
}

#[divan::bench]
fn clean_html(b: Bencher) {
    let p = &*PAGES;
    let total: usize = p.iter().map(|s| s.len()).sum();
    let docs: Vec<RawDoc> = p
        .iter()
        .enumerate()
        .map(|(i, s)| raw(i, Content::Html(s.clone())))
        .collect();
    b.counter(BytesCount::new(total))
        .counter(ItemsCount::new(p.len()))
        .bench(|| {
            let mut n = 0;
            for d in &docs {
                for a in corridor_clean::clean(d).unwrap_or_default() {
                    // The main text keeps the story and drops the footer.
                    n += usize::from(
                        a.body.contains("memorandum of understanding")
                            && !a.body.contains("All rights reserved"),
                    );
                }
            }
            assert_eq!(n, p.len());
        });
}

#[divan::bench]
fn tokens_and_sentences(b: Bencher) {
    over_articles(b).bench(|| {
        let n: usize = ARTICLES.iter().map(|x| Doc::new(x).sentences.len()).sum();
        assert!(n >= 3 * ARTICLES.len(), "{n}");
    });
}

#[divan::bench]
fn tag_ner(b: Bencher) {
    let tagger = corridor_extract::ner::Tagger::new();
    let docs: Vec<Doc> = ARTICLES.iter().map(Doc::new).collect();
    over_articles(b).bench(|| {
        let n: usize = docs.iter().map(|d| tagger.tag(d).len()).sum();
        // Each article names two countries, a city and two persons.
        assert!(n >= 3 * docs.len(), "{n}");
    });
}

#[divan::bench]
fn entities(b: Bencher) {
    let finder = corridor_extract::entities::EntityFinder::new();
    let docs: Vec<Doc> = ARTICLES.iter().map(Doc::new).collect();
    over_articles(b).bench(|| {
        let n: usize = docs.iter().map(|d| finder.find(d).len()).sum();
        assert!(n >= 3 * docs.len(), "{n}");
    });
}

#[divan::bench]
fn dates(b: Bencher) {
    let docs: Vec<Doc> = ARTICLES.iter().map(Doc::new).collect();
    over_articles(b).bench(|| {
        let n: usize = docs
            .iter()
            .map(|d| corridor_extract::date::find(d).len())
            .sum();
        // The trade year and the visit's day at least.
        assert!(n >= 2 * docs.len(), "{n}");
    });
}

#[divan::bench]
fn figures(b: Bencher) {
    let docs: Vec<Doc> = ARTICLES.iter().map(Doc::new).collect();
    over_articles(b).bench(|| {
        let n: usize = docs
            .iter()
            .map(|d| corridor_extract::money::find(d).len())
            .sum();
        // The trade value and its growth rate.
        assert!(
            n >= 2 * docs.len(),
            "every generated article states a trade figure and a rate: {n}"
        );
    });
}

#[divan::bench]
fn events(b: Bencher) {
    let finder = corridor_extract::entities::EntityFinder::new();
    let prepared: Vec<_> = ARTICLES
        .iter()
        .map(|a| {
            let d = Doc::new(a);
            let found = finder.find(&d);
            let dates = corridor_extract::date::find(&d);
            (d, found, dates)
        })
        .collect();
    over_articles(b).bench(|| {
        let n: usize = prepared
            .iter()
            .map(|(d, f, ds)| {
                let e = corridor_extract::events::find_all(d, f, ds, &[]);
                e.dated.len() + e.undated.len()
            })
            .sum();
        // A meeting and a visit with an MoU signing in every article.
        assert!(n >= docs_len(), "{n}");
    });
}

fn docs_len() -> usize {
    ARTICLES.len()
}

#[divan::bench]
fn extract_all(b: Bencher) {
    let ex = &*EXTRACTOR;
    over_articles(b).bench(|| {
        let mut dates = 0;
        let mut figures = 0;
        let mut entities = 0;
        for x in ARTICLES.iter() {
            let e = ex.extract(x);
            dates += e.dates.len();
            figures += e.figures.len();
            entities += e.entities.len();
        }
        let n = ARTICLES.len();
        assert!(
            dates >= n && figures >= 2 * n && entities >= 3 * n,
            "{dates} {figures} {entities}"
        );
    });
}

fn main() {
    divan::main();
}
