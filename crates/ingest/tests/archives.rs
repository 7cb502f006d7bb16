//! WARC archives and feeds: records kept and skipped, sources and URLs, truncation, limits.

mod common;

use common::*;
use corridor_ingest::{read_bytes, read_bytes_tagged, Content, Kind, Limits, RawDoc};

fn ok_docs(name: &str, bytes: &[u8]) -> Vec<RawDoc> {
    read_bytes(name, bytes, Limits::default())
        .into_iter()
        .map(|r| r.unwrap())
        .collect()
}

#[test]
fn warc_keeps_page_responses_only() {
    let archive: Vec<u8> = crawl_records().concat();
    let docs = ok_docs("crawl.warc", &archive);
    assert_eq!(docs.len(), 2, "{docs:#?}");
    assert_eq!(docs[0].source, "https://news.example/a");
    assert_eq!(docs[0].url.as_deref(), Some("https://news.example/a"));
    match &docs[0].content {
        Content::Html(h) => {
            assert!(
                h.contains("昆明举办南亚博览会"),
                "HTTP charset honoured: {h}"
            );
            assert!(!h.contains("Server: test"), "HTTP headers stripped");
        }
        c => panic!("{c:?}"),
    }
    assert_eq!(
        docs[1].content,
        Content::Text("Dry port opens in Khorgos.".into())
    );
    let tagged = read_bytes_tagged("crawl.warc", &archive, Limits::default());
    assert!(tagged.iter().all(|r| matches!(r, Ok((Kind::Warc, _)))));
}

#[test]
fn warc_gz_per_record_members() {
    let archive: Vec<u8> = crawl_records().iter().flat_map(|r| gz(r)).collect();
    let docs = ok_docs("crawl.warc.gz", &archive);
    assert_eq!(
        docs.iter().map(|d| d.source.as_str()).collect::<Vec<_>>(),
        ["https://news.example/a", "https://news.example/b.txt"]
    );
    // A whole-file gzip reads the same.
    assert_eq!(
        ok_docs("whole.warc.gz", &gz(&crawl_records().concat())),
        docs
    );
}

#[test]
fn truncated_warc_keeps_earlier_records_then_fails() {
    let archive: Vec<u8> = crawl_records().concat();
    let cut = &archive[..archive.len() - 10];
    let got = read_bytes("cut.warc", cut, Limits::default());
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].as_ref().unwrap().source, "https://news.example/a");
    let e = got[1].as_ref().unwrap_err();
    assert_eq!(e.code(), "truncated");
    assert!(
        e.to_string().starts_with("cut.warc: truncated WARC record"),
        "{e}"
    );

    let gz_archive: Vec<u8> = crawl_records().iter().flat_map(|r| gz(r)).collect();
    let got = read_bytes(
        "cut.warc.gz",
        &gz_archive[..gz_archive.len() - 30],
        Limits::default(),
    );
    let last = got.last().unwrap().as_ref().unwrap_err();
    assert_eq!(last.code(), "truncated", "{last}");
    assert!(got[0].is_ok());
}

#[test]
fn warc_oversized_record_is_one_error_and_the_archive_goes_on() {
    let big = warc_response(
        "https://news.example/big",
        "200 OK",
        "text/html",
        &vec![b'x'; 5000],
    );
    let small = warc_response(
        "https://news.example/small",
        "200 OK",
        "text/html",
        b"<p>small page</p>",
    );
    let archive = [big, small].concat();
    let limits = Limits {
        max_input_bytes: 1 << 20,
        max_record_bytes: 1000,
    };
    let got = read_bytes("big.warc", &archive, limits);
    assert_eq!(got.len(), 2);
    let e = got[0].as_ref().unwrap_err();
    assert_eq!(e.source_name(), "https://news.example/big");
    assert_eq!(e.code(), "too_large");
    assert_eq!(
        got[1].as_ref().unwrap().source,
        "https://news.example/small"
    );
}

#[test]
fn warc_malformed_headers() {
    let no_length = b"WARC/1.0\r\nWARC-Type: response\r\n\r\nbody";
    let e = read_bytes("nolen.warc", no_length, Limits::default())
        .remove(0)
        .unwrap_err();
    assert!(e.to_string().contains("no valid Content-Length"), "{e}");
    let garbage_after = [crawl_records().concat(), b"garbage line\r\n".to_vec()].concat();
    let got = read_bytes("tail.warc", &garbage_after, Limits::default());
    assert_eq!(got.len(), 3);
    assert!(got[2]
        .as_ref()
        .unwrap_err()
        .to_string()
        .contains("not a WARC record at byte"));
    let only_info = warc_record("warcinfo", &[], b"x: y\r\n");
    assert!(
        read_bytes("info.warc", &only_info, Limits::default()).is_empty(),
        "an archive without pages yields nothing"
    );
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Fixture Wire</title><link>https://wire.example/</link><description>test</description>
<item>
  <title>Dry port opens in Khorgos</title>
  <link>https://wire.example/khorgos</link>
  <guid>wire-1</guid>
  <pubDate>Sat, 30 Mar 2024 07:15:00 +0800</pubDate>
  <description>Short summary.</description>
  <content:encoded><![CDATA[<p>The full story of the <b>dry port</b>.</p>]]></content:encoded>
</item>
<item>
  <title>Summary only</title>
  <link>https://wire.example/two</link>
  <description>&lt;p&gt;Escaped HTML summary&lt;/p&gt;</description>
</item>
<item><title>Nothing inside</title><link>https://wire.example/three</link></item>
</channel></rss>"#;

#[test]
fn rss_items_become_documents() {
    let got = read_bytes("wire.rss", RSS.as_bytes(), Limits::default());
    assert_eq!(got.len(), 3, "{got:#?}");
    let first = got[0].as_ref().unwrap();
    assert_eq!(first.source, "wire.rss#1");
    assert_eq!(first.url.as_deref(), Some("https://wire.example/khorgos"));
    assert_eq!(
        first.given.title.as_deref(),
        Some("Dry port opens in Khorgos")
    );
    assert_eq!(
        first.given.published.as_deref(),
        Some("2024-03-30T07:15:00"),
        "the feed's own wall clock"
    );
    assert_eq!(first.given.id.as_deref(), Some("wire-1"));
    assert!(
        matches!(&first.content, Content::Html(h) if h.contains("<b>dry port</b>")),
        "{:?}",
        first.content
    );
    let second = got[1].as_ref().unwrap();
    assert!(
        matches!(&second.content, Content::Html(h) if h.contains("<p>Escaped HTML summary</p>")),
        "{:?}",
        second.content
    );
    assert_eq!(second.given.id, None, "no invented ids");
    let e = got[2].as_ref().unwrap_err();
    assert_eq!(
        e.to_string(),
        "wire.rss#3: feed item 3 has no content or summary"
    );
    // Content, not the name, makes it a feed; gzip is undone first.
    assert_eq!(
        read_bytes("latest.gz", &gz(RSS.as_bytes()), Limits::default()).len(),
        3
    );
}

#[test]
fn atom_entries_and_feed_encodings() {
    let atom = r#"<?xml version="1.0" encoding="windows-1251"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Лента</title><id>urn:f</id><updated>2024-04-16T10:00:00Z</updated>
<entry><id>urn:e1</id><title>Форум в Ташкенте</title>
<link rel="alternate" href="https://lenta.example/e1"/><link rel="enclosure" href="https://lenta.example/e1.jpg"/>
<published>2024-04-16T09:30:00+05:00</published><updated>2024-04-17T00:00:00Z</updated>
<content type="html">&lt;p&gt;Делегации обсудили транспорт.&lt;/p&gt;</content></entry>
<entry><id>urn:e2</id><title>Plain</title><updated>2024-04-15</updated><summary>Text summary only.</summary></entry>
</feed>"#;
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(atom);
    let got = read_bytes("lenta.xml", &bytes, Limits::default());
    let first = got[0].as_ref().unwrap();
    assert_eq!(first.url.as_deref(), Some("https://lenta.example/e1"));
    assert_eq!(first.given.title.as_deref(), Some("Форум в Ташкенте"));
    assert_eq!(
        first.given.published.as_deref(),
        Some("2024-04-16T09:30:00")
    );
    assert!(
        matches!(&first.content, Content::Html(h) if h.contains("Делегации обсудили")),
        "{:?}",
        first.content
    );
    let second = got[1].as_ref().unwrap();
    assert_eq!(second.given.published.as_deref(), Some("2024-04-15"));
    assert_eq!(second.content, Content::Text("Text summary only.".into()));
    let bad = read_bytes(
        "broken.rss",
        b"<rss version=\"2.0\"><channel><item><title>x</ite",
        Limits::default(),
    );
    assert_eq!(bad.len(), 1);
    assert!(bad[0].as_ref().is_err());
}
