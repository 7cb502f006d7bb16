//! Search latency on the dev knowledge base (and a larger synthetic one).
//!
//! `cargo bench -p corridor-store --bench search` builds a knowledge base in a temporary
//! directory from `../shared/dev/*.txt` (title: first line, body: the rest; read at run time,
//! nothing copied), or uses `$CORRIDOR_DATA` when set (a KB made by `corridor ingest`), then
//! runs a fixed set of queries many times and prints p50/p99/max per set. It checks itself:
//! it fails when a query that must match finds nothing, or when p99 exceeds 50 ms.

use corridor_model::{Article, Extraction, Record};
use corridor_store::{EmbeddedStore, Store};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const QUERIES: &[&str] = &[
    "ASEAN",
    "China Central Asia",
    "railway",
    "trade cooperation",
    "\"Belt and Road\"",
    "summit",
    "investment AND energy",
    "port OR logistics",
    "secretariat",
    "minister visit",
];
const ROUNDS: usize = 100;
const P99_BUDGET: Duration = Duration::from_millis(50);

fn shared_dev() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/dev");
    p.is_dir().then_some(p)
}

fn dev_records(dir: &Path) -> Vec<Record> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let (title, body) = text.split_once('\n').unwrap_or((text.as_str(), ""));
            let mut a = Article::new(p.display().to_string(), body.trim());
            a.title = Some(title.trim().to_string());
            Some(Record {
                article: a,
                extraction: Extraction::default(),
            })
        })
        .collect()
}

fn synthetic(n: usize) -> Vec<Record> {
    let words = [
        "railway",
        "port",
        "trade",
        "cooperation",
        "ASEAN",
        "China",
        "Central",
        "Asia",
        "summit",
        "minister",
        "visit",
        "energy",
        "investment",
        "logistics",
        "corridor",
        "customs",
        "digital",
        "Belt",
        "Road",
        "secretariat",
        "forum",
        "agreement",
        "launch",
        "freight",
        "border",
        "tourism",
        "students",
        "culture",
        "finance",
        "water",
    ];
    let mut x = 88_172_645_463_325_252u64;
    (0..n)
        .map(|i| {
            let body: Vec<&str> = (0..400)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    words[(x % words.len() as u64) as usize]
                })
                .collect();
            let mut a = Article::new(
                format!("synthetic/{i}"),
                format!("Item {i}. {}.", body.join(" ")),
            );
            a.title = Some(format!("Synthetic story {i}"));
            Record {
                article: a,
                extraction: Extraction::default(),
            }
        })
        .collect()
}

fn measure(name: &str, store: &EmbeddedStore) -> Duration {
    let mut times = Vec::with_capacity(ROUNDS * QUERIES.len());
    let mut matched = 0usize;
    for _ in 0..ROUNDS {
        for q in QUERIES {
            let t = Instant::now();
            let r = store.search(q, 10, 0).expect("search");
            times.push(t.elapsed());
            matched += r.total;
        }
    }
    assert!(
        matched > 0,
        "{name}: no query matched anything: the index is broken"
    );
    times.sort();
    let pct = |p: f64| times[((times.len() - 1) as f64 * p) as usize];
    let stats = store.stats().expect("stats");
    println!(
        "{name}: {} articles, {} searches: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        stats.articles,
        times.len(),
        pct(0.5).as_secs_f64() * 1e3,
        pct(0.99).as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3
    );
    pct(0.99)
}

fn main() {
    let mut worst = Duration::ZERO;
    if let Some(data) = std::env::var_os("CORRIDOR_DATA") {
        let store = EmbeddedStore::open(&data).expect("open $CORRIDOR_DATA");
        worst = worst.max(measure("CORRIDOR_DATA", &store));
    } else if let Some(dev) = shared_dev() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = EmbeddedStore::open(dir.path()).expect("open");
        store.add_records(&dev_records(&dev)).expect("store dev");
        worst = worst.max(measure("dev", &store));
    } else {
        println!("note: ../shared/dev not found, dev knowledge base skipped");
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let store = EmbeddedStore::open(dir.path()).expect("open");
    let t = Instant::now();
    for chunk in synthetic(5_000).chunks(500) {
        store.add_records(chunk).expect("store synthetic");
    }
    println!(
        "synthetic: stored 5000 articles in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    worst = worst.max(measure("synthetic", &store));
    assert!(worst <= P99_BUDGET, "p99 {worst:?} exceeds {P99_BUDGET:?}");
}
