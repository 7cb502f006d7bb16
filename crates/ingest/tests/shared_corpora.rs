//! The shared corpora (`../shared`, beside the workspace) read cleanly: the dev articles as
//! text, the article-extraction benchmark pages as HTML, each decoded without replacement
//! characters. Skips with a note when `../shared` is absent.

use corridor_ingest::{Content, Inputs, Kind};
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "note: {} is absent; skipping the shared-corpus checks",
            dir.display()
        );
        None
    }
}

/// Reads `dir`, checks every record is of `kind`, and returns (records, records holding U+FFFD).
fn read_all(dir: PathBuf, kind: Kind) -> (usize, Vec<String>) {
    let mut n = 0;
    let mut mangled = Vec::new();
    for r in Inputs::new([dir.to_string_lossy().to_string()]).tagged() {
        let (k, doc) = r.unwrap_or_else(|e| panic!("{e}"));
        let path = doc.source.clone();
        if path.contains(".json") || path.ends_with("LICENSE") {
            continue;
        }
        assert_eq!(k, kind, "{path}");
        let body = match &doc.content {
            Content::Text(t) | Content::Html(t) => t,
        };
        // A replacement character the file itself holds is not a decoding fault.
        let raw_has_it =
            std::fs::read(&path).is_ok_and(|b| b.windows(3).any(|w| w == "\u{fffd}".as_bytes()));
        if body.contains('\u{fffd}') && !raw_has_it {
            mangled.push(path);
        }
        n += 1;
    }
    (n, mangled)
}

#[test]
fn dev_articles_read_as_text() {
    let Some(shared) = shared() else { return };
    let dev = shared.join("dev");
    let (n, mangled) = read_all(dev, Kind::Text);
    eprintln!("dev: {n} text records, {} with U+FFFD", mangled.len());
    assert!(n >= 20, "only {n} dev records");
    assert!(mangled.is_empty(), "{mangled:?}");
}

#[test]
fn benchmark_pages_read_as_html() {
    let Some(shared) = shared() else { return };
    let html = shared.join("data/article-extraction/html");
    if !html.is_dir() {
        eprintln!("note: {} is absent; skipping", html.display());
        return;
    }
    let (n, mangled) = read_all(html, Kind::Html);
    eprintln!(
        "article-extraction: {n} HTML records, {} with U+FFFD from decoding: {mangled:?}",
        mangled.len()
    );
    assert!(n >= 50, "only {n} pages");
    assert!(
        mangled.len() * 20 <= n,
        "too many pages decoded with replacement characters: {mangled:?}"
    );
}
