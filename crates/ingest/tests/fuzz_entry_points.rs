//! Random bytes into every parser entry point: nothing may panic, and every error names its
//! input. (The cargo-fuzz targets in `fuzz/` drive the same entry points.)

mod common;

use corridor_ingest::{decode, feed, http, jsonl, read_bytes, warc, Limits};
use proptest::prelude::*;

const NAMES: &[&str] = &[
    "x.txt", "x.html", "x.jsonl", "x.warc", "x.rss", "x.xml", "x.gz", "x",
];

fn small() -> Limits {
    Limits {
        max_input_bytes: 1 << 16,
        max_record_bytes: 1 << 12,
    }
}

fn assert_named(
    name: &str,
    results: &[Result<corridor_ingest::RawDoc, corridor_ingest::IngestError>],
) {
    for r in results {
        if let Err(e) = r {
            assert!(!e.source_name().is_empty());
            assert!(e.to_string().starts_with(e.source_name()), "{name}: {e}");
        }
    }
}

/// Byte strings biased towards the shapes the parsers look for.
fn shaped() -> impl Strategy<Value = Vec<u8>> {
    let prefixes: Vec<&'static [u8]> = vec![
        b"",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nWARC-Target-URI: u\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\n",
        b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>",
        b"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">",
        b"{\"text\": \"",
        b"<html><meta charset=",
        b"\x1f\x8b\x08\x00\x00\x00\x00\x00",
        b"\xff\xfe",
    ];
    (
        prop::sample::select(prefixes),
        prop::collection::vec(any::<u8>(), 0..600),
    )
        .prop_map(|(p, rest)| [p, &rest[..]].concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn read_bytes_never_panics(bytes in shaped(), which in 0..NAMES.len()) {
        let name = NAMES[which];
        let got = read_bytes(name, &bytes, small());
        assert_named(name, &got);
    }

    #[test]
    fn gzipped_random_bytes_never_panic(bytes in shaped(), cut in 0usize..64) {
        let packed = common::gz(&bytes);
        let cut = packed.len().saturating_sub(cut);
        assert_named("r.gz", &read_bytes("r.gz", &packed[..cut], small()));
    }

    #[test]
    fn format_parsers_never_panic(bytes in shaped()) {
        assert_named("w", &warc::read("w", &bytes, small()));
        assert_named("j", &jsonl::read("j", &bytes, 1 << 12));
        assert_named("f", &feed::read("f", &bytes));
        let _ = http::parse(&bytes, 1 << 12);
        let _ = decode::prescan(&bytes);
        let _ = decode::decode_markup(&bytes, Some("gbk"));
        let _ = decode::decode_text(&bytes);
        let _ = corridor_ingest::detect::detect("x", &bytes);
    }
}
