//! Character encodings: bytes in any charset become UTF-8.
//!
//! The order follows the WHATWG encoding-sniffing algorithm: a byte-order mark wins, then the
//! transport's charset (HTTP `Content-Type`), then a `<meta charset>` or XML declaration in the
//! first bytes, then valid UTF-8, and last a statistical guess by `chardetng`.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// How many bytes the `<meta>` prescan looks at (browsers use 1024; pages with long `<head>`
/// preambles put it later, so we look further).
const PRESCAN_BYTES: usize = 8192;
/// How many bytes the statistical detector is fed.
const DETECT_BYTES: usize = 1 << 20;

/// The encoding a byte-order mark at the start of `bytes` names.
pub fn bom(bytes: &[u8]) -> Option<&'static Encoding> {
    Encoding::for_bom(bytes).map(|(e, _)| e)
}

/// UTF-16 without a BOM: most code units of Latin-script text have one zero byte, always on the
/// same side.
pub fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 4 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    if odd * 10 >= pairs * 4 && even * 20 <= pairs {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 4 && odd * 20 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The encoding named by a charset label (`"gb2312"`, `"Shift_JIS"`), mapped the way browsers
/// map it (a page labelled UTF-16 but read as bytes is decoded as UTF-8).
pub fn for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(
        label
            .trim()
            .trim_matches(|c| c == '"' || c == '\'')
            .as_bytes(),
    )
    .map(|e| e.output_encoding())
}

/// The `charset` parameter of a `Content-Type` value (`text/html; charset="gbk"`).
pub fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(|c| c == '"' || c == '\''))
    })
}

/// Decodes a plain-text document: BOM, UTF-16 sniffing, UTF-8, then detection.
pub fn decode_text(bytes: &[u8]) -> String {
    if let Some(enc) = bom(bytes).or_else(|| sniff_utf16(bytes)) {
        return enc.decode(bytes).0.into_owned();
    }
    decode_guess(bytes)
}

/// Decodes an HTML or XML document: BOM, the transport charset, the document's own
/// declaration, UTF-8, then detection.
pub fn decode_markup(bytes: &[u8], transport_charset: Option<&str>) -> String {
    if let Some(enc) = bom(bytes) {
        return enc.decode(bytes).0.into_owned();
    }
    let declared = transport_charset
        .and_then(for_label)
        .or_else(|| prescan(&bytes[..bytes.len().min(PRESCAN_BYTES)]));
    if let Some(enc) = declared {
        return enc.decode_without_bom_handling(bytes).0.into_owned();
    }
    if let Some(enc) = sniff_utf16(bytes) {
        return enc.decode(bytes).0.into_owned();
    }
    decode_guess(bytes)
}

fn decode_guess(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_owned();
    }
    let mut detector = chardetng::EncodingDetector::new();
    let sample = &bytes[..bytes.len().min(DETECT_BYTES)];
    detector.feed(sample, sample.len() == bytes.len());
    let enc = detector.guess(None, true);
    let enc = if enc == UTF_8 && std::str::from_utf8(bytes).is_err() {
        encoding_rs::WINDOWS_1252
    } else {
        enc
    };
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// Finds a charset declared in markup: `<meta charset=...>`, `<meta http-equiv="Content-Type"
/// content="...; charset=...">` or an XML declaration's `encoding="..."`. Comments are skipped.
pub fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while let Some(off) = memchr_lt(&bytes[i..]) {
        i += off;
        let rest = &bytes[i..];
        if rest.starts_with(b"<!--") {
            i += find(rest, b"-->").map_or(rest.len(), |e| e + 3);
            continue;
        }
        if rest.starts_with(b"<?xml") {
            let end = find(rest, b"?>").unwrap_or(rest.len());
            let decl = String::from_utf8_lossy(&rest[..end]);
            if let Some(enc) = attributes(&decl[5..])
                .into_iter()
                .find(|(k, _)| k == "encoding")
                .and_then(|(_, v)| for_label(&v))
            {
                return Some(enc);
            }
            i += end;
            continue;
        }
        if rest.len() > 5
            && rest[1..5].eq_ignore_ascii_case(b"meta")
            && (rest[5].is_ascii_whitespace() || rest[5] == b'/')
        {
            let end = rest.iter().position(|&b| b == b'>').unwrap_or(rest.len());
            let tag = String::from_utf8_lossy(&rest[5..end]);
            let attrs = attributes(&tag);
            if let Some((_, v)) = attrs.iter().find(|(k, _)| k == "charset") {
                if let Some(enc) = for_label(v) {
                    return Some(enc);
                }
            }
            let http_equiv = attrs
                .iter()
                .any(|(k, v)| k == "http-equiv" && v.eq_ignore_ascii_case("content-type"));
            if let Some((_, content)) = attrs
                .iter()
                .find(|(k, _)| k == "content")
                .filter(|_| http_equiv)
            {
                if let Some(enc) = charset_param(content).and_then(for_label) {
                    return Some(enc);
                }
            }
            i += end;
            continue;
        }
        i += 1;
    }
    None
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'<')
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Parses `name=value` pairs (values quoted or bare) of a tag's inside; names lower-cased.
fn attributes(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() || c == '/' {
            chars.next();
            continue;
        }
        let mut end = start;
        while let Some(&(j, c)) = chars.peek() {
            if c == '=' || c.is_whitespace() || c == '/' {
                break;
            }
            end = j + c.len_utf8();
            chars.next();
        }
        let name = s[start..end].to_ascii_lowercase();
        while chars.peek().is_some_and(|&(_, c)| c.is_whitespace()) {
            chars.next();
        }
        let mut value = String::new();
        if chars.peek().is_some_and(|&(_, c)| c == '=') {
            chars.next();
            while chars.peek().is_some_and(|&(_, c)| c.is_whitespace()) {
                chars.next();
            }
            match chars.peek().map(|&(_, c)| c) {
                Some(q @ ('"' | '\'')) => {
                    chars.next();
                    for (_, c) in chars.by_ref() {
                        if c == q {
                            break;
                        }
                        value.push(c);
                    }
                }
                _ => {
                    while let Some(&(_, c)) = chars.peek() {
                        if c.is_whitespace() {
                            break;
                        }
                        value.push(c);
                        chars.next();
                    }
                }
            }
        }
        if name.is_empty() {
            chars.next();
        } else {
            out.push((name, value));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prescan_reads_the_declaration_forms() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"<html><head><meta charset=\"gbk\">", Some("GBK")),
            (b"<META CHARSET=windows-1251 />", Some("windows-1251")),
            (
                b"<meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'>",
                Some("Shift_JIS"),
            ),
            (
                b"<meta content=\"text/html; charset=big5\" http-equiv=\"content-type\">",
                Some("Big5"),
            ),
            (
                b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>",
                Some("windows-1252"),
            ),
            (
                b"<!-- <meta charset=gbk> --><meta charset=euc-kr>",
                Some("EUC-KR"),
            ),
            (b"<meta name=\"description\" content=\"charset=gbk\">", None),
            (b"<meta charset=\"utf-16\">", Some("UTF-8")),
            (b"<metadata charset=gbk>", None),
            (b"no markup at all", None),
        ];
        for (input, want) in cases {
            let got = prescan(input).map(|e| e.name());
            assert_eq!(got, *want, "{}", String::from_utf8_lossy(input));
        }
    }

    #[test]
    fn charset_param_cases() {
        assert_eq!(charset_param("text/html; charset=GB2312"), Some("GB2312"));
        assert_eq!(charset_param("text/html;Charset=\"utf-8\""), Some("utf-8"));
        assert_eq!(charset_param("text/html"), None);
    }

    #[test]
    fn utf16_is_sniffed_either_way() {
        let le: Vec<u8> = "Astana hosts the forum"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let be: Vec<u8> = "Astana hosts the forum"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(sniff_utf16(&le), Some(UTF_16LE));
        assert_eq!(sniff_utf16(&be), Some(UTF_16BE));
        assert_eq!(sniff_utf16(b"plain ascii text here"), None);
        assert_eq!(decode_text(&le), "Astana hosts the forum");
    }
}
