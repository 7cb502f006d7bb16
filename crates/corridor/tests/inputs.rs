//! `corridor extract` on inputs of every kind: good ones print articles on standard output,
//! each bad one prints one line naming it on standard error, and the exit status says whether
//! any failed. (All fixture text is written for these tests.)

use assert_cmd::Command;
use std::fs;

const STORY: &str = "Officials from Kazakhstan and China opened a new rail freight terminal in Almaty on Monday.\n\n\
The terminal will handle container trains between Xi'an and Central Asia, the transport ministry said.\n";

fn corridor() -> Command {
    Command::new(env!("CARGO_BIN_EXE_corridor"))
}

/// Runs `corridor extract ARGS` and returns (status code, stdout JSON records, stderr lines).
fn extract(args: &[&str], stdin: Option<&str>) -> (i32, Vec<serde_json::Value>, Vec<String>) {
    let mut cmd = corridor();
    cmd.arg("extract").args(args);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    let out = cmd.output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let records = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("stdout holds JSON lines only"))
        .collect();
    let stderr = String::from_utf8(out.stderr)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    (out.status.code().unwrap_or(-1), records, stderr)
}

/// A gzip member holding `data` in one stored (uncompressed) deflate block (`data` < 64 KiB).
fn gzip_stored(data: &[u8]) -> Vec<u8> {
    let crc = data.iter().fold(!0u32, |mut c, &b| {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 == 1 {
                (c >> 1) ^ 0xedb8_8320
            } else {
                c >> 1
            };
        }
        c
    });
    let len = u16::try_from(data.len()).unwrap();
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 1];
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&(!len).to_le_bytes());
    out.extend_from_slice(data);
    out.extend_from_slice(&(!crc).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

fn sources(records: &[serde_json::Value]) -> Vec<String> {
    records
        .iter()
        .map(|r| r["source"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn good_empty_and_missing_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    let empty = dir.path().join("empty.txt");
    let missing = dir.path().join("missing.txt");
    fs::write(&good, STORY).unwrap();
    fs::write(&empty, "").unwrap();
    let (g, e, m) = (
        good.to_str().unwrap(),
        empty.to_str().unwrap(),
        missing.to_str().unwrap(),
    );
    let (code, records, stderr) = extract(&[g, e, m], None);
    assert_eq!(code, 1, "{stderr:?}");
    assert_eq!(sources(&records), [g]);
    assert!(records[0]["body"]
        .as_str()
        .unwrap()
        .contains("rail freight terminal"));
    let about = |name: &str| stderr.iter().filter(|l| l.contains(name)).count();
    assert_eq!(about(e), 1, "one line for the empty file: {stderr:?}");
    assert_eq!(about(m), 1, "one line for the missing file: {stderr:?}");
    assert!(
        stderr
            .iter()
            .any(|l| l.contains(e) && l.contains("empty input")),
        "{stderr:?}"
    );
    assert!(
        stderr
            .iter()
            .any(|l| l.contains(m) && l.contains("cannot read")),
        "{stderr:?}"
    );
}

#[test]
fn jsonl_bad_line_fails_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("batch.jsonl");
    let good = serde_json::json!({"id": "k1", "text": STORY, "title": "Terminal opens", "published": "2024-03-30"});
    let plain = serde_json::json!({"text": STORY});
    fs::write(&path, format!("{good}\n{{\"text\": oops}}\n{plain}\n")).unwrap();
    let p = path.to_str().unwrap();
    let (code, records, stderr) = extract(&[p], None);
    assert_eq!(code, 1);
    assert_eq!(sources(&records), [format!("{p}#k1"), format!("{p}#3")]);
    assert_eq!(records[0]["title"], "Terminal opens");
    assert_eq!(records[0]["published"], "2024-03-30");
    assert!(
        stderr
            .iter()
            .any(|l| l.contains(&format!("{p}#2")) && l.contains("malformed JSON")),
        "{stderr:?}"
    );
}

#[test]
fn stdin_gzip_and_directories() {
    let (code, records, _) = extract(&["-"], Some(STORY));
    assert_eq!(code, 0);
    assert_eq!(sources(&records), ["-"]);

    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("b.txt.gz"), gzip_stored(STORY.as_bytes())).unwrap();
    fs::create_dir(dir.path().join("a")).unwrap();
    fs::write(dir.path().join("a/story.txt"), STORY).unwrap();
    fs::write(dir.path().join(".draft.txt"), STORY).unwrap();
    let d = dir.path().to_str().unwrap();
    let (code, records, stderr) = extract(&[d], None);
    assert_eq!(code, 0, "{stderr:?}");
    assert_eq!(
        sources(&records),
        [format!("{d}/a/story.txt"), format!("{d}/b.txt.gz")]
    );
}

#[test]
fn warc_binary_and_truncated_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{STORY}");
    let record = |kind: &str, block: &str| {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: https://rail.example/almaty\r\n\
             Content-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
    };
    let archive = record("request", "GET /almaty HTTP/1.1\r\n\r\n") + &record("response", &http);
    let warc = dir.path().join("crawl.warc");
    fs::write(&warc, &archive).unwrap();
    let binary = dir.path().join("photo.jpg");
    fs::write(&binary, b"\xff\xd8\xff\xe0\0\x10JFIF\0").unwrap();
    let cut = dir.path().join("cut.warc");
    fs::write(&cut, &archive[..archive.len() - 20]).unwrap();
    let (w, b, c) = (
        warc.to_str().unwrap(),
        binary.to_str().unwrap(),
        cut.to_str().unwrap(),
    );
    let (code, records, stderr) = extract(&[w, b, c], None);
    assert_eq!(code, 1);
    assert_eq!(sources(&records), ["https://rail.example/almaty"]);
    assert_eq!(records[0]["url"], "https://rail.example/almaty");
    assert!(
        stderr
            .iter()
            .any(|l| l.contains(b) && l.contains("binary file")),
        "{stderr:?}"
    );
    assert!(
        stderr
            .iter()
            .any(|l| l.contains(c) && l.contains("truncated WARC record")),
        "{stderr:?}"
    );
}

#[test]
fn clean_only_gives_the_article_without_facets() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    fs::write(
        &page,
        format!(
            "<html><head><title>Terminal opens</title></head><body><nav>Home | World</nav>\
             <article><p>{}</p></article></body></html>",
            STORY.replace("\n\n", "</p><p>")
        ),
    )
    .unwrap();
    let path = page.to_str().unwrap();
    let (code, full, _) = extract(&[path], None);
    assert_eq!(code, 0);
    assert!(!full[0]["entities"].as_array().unwrap().is_empty());
    let (code, clean, err) = extract(&["--clean-only", path], None);
    assert_eq!(code, 0, "{err:?}");
    assert_eq!(clean.len(), 1);
    assert_eq!(clean[0]["body"], full[0]["body"]);
    assert_eq!(clean[0]["title"], full[0]["title"]);
    for facet in ["entities", "roles", "events", "figures", "dates"] {
        assert_eq!(clean[0][facet], serde_json::json!([]), "{facet}");
    }
}
