//! `corridor ingest` and `corridor stats` end to end: idempotency, near-duplicates, and a
//! `kill -9` in the middle of an ingest followed by a re-run matching a clean run exactly.
//! The articles are generated here; the dev set is read from `../shared` when present.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_corridor");

const PLACES: &[&str] = &[
    "Kunming",
    "Vientiane",
    "Almaty",
    "Tashkent",
    "Bishkek",
    "Nanning",
    "Dushanbe",
    "Ashgabat",
    "Phnom Penh",
    "Hanoi",
];
const TOPICS: &[&str] = &[
    "a cross-border freight railway",
    "a dry port",
    "a digital trade platform",
    "a solar power plant",
    "a vocational training centre",
    "a customs clearance pilot",
    "an agricultural research station",
    "a cold-chain logistics hub",
];
const VERBS: &[&str] = &["opened", "launched", "announced", "inaugurated", "expanded"];

/// One synthetic article: a title line, a blank line, three paragraphs.
fn article(i: usize) -> String {
    let place = PLACES[i % PLACES.len()];
    let topic = TOPICS[(i / 3) % TOPICS.len()];
    let verb = VERBS[(i / 7) % VERBS.len()];
    let other = PLACES[(i * 7 + 3) % PLACES.len()];
    format!(
        "Officials in {place} {verb} {topic} (report {i})\n\n\
         Officials in {place} {verb} {topic} on day {d} of month {m}, the local government said in a statement numbered {i}. \
         The project is expected to cost about {c} million dollars and to employ {w} workers when completed.\n\n\
         Delegates from {other} attended the ceremony and said that cooperation in item {i} would deepen ties \
         between the two sides, with {k} companies having signed letters of intent so far.\n\n\
         A second phase, worth {c2} million dollars, is planned for year {y}, according to the statement.\n",
        d = i % 28 + 1,
        m = i % 12 + 1,
        c = 10 + i * 3,
        w = 100 + i * 11,
        k = 2 + i % 9,
        c2 = 20 + i * 5,
        y = 2024 + i % 4,
    )
}

/// Writes `n` articles plus exact copies (every 20th) and lightly edited reposts (every 25th).
fn corpus(dir: &Path, n: usize) {
    for i in 0..n {
        let text = article(i);
        std::fs::write(dir.join(format!("a{i:04}.txt")), &text).unwrap();
        if i % 20 == 0 {
            std::fs::write(dir.join(format!("copy{i:04}.txt")), &text).unwrap();
        }
        if i % 25 == 0 {
            let repost = format!(
                "{}\nThis story was first published by a partner outlet.\n",
                text.trim_end()
            );
            std::fs::write(dir.join(format!("repost{i:04}.txt")), repost).unwrap();
        }
    }
}

fn ingest(data: &Path, inputs: &[&Path]) -> std::process::Output {
    Command::new(BIN)
        .arg("ingest")
        .arg("-q")
        .arg("--batch")
        .arg("4")
        .arg("--data")
        .arg(data)
        .args(inputs)
        .output()
        .unwrap()
}

fn stats(data: &Path) -> serde_json::Value {
    let out = Command::new(BIN)
        .args(["stats", "--json", "--data"])
        .arg(data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "stats failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Every stored article, in id order: what a clean run and a recovered run must agree on.
fn articles(data: &Path) -> Vec<(i64, String, String, Option<i64>)> {
    let conn = rusqlite::Connection::open_with_flags(
        data.join("corridor.sqlite3"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();
    let mut stmt = conn
        .prepare("SELECT id, source, content_hash, duplicate_of FROM articles ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn stored_count(db: &Path) -> i64 {
    let Ok(conn) =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
    else {
        return 0;
    };
    conn.busy_timeout(Duration::from_millis(50)).ok();
    conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap_or(0)
}

#[test]
fn a_killed_ingest_rerun_matches_a_clean_run() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    corpus(&input, 200);
    let clean = tmp.path().join("clean");
    let out = ingest(&clean, &[&input]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let want_stats = stats(&clean);
    let want = articles(&clean);
    assert_eq!(want_stats["articles"], 200, "{want_stats}");
    assert_eq!(
        want_stats["duplicates"], 8,
        "reposts are near-duplicates: {want_stats}"
    );
    assert_eq!(want_stats["indexed"], 200);
    assert_eq!(want.len(), 208);

    // Kill once the database holds at least `after` articles (0: as soon as it exists).
    let mut partial = 0;
    for after in [0i64, 40, 100, 170] {
        let data = tmp.path().join(format!("killed-{after}"));
        let mut child = Command::new(BIN)
            .args(["ingest", "-q", "--batch", "4", "--data"])
            .arg(&data)
            .arg(&input)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let db = data.join("corridor.sqlite3");
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            if child.try_wait().unwrap().is_some() || (db.exists() && stored_count(&db) >= after) {
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        child.kill().ok(); // SIGKILL
        child.wait().unwrap();
        let n = stored_count(&db);
        if n > 0 && (n as usize) < want.len() {
            partial += 1;
        }
        let out = ingest(&data, &[&input]);
        assert!(
            out.status.success(),
            "re-run after kill at {after}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(stats(&data), want_stats, "kill after {after} articles");
        assert_eq!(articles(&data), want, "kill after {after} articles");
    }
    assert!(
        partial >= 2,
        "only {partial} kills landed in the middle of the ingest"
    );
}

#[test]
fn ingesting_twice_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    corpus(&input, 30);
    let data = tmp.path().join("kb");
    let first = ingest(&data, &[&input]);
    assert!(first.status.success());
    let before = stats(&data);
    let second = Command::new(BIN)
        .args(["ingest", "-q", "--json", "--data"])
        .arg(&data)
        .arg(&input)
        .output()
        .unwrap();
    assert!(second.status.success());
    let summary: serde_json::Value = serde_json::from_slice(&second.stdout).unwrap();
    assert_eq!(summary["stored"], 0, "{summary}");
    assert_eq!(summary["near_duplicates"], 0, "{summary}");
    assert_eq!(
        summary["duplicates"],
        before["articles"].as_u64().unwrap() + before["duplicates"].as_u64().unwrap() + 2
    );
    assert_eq!(stats(&data), before);
}

#[test]
fn reindex_and_missing_data_dir() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    corpus(&input, 5);
    let data = tmp.path().join("kb");
    assert!(ingest(&data, &[&input]).status.success());
    std::fs::remove_dir_all(data.join("index")).unwrap();
    let out = Command::new(BIN)
        .args(["ingest", "-q", "--reindex", "--data"])
        .arg(&data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stats(&data)["indexed"], 5);
    let none = Command::new(BIN)
        .args(["stats", "--data"])
        .arg(tmp.path().join("nothing"))
        .output()
        .unwrap();
    assert!(!none.status.success());
    assert!(String::from_utf8_lossy(&none.stderr).contains("no knowledge base"));
}

fn shared_dev() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/dev");
    p.is_dir().then_some(p)
}

#[test]
fn dev_articles_twice_leave_the_count_unchanged() {
    let Some(dev) = shared_dev() else {
        eprintln!("note: ../shared/dev not found, skipped");
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dev)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let inputs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("kb");
    ingest(&data, &inputs);
    let once = stats(&data);
    assert!(once["articles"].as_u64().unwrap() > 0, "{once}");
    ingest(&data, &inputs);
    assert_eq!(stats(&data), once);
}

/// Without the `postgres` feature, `--db` says how to get it instead of failing obscurely.
#[cfg(not(feature = "postgres"))]
#[test]
fn db_without_the_postgres_feature_says_how_to_build_it() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_corridor"))
        .args(["stats", "--db", "postgresql://nobody@localhost/kb"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--features postgres"), "{err}");
}
