//! A case table over every input kind and every charset path, built from our own small
//! fixtures: each case names an input, its bytes, and what reading it must yield.

mod common;

use common::*;
use corridor_ingest::{read_bytes, read_bytes_tagged, Content, Kind, Limits};

/// What one record of a case must be.
#[derive(Debug)]
enum Want {
    /// A document of this kind and source whose content contains this text.
    Doc {
        kind: Kind,
        source: &'static str,
        html: bool,
        contains: &'static str,
    },
    /// An error of this code whose message contains this text.
    Err {
        code: &'static str,
        says: &'static str,
    },
}

fn doc(kind: Kind, source: &'static str, html: bool, contains: &'static str) -> Want {
    Want::Doc {
        kind,
        source,
        html,
        contains,
    }
}

fn err(code: &'static str, says: &'static str) -> Want {
    Want::Err { code, says }
}

fn check(name: &str, bytes: &[u8], limits: Limits, want: &[Want]) {
    let got = read_bytes_tagged(name, bytes, limits);
    assert_eq!(got.len(), want.len(), "{name}: got {got:#?}");
    for (g, w) in got.iter().zip(want) {
        match (g, w) {
            (
                Ok((k, d)),
                Want::Doc {
                    kind,
                    source,
                    html,
                    contains,
                },
            ) => {
                assert_eq!(k, kind, "{name}");
                assert_eq!(d.source, *source, "{name}");
                let (is_html, body) = match &d.content {
                    Content::Html(h) => (true, h),
                    Content::Text(t) => (false, t),
                };
                assert_eq!(is_html, *html, "{name}: {body}");
                assert!(
                    body.contains(contains),
                    "{name}: {body:?} lacks {contains:?}"
                );
                assert!(!body.starts_with('\u{feff}'), "{name}: BOM kept");
            }
            (Err(e), Want::Err { code, says }) => {
                let msg = e.to_string();
                assert_eq!(e.code(), *code, "{name}: {msg}");
                assert!(msg.contains(says), "{name}: {msg:?} lacks {says:?}");
                assert!(
                    msg.starts_with(e.source_name()),
                    "{name}: {msg:?} does not name its input first"
                );
            }
            (g, w) => panic!("{name}: got {g:?}, wanted {w:?}"),
        }
    }
}

fn utf16(text: &str, le: bool) -> Vec<u8> {
    let mut out = if le {
        vec![0xff, 0xfe]
    } else {
        vec![0xfe, 0xff]
    };
    for u in text.encode_utf16() {
        out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

#[test]
fn text_in_every_encoding() {
    let d = Limits::default();
    check(
        "a.txt",
        "Vientiane hosts the talks.".as_bytes(),
        d,
        &[doc(Kind::Text, "a.txt", false, "Vientiane hosts")],
    );
    let mut bom8 = b"\xef\xbb\xbf".to_vec();
    bom8.extend_from_slice("Xi’an forum opens".as_bytes());
    check(
        "bom.txt",
        &bom8,
        d,
        &[doc(Kind::Text, "bom.txt", false, "Xi’an forum")],
    );
    check(
        "le.txt",
        &utf16("Ташкент принимает форум", true),
        d,
        &[doc(Kind::Text, "le.txt", false, "Ташкент принимает")],
    );
    check(
        "be.txt",
        &utf16("老挝与中国签署协议", false),
        d,
        &[doc(Kind::Text, "be.txt", false, "老挝与中国")],
    );
    let ru = "Министры иностранных дел Казахстана и Китая провели переговоры в Астане и подписали соглашение о сотрудничестве.";
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(ru);
    check(
        "ru.txt",
        &cp1251,
        d,
        &[doc(Kind::Text, "ru.txt", false, "провели переговоры")],
    );
    let zh = "中国与东盟国家的外交部长在昆明举行会议，双方签署了关于基础设施建设和贸易合作的谅解备忘录。";
    let (gbk, _, _) = encoding_rs::GBK.encode(zh);
    check(
        "zh.txt",
        &gbk,
        d,
        &[doc(Kind::Text, "zh.txt", false, "谅解备忘录")],
    );
    let (latin1, _, _) = encoding_rs::WINDOWS_1252
        .encode("The café in Phnom Penh served crème brûlée to the delegation.");
    check(
        "fr.txt",
        &latin1,
        d,
        &[doc(Kind::Text, "fr.txt", false, "crème brûlée")],
    );
}

#[test]
fn html_charset_paths() {
    let d = Limits::default();
    let (gbk, _, _) = encoding_rs::GBK.encode("<html><head><meta charset=\"gbk\"><title>会议</title></head><body><p>双方签署协议</p></body></html>");
    check(
        "meta.html",
        &gbk,
        d,
        &[doc(Kind::Html, "meta.html", true, "双方签署协议")],
    );
    let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("<!DOCTYPE html><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>東京で会談</p>");
    check(
        "equiv",
        &sjis,
        d,
        &[doc(Kind::Html, "equiv", true, "東京で会談")],
    );
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend_from_slice("<html><p>Bishkek – Kashgar</p></html>".as_bytes());
    check(
        "bom.htm",
        &bom,
        d,
        &[doc(Kind::Html, "bom.htm", true, "Bishkek – Kashgar")],
    );
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("<html><body><p>Делегация Узбекистана посетила Урумчи и провела переговоры о торговле и транспорте.</p></body></html>");
    check(
        "detect.html",
        &cp1251,
        d,
        &[doc(Kind::Html, "detect.html", true, "посетила Урумчи")],
    );
    check(
        "frag.txt",
        b"<p>A fragment saved as text.</p>",
        d,
        &[doc(Kind::Html, "frag.txt", true, "fragment saved")],
    );
    check(
        "page.html",
        &utf16("<html><p>Astana</p></html>", true),
        d,
        &[doc(Kind::Html, "page.html", true, "<p>Astana")],
    );
}

#[test]
fn gzip_inputs() {
    let d = Limits::default();
    check(
        "a.txt.gz",
        &gz(b"Compressed report from Almaty."),
        d,
        &[doc(Kind::Text, "a.txt.gz", false, "from Almaty")],
    );
    let mut two = gz(b"First member, ");
    two.extend(gz(b"second member."));
    check(
        "two.gz",
        &two,
        d,
        &[doc(
            Kind::Text,
            "two.gz",
            false,
            "First member, second member.",
        )],
    );
    check(
        "p.html.gz",
        &gz(b"<html><p>Gzipped page</p></html>"),
        d,
        &[doc(Kind::Html, "p.html.gz", true, "Gzipped page")],
    );
    let full = gz("A long enough story about the Kunming–Vientiane railway. "
        .repeat(50)
        .as_bytes());
    check(
        "cut.txt.gz",
        &full[..full.len() / 2],
        d,
        &[err("truncated", "truncated gzip stream")],
    );
    let mut corrupt = gz(b"some words to compress here");
    let n = corrupt.len();
    corrupt[12..n - 8].iter_mut().for_each(|b| *b ^= 0x55);
    check("bad.gz", &corrupt, d, &[err("bad_input", "corrupt gzip")]);
    check("empty.gz", &gz(b""), d, &[err("empty", "empty input")]);
}

#[test]
fn limits_bound_inputs_and_bombs() {
    let small = Limits {
        max_input_bytes: 1000,
        max_record_bytes: 100,
    };
    check(
        "big.txt",
        &vec![b'a'; 1001],
        small,
        &[err("too_large", "exceeds the limit of 1000 bytes")],
    );
    check(
        "ok.txt",
        &vec![b'a'; 1000],
        small,
        &[doc(Kind::Text, "ok.txt", false, "aaa")],
    );
    let bomb = gz(&vec![b' '; 1 << 20]);
    check(
        "bomb.gz",
        &bomb,
        small,
        &[err("too_large", "exceeds the limit")],
    );
    let line = format!(
        "{{\"text\": \"{}\"}}\n{{\"text\": \"short\"}}\n",
        "x".repeat(200)
    );
    check(
        "l.jsonl",
        line.as_bytes(),
        small,
        &[
            err("too_large", "line 1"),
            doc(Kind::Jsonl, "l.jsonl#2", false, "short"),
        ],
    );
}

#[test]
fn empty_binary_and_unknown() {
    let d = Limits::default();
    check("e.txt", b"", d, &[err("empty", "e.txt: empty input")]);
    check("ws.txt", b" \n\t\r\n", d, &[err("empty", "empty input")]);
    check(
        "ws16.txt",
        &utf16("   ", true),
        d,
        &[err("empty", "empty input")],
    );
    check(
        "img.png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        d,
        &[err("binary", "binary file, not text/HTML/JSONL/WARC/feed")],
    );
    check(
        "x.bin",
        b"abc\0\x01\x02def",
        d,
        &[err("binary", "binary file")],
    );
    check(
        "doc.pdf",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        d,
        &[err("binary", "binary file")],
    );
    check(
        "c.xml",
        b"<?xml version=\"1.0\"?><catalog><book/></catalog>",
        d,
        &[err("bad_input", "not an RSS or Atom feed")],
    );
    check(
        "n.warc",
        b"this is not an archive",
        d,
        &[err("bad_input", "not a WARC archive")],
    );
}

#[test]
fn jsonl_ids_lines_and_given_metadata() {
    let input = concat!(
        "{\"id\": \"r7\", \"text\": \"Laos and China met.\", \"title\": \"Talks\", \"published\": \"2024-03-30\", \"url\": \"https://x.example/r7\"}\n",
        "\n",
        "{\"text\": \"No id, so line three.\"}\n",
        "{\"text\": broken\n",
        "[1, 2]\n",
        "{\"title\": \"no body\"}\n",
        "{\"id\": 42, \"html\": \"<p>Numbered id</p>\"}\n",
        "{\"text\": \"Last line without newline.\"}"
    );
    check(
        "feed.jsonl",
        input.as_bytes(),
        Limits::default(),
        &[
            doc(Kind::Jsonl, "feed.jsonl#r7", false, "Laos and China met."),
            doc(Kind::Jsonl, "feed.jsonl#3", false, "line three"),
            err("bad_input", "feed.jsonl#4: line 4: malformed JSON"),
            err("bad_input", "line 5: not a JSON object"),
            err(
                "bad_input",
                "line 6: record has no non-empty `text` or `html`",
            ),
            doc(Kind::Jsonl, "feed.jsonl#42", true, "<p>Numbered id</p>"),
            doc(Kind::Jsonl, "feed.jsonl#8", false, "Last line"),
        ],
    );
    let first = read_bytes("feed.jsonl", input.as_bytes(), Limits::default())
        .remove(0)
        .unwrap();
    assert_eq!(first.url.as_deref(), Some("https://x.example/r7"));
    assert_eq!(first.given.id.as_deref(), Some("r7"));
    assert_eq!(first.given.title.as_deref(), Some("Talks"));
    assert_eq!(first.given.published.as_deref(), Some("2024-03-30"));
    // Content decides the kind even without the extension.
    check(
        "records",
        b"{\"text\": \"sniffed\"}\n",
        Limits::default(),
        &[doc(Kind::Jsonl, "records#1", false, "sniffed")],
    );
    let array =
        b"[{\"id\": \"x\", \"text\": \"From an array\"},\n 7,\n {\"html\": \"<p>second</p>\"}]";
    check(
        "list.json",
        array,
        Limits::default(),
        &[
            doc(Kind::Jsonl, "list.json#x", false, "From an array"),
            err("bad_input", "list.json#2: item 2: not a JSON object"),
            doc(Kind::Jsonl, "list.json#3", true, "<p>second</p>"),
        ],
    );
    let pretty = b"{\n  \"title\": \"  Pretty  \",\n  \"text\": \"One record, many lines\"\n}\n";
    check(
        "one.json",
        pretty,
        Limits::default(),
        &[doc(Kind::Jsonl, "one.json#1", false, "many lines")],
    );
    let one = read_bytes("one.json", pretty, Limits::default())
        .remove(0)
        .unwrap();
    assert_eq!(
        one.given.title.as_deref(),
        Some("Pretty"),
        "metadata is trimmed"
    );
}
