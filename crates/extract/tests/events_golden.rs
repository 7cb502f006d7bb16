//! Golden tests over the fixtures in `testdata/events/` (this project's own writing): whole
//! articles through the whole extractor, checking the events a reader would list.
//!
//! Each fixture has a header of `# published: DATE`, `# event: type | start | status or - |
//! participants that must be among the event's` and `# absent: type | start` lines, then `---`
//! and the body.

use corridor_extract::Extractor;
use corridor_model::{Article, Event};
use std::path::PathBuf;

struct Fixture {
    name: String,
    published: Option<String>,
    expect: Vec<(String, String, Option<String>, Vec<String>)>,
    absent: Vec<(String, String)>,
    body: String,
}

fn fields(line: &str) -> Vec<String> {
    line.split('|').map(|f| f.trim().to_string()).collect()
}

fn load(path: &std::path::Path) -> Fixture {
    let text = std::fs::read_to_string(path).expect("fixture readable");
    let (head, body) = text.split_once("\n---\n").expect("fixture has a --- line");
    let mut f = Fixture {
        name: path.file_name().unwrap().to_string_lossy().into_owned(),
        published: None,
        expect: vec![],
        absent: vec![],
        body: body.to_string(),
    };
    for line in head.lines() {
        if let Some(v) = line.strip_prefix("# published:") {
            f.published = Some(v.trim().to_string());
        } else if let Some(v) = line.strip_prefix("# event:") {
            let x = fields(v);
            let status = (x[2] != "-").then(|| x[2].clone());
            let parts = x
                .get(3)
                .map(|p| p.split(',').map(|s| s.trim().to_string()).collect())
                .unwrap_or_default();
            f.expect.push((x[0].clone(), x[1].clone(), status, parts));
        } else if let Some(v) = line.strip_prefix("# absent:") {
            let x = fields(v);
            f.absent.push((x[0].clone(), x[1].clone()));
        }
    }
    f
}

fn kind(e: &Event) -> String {
    serde_json::to_value(e.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[test]
fn events_of_own_fixtures() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/events");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("testdata/events exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 4, "fixtures missing in {}", dir.display());
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for path in paths {
        let f = load(&path);
        let mut article = Article::new(f.name.clone(), f.body.clone());
        article.published = f.published.clone();
        let out = ex.extract(&article);
        let got: Vec<String> = out
            .events
            .iter()
            .map(|e| {
                format!(
                    "{} {} {:?} {:?}",
                    kind(e),
                    e.start.as_deref().unwrap_or("-"),
                    e.status,
                    e.participants
                )
            })
            .collect();
        for (k, start, status, parts) in &f.expect {
            let hit = out.events.iter().find(|e| {
                kind(e) == *k && e.start.as_deref() == Some(start.as_str()) && e.status == *status
            });
            match hit {
                None => failures.push(format!("{}: no {k} {start} {status:?} in {got:#?}", f.name)),
                Some(e) => {
                    for p in parts.iter().filter(|p| !p.is_empty()) {
                        if !e.participants.contains(p) {
                            failures.push(format!("{}: {k} {start} lacks {p}: {got:#?}", f.name));
                        }
                    }
                }
            }
        }
        for (k, start) in &f.absent {
            if out
                .events
                .iter()
                .any(|e| kind(e) == *k && e.start.as_deref() == Some(start.as_str()))
            {
                failures.push(format!("{}: unexpected {k} {start} in {got:#?}", f.name));
            }
        }
        for e in &out.events {
            assert!(
                e.evidence.end > e.evidence.start,
                "{}: empty evidence",
                f.name
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
