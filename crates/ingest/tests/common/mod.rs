//! Fixture builders shared by the ingest tests (all fixture text is written for these tests).
#![allow(dead_code)]

use std::io::Write;

/// Gzip-compresses `data` as one member.
pub fn gz(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

/// A WARC record with the given type, extra headers and block.
pub fn warc_record(kind: &str, headers: &[(&str, &str)], block: &[u8]) -> Vec<u8> {
    let mut out = format!("WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:0000>\r\n")
        .into_bytes();
    for (k, v) in headers {
        out.extend_from_slice(format!("{k}: {v}\r\n").as_bytes());
    }
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", block.len()).as_bytes());
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// A `response` record for `uri` holding an HTTP response with `content_type` and `body`.
pub fn warc_response(uri: &str, status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut http =
        format!("HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nServer: test\r\n\r\n")
            .into_bytes();
    http.extend_from_slice(body);
    warc_record(
        "response",
        &[
            ("WARC-Target-URI", uri),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        &http,
    )
}

/// A small crawl: warcinfo, request, an HTML page in GBK (charset only in HTTP), metadata,
/// an image, a redirect, and a plain-text page.
pub fn crawl_records() -> Vec<Vec<u8>> {
    let (gbk, _, _) =
        encoding_rs::GBK.encode("<html><body><p>昆明举办南亚博览会。</p></body></html>");
    vec![
        warc_record(
            "warcinfo",
            &[("Content-Type", "application/warc-fields")],
            b"software: fixture\r\n",
        ),
        warc_record(
            "request",
            &[
                ("WARC-Target-URI", "https://news.example/a"),
                ("Content-Type", "application/http; msgtype=request"),
            ],
            b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n",
        ),
        warc_response(
            "https://news.example/a",
            "200 OK",
            "text/html; charset=GBK",
            &gbk,
        ),
        warc_record(
            "metadata",
            &[("WARC-Target-URI", "https://news.example/a")],
            b"outlinks: none\r\n",
        ),
        warc_response(
            "https://news.example/logo.png",
            "200 OK",
            "image/png",
            b"\x89PNG\r\n\x1a\n",
        ),
        warc_response(
            "https://news.example/old",
            "301 Moved Permanently",
            "text/html",
            b"<a href=/a>moved</a>",
        ),
        warc_response(
            "https://news.example/b.txt",
            "200 OK",
            "text/plain",
            b"Dry port opens in Khorgos.",
        ),
    ]
}
