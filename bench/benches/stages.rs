//! Per-stage benchmarks over generated articles: ingest/decode, clean, the whole extract, and the
//! extract finders one by one. Each asserts a count, so a broken fast path fails instead of looking fast.
//!
//! `cargo bench -p corridor-bench` (CI compiles them with `cargo bench --no-run`).

use corridor_bench::corpus;
use corridor_extract::{Doc, Extractor};
use corridor_model::Article;
use divan::counter::{BytesCount, ItemsCount};
use divan::Bencher;

const N: u64 = 64;

fn texts() -> Vec<String> {
    (0..N).map(|n| corpus::article(42, n).text).collect()
}

fn articles() -> Vec<Article> {
    texts()
        .iter()
        .enumerate()
        .flat_map(|(i, t)| {
            let doc = corridor_ingest::RawDoc {
                source: format!("bench-{i}.txt"),
                url: None,
                content: corridor_ingest::Content::Text(t.clone()),
                given: Default::default(),
            };
            corridor_clean::clean(&doc).expect("generated article cleans")
        })
        .collect()
}

fn bytes(a: &[Article]) -> usize {
    a.iter().map(|a| a.body.len()).sum()
}

#[divan::bench]
fn clean_text(b: Bencher) {
    let t = texts();
    let total: usize = t.iter().map(|s| s.len()).sum();
    b.counter(BytesCount::new(total)).counter(ItemsCount::new(t.len())).bench(|| {
        let mut n = 0;
        for (i, text) in t.iter().enumerate() {
            let doc = corridor_ingest::RawDoc {
                source: format!("b{i}"),
                url: None,
                content: corridor_ingest::Content::Text(text.clone()),
                given: Default::default(),
            };
            n += corridor_clean::clean(&doc).map(|v| v.len()).unwrap_or(0);
        }
        assert_eq!(n, t.len());
    });
}

#[divan::bench]
fn extract_all(b: Bencher) {
    let a = articles();
    let ex = Extractor::new();
    b.counter(BytesCount::new(bytes(&a))).counter(ItemsCount::new(a.len())).bench(|| {
        let n: usize = a.iter().map(|x| ex.extract(x).dates.len()).sum();
        assert!(n >= a.len(), "every generated article states dates: {n}");
    });
}

#[divan::bench]
fn dates(b: Bencher) {
    let a = articles();
    b.counter(BytesCount::new(bytes(&a))).bench(|| {
        let n: usize = a.iter().map(|x| corridor_extract::date::find(&Doc::new(x)).len()).sum();
        assert!(n >= a.len());
    });
}

#[divan::bench]
fn figures(b: Bencher) {
    let a = articles();
    b.counter(BytesCount::new(bytes(&a))).bench(|| {
        let n: usize = a.iter().map(|x| corridor_extract::money::find(&Doc::new(x)).len()).sum();
        assert!(n >= a.len(), "every generated article states a trade figure: {n}");
    });
}

#[divan::bench]
fn tokens_and_sentences(b: Bencher) {
    let a = articles();
    b.counter(BytesCount::new(bytes(&a))).bench(|| {
        let n: usize = a.iter().map(|x| Doc::new(x).sentences.len()).sum();
        assert!(n >= 3 * a.len());
    });
}

fn main() {
    divan::main();
}
