//! Paths: directories walked recursively in sorted order with hidden entries skipped,
//! unreadable paths reported by name, and the lazy iterator's input order.

use corridor_ingest::{read_inputs, Inputs, Kind};
use std::fs;

#[test]
fn directories_are_walked_sorted_recursive_without_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("b/inner")).unwrap();
    fs::create_dir_all(root.join(".git")).unwrap();
    fs::write(root.join("c.txt"), "Third story.").unwrap();
    fs::write(root.join("a.txt"), "First story.").unwrap();
    fs::write(root.join("b/inner/z.txt"), "Nested story.").unwrap();
    fs::write(root.join("b/m.html"), "<p>Page</p>").unwrap();
    fs::write(root.join(".hidden.txt"), "skip me").unwrap();
    fs::write(root.join(".git/config"), "skip me too").unwrap();
    let arg = root.to_string_lossy().to_string();
    let sources: Vec<String> = read_inputs(std::slice::from_ref(&arg))
        .into_iter()
        .map(|r| r.unwrap().source)
        .collect();
    let rel: Vec<String> = sources
        .iter()
        .map(|s| s[arg.len() + 1..].to_string())
        .collect();
    assert_eq!(rel, ["a.txt", "b/inner/z.txt", "b/m.html", "c.txt"]);
    // A hidden file named outright is read.
    let hidden = root.join(".hidden.txt").to_string_lossy().to_string();
    assert!(read_inputs(&[hidden])[0].is_ok());
}

#[test]
fn bad_paths_fail_alone_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    let empty = dir.path().join("empty.txt");
    fs::write(&good, "Kazakhstan and China opened a crossing.").unwrap();
    fs::write(&empty, "").unwrap();
    let missing = dir.path().join("missing.txt");
    let args: Vec<String> = [&good, &empty, &missing, &good]
        .iter()
        .map(|p| p.to_string_lossy().to_string())
        .collect();
    let got = read_inputs(&args);
    assert_eq!(got.len(), 4);
    assert!(got[0].is_ok() && got[3].is_ok());
    let e = got[1].as_ref().unwrap_err();
    assert_eq!(e.to_string(), format!("{}: empty input", args[1]));
    let e = got[2].as_ref().unwrap_err();
    assert_eq!(e.code(), "unreadable");
    assert!(
        e.to_string()
            .starts_with(&format!("{}: cannot read:", args[2])),
        "{e}"
    );
}

#[test]
fn the_iterator_is_lazy_and_tags_kinds() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.jsonl"),
        "{\"text\": \"one\"}\n{\"text\": \"two\"}\n",
    )
    .unwrap();
    fs::write(dir.path().join("b.html"), "<p>three</p>").unwrap();
    let arg = dir.path().to_string_lossy().to_string();
    let mut it = Inputs::new([arg.clone()]).tagged();
    // Removing a file after the first record was read shows files open only when reached.
    let (kind, first) = it.next().unwrap().unwrap();
    assert_eq!(
        (kind, first.source),
        (Kind::Jsonl, format!("{arg}/a.jsonl#1"))
    );
    fs::remove_file(dir.path().join("b.html")).unwrap();
    assert_eq!(it.next().unwrap().unwrap().0, Kind::Jsonl);
    let gone = it.next().unwrap().unwrap_err();
    assert_eq!(gone.code(), "unreadable");
    assert!(it.next().is_none());
}
