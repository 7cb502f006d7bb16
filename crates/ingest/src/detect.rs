//! Recognising an input's kind from its first bytes and its name.
//!
//! Content decides where it is unambiguous (a `WARC/1.x` version line, a feed's root element,
//! the WHATWG HTML signatures, a first line that is a JSON object); the extension decides
//! the rest (`.jsonl`, `.html`), and anything else that is not binary is plain text.

use crate::decode;

/// The kinds of input corridor reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Plain text.
    Text,
    /// An HTML page.
    Html,
    /// JSON Lines, one record per line.
    Jsonl,
    /// A WARC archive.
    Warc,
    /// An RSS or Atom feed.
    Feed,
}

impl Kind {
    /// The kind's name: `text`, `html`, `jsonl`, `warc`, `feed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Html => "html",
            Kind::Jsonl => "jsonl",
            Kind::Warc => "warc",
            Kind::Feed => "feed",
        }
    }
}

/// Signatures of common binary formats that may otherwise pass the control-byte test.
const BINARY_MAGIC: &[&[u8]] = &[
    b"%PDF-",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"7z\xbc\xaf",
    b"Rar!",
    b"BZh",
    b"\xfd7zXZ",
    b"\x7fELF",
    b"\x28\xb5\x2f\xfd",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"\xd0\xcf\x11\xe0",
    b"\x1f\x8b",
];

/// Whether `head` (the first bytes of an input) is binary data rather than text in some
/// encoding: a known binary signature, a NUL byte, or more than 1% of the WHATWG "binary data
/// bytes" (C0 controls other than tab, newlines, form feed and escape). UTF-16 is text.
pub fn is_binary(head: &[u8]) -> bool {
    if decode::bom(head).is_some() || decode::sniff_utf16(head).is_some() {
        return false;
    }
    if BINARY_MAGIC.iter().any(|m| head.starts_with(m)) {
        return true;
    }
    let sample = &head[..head.len().min(8192)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| matches!(b, 0x01..=0x08 | 0x0b | 0x0e..=0x1a | 0x1c..=0x1f))
        .count();
    controls * 100 > sample.len()
}

/// The extension of `name` in lower case, looking through a trailing `.gz`.
pub fn extension(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    let base = lower.strip_suffix(".gz").unwrap_or(&lower);
    let file = base.rsplit(['/', '\\']).next().unwrap_or(base);
    file.rsplit_once('.')
        .map(|(_, e)| e.to_string())
        .unwrap_or_default()
}

/// Whether the content opens with a WARC version line.
pub fn is_warc(head: &[u8]) -> bool {
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    head[start..].starts_with(b"WARC/")
}

/// Decides the kind of a (decompressed, non-binary) input from its first bytes and its name.
/// `Err` says why an input that claims a kind by extension is not of it.
pub fn detect(name: &str, head: &[u8]) -> Result<Kind, String> {
    let ext = extension(name);
    if is_warc(head) {
        return Ok(Kind::Warc);
    }
    if ext == "warc" {
        return Err("not a WARC archive (no WARC/1.x version line)".into());
    }
    let text = decode::decode_text(&head[..head.len().min(8192)]);
    let trimmed = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    match root_element(trimmed).as_deref() {
        Some("rss" | "feed" | "rdf:rdf") => return Ok(Kind::Feed),
        Some("html") => return Ok(Kind::Html),
        _ => {}
    }
    if matches!(ext.as_str(), "rss" | "atom") {
        return Err("not an RSS or Atom feed (no <rss> or <feed> root element)".into());
    }
    if matches!(ext.as_str(), "jsonl" | "ndjson" | "json") || first_line_is_object(trimmed) {
        return Ok(Kind::Jsonl);
    }
    if html_signature(trimmed)
        || matches!(
            ext.as_str(),
            "html" | "htm" | "xhtml" | "shtml" | "php" | "asp" | "aspx"
        )
    {
        return Ok(Kind::Html);
    }
    if trimmed.starts_with("<?xml") {
        return Err("XML that is not an RSS or Atom feed".into());
    }
    Ok(Kind::Text)
}

/// The WHATWG MIME-sniffing HTML signatures: the text opens with one of these tags followed
/// by a space or `>`.
fn html_signature(text: &str) -> bool {
    const TAGS: &[&str] = &[
        "<!doctype html",
        "<html",
        "<head",
        "<script",
        "<iframe",
        "<h1",
        "<div",
        "<font",
        "<table",
        "<a",
        "<style",
        "<title",
        "<b",
        "<body",
        "<br",
        "<p",
        "<!--",
        "<meta",
        "<link",
    ];
    let head: String = text
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    TAGS.iter().any(|t| {
        head.strip_prefix(t).is_some_and(|rest| {
            rest.is_empty()
                || rest.starts_with(|c: char| c == '>' || c.is_whitespace() || (*t == "<!--"))
        })
    })
}

/// The name of the first element of an XML or HTML text (lower case), skipping the XML
/// declaration, processing instructions, comments and the doctype.
fn root_element(text: &str) -> Option<String> {
    let mut rest = text;
    for _ in 0..64 {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("<?") {
            rest = &r[r.find("?>")? + 2..];
        } else if let Some(r) = rest.strip_prefix("<!--") {
            rest = &r[r.find("-->")? + 3..];
        } else if rest.len() >= 2 && rest.starts_with("<!") {
            rest = &rest[rest.find('>')? + 1..];
        } else if let Some(r) = rest.strip_prefix('<') {
            let name: String = r
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, ':' | '-' | '_' | '.'))
                .collect();
            return (!name.is_empty()).then(|| name.to_ascii_lowercase());
        } else {
            return None;
        }
    }
    None
}

fn first_line_is_object(text: &str) -> bool {
    if !text.starts_with('{') {
        return false;
    }
    match text.split_once('\n') {
        Some((line, _)) => matches!(
            serde_json::from_str::<serde_json::Value>(line),
            Ok(serde_json::Value::Object(_))
        ),
        // The first line runs past the sniffed head: judge by its opening.
        None => {
            text.starts_with("{\"")
                && serde_json::from_str::<serde_json::Value>(text).is_ok_and(|v| v.is_object())
                || text.len() >= 4096 && text.starts_with("{\"")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_content_and_name() {
        let cases: &[(&str, &[u8], Result<Kind, ()>)] = &[
            ("a.txt", b"China and Laos signed a deal.", Ok(Kind::Text)),
            ("a", b"<!DOCTYPE html><html><p>x</p></html>", Ok(Kind::Html)),
            (
                "a.txt",
                b"  <html lang=en><body>x</body></html>",
                Ok(Kind::Html),
            ),
            ("a", b"<p>Short fragment</p>", Ok(Kind::Html)),
            ("a", b"<!-- saved --><div>x</div>", Ok(Kind::Html)),
            ("page.htm", b"Just words, served as a page", Ok(Kind::Html)),
            (
                "a",
                b"<?xml version=\"1.0\"?>\n<html xmlns=\"x\"></html>",
                Ok(Kind::Html),
            ),
            (
                "a.xml",
                b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>",
                Ok(Kind::Feed),
            ),
            (
                "a",
                b"<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\"/>",
                Ok(Kind::Feed),
            ),
            ("a", b"<rdf:RDF xmlns:rdf=\"x\"></rdf:RDF>", Ok(Kind::Feed)),
            ("a.rss", b"<html></html>", Ok(Kind::Html)),
            ("a.atom", b"plain words", Err(())),
            ("a.xml", b"<?xml version=\"1.0\"?><catalog/>", Err(())),
            (
                "a",
                b"{\"text\": \"hi\"}\n{\"text\": \"ho\"}\n",
                Ok(Kind::Jsonl),
            ),
            ("a.jsonl", b"not json at all", Ok(Kind::Jsonl)),
            ("a.txt", b"{curly} words are not JSON", Ok(Kind::Text)),
            ("a", b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", Ok(Kind::Warc)),
            ("a.warc", b"nothing like a record", Err(())),
            ("a.warc.gz", b"<html>", Err(())),
            ("a", b"<bogus> tags only", Ok(Kind::Text)),
        ];
        for (name, head, want) in cases {
            let got = detect(name, head).map_err(|_| ());
            assert_eq!(got, *want, "{name}: {}", String::from_utf8_lossy(head));
        }
    }

    #[test]
    fn binary_detection() {
        assert!(is_binary(b"\x89PNG\r\n\x1a\n...."));
        assert!(is_binary(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3"));
        assert!(is_binary(b"abc\0def"));
        assert!(is_binary(&[1u8, 2, 3, 4, 5, 6, 7, 8]));
        assert!(!is_binary(b"plain text\twith tabs\r\n"));
        assert!(!is_binary("caf\u{e9}".as_bytes()));
        assert!(!is_binary(b"\xff\xfeA\0s\0t\0a\0n\0a\0"));
        assert!(!is_binary(b"Caf\xe9 in Latin-1"));
    }

    #[test]
    fn extensions_see_through_gz() {
        assert_eq!(extension("dir/x.WARC.gz"), "warc");
        assert_eq!(extension("x.jsonl"), "jsonl");
        assert_eq!(extension("dir.d/README"), "");
        assert_eq!(extension("x.gz"), "");
    }
}
