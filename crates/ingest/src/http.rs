//! HTTP responses as archived in WARC `response` records: status line, headers, body, with
//! chunked transfer coding and gzip/deflate content coding undone (bounded).

use std::io;

/// An archived HTTP response.
#[derive(Debug)]
pub struct Response {
    /// The status code (`200`).
    pub status: u16,
    /// Header names (lower case) and values, in order.
    pub headers: Vec<(String, String)>,
    /// The body, transfer and content codings removed.
    pub body: Vec<u8>,
}

impl Response {
    /// The first value of header `name` (lower case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Parses an HTTP response message; `limit` bounds the decoded body.
pub fn parse(block: &[u8], limit: u64) -> Result<Response, String> {
    let (head_end, body_start) = header_end(block).ok_or("HTTP headers do not end")?;
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let mut parts = status_line.split_whitespace();
    let version = parts.next().unwrap_or("");
    if !version.starts_with("HTTP/") {
        return Err(format!(
            "not an HTTP response (status line {:?})",
            truncate(status_line)
        ));
    }
    let status = parts
        .next()
        .and_then(|s| s.parse::<u16>().ok())
        .ok_or("HTTP status line has no status code")?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut resp = Response {
        status,
        headers,
        body: Vec::new(),
    };
    let mut body = block[body_start..].to_vec();
    if resp
        .header("transfer-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().contains("chunked"))
    {
        if let Some(dechunked) = dechunk(&body) {
            body = dechunked;
        }
    }
    let coding = resp
        .header("content-encoding")
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    body = match coding.as_str() {
        "" | "identity" => body,
        "gzip" | "x-gzip" => {
            crate::gzip::gunzip_bounded(&body, limit).map_err(|e| coding_error(&coding, e))?
        }
        "deflate" => {
            crate::gzip::inflate_bounded(&body, limit).map_err(|e| coding_error(&coding, e))?
        }
        other => return Err(format!("unsupported content encoding {other:?}")),
    };
    resp.body = body;
    Ok(resp)
}

fn coding_error(coding: &str, e: io::Error) -> String {
    format!("cannot undo content encoding {coding}: {e}")
}

fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

/// End of the header block and start of the body (`\r\n\r\n`, or bare `\n\n`).
fn header_end(block: &[u8]) -> Option<(usize, usize)> {
    let crlf = block
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, i + 4));
    let lf = block
        .windows(2)
        .position(|w| w == b"\n\n")
        .map(|i| (i, i + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// Undoes chunked transfer coding; `None` when the body is not validly chunked.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let nl = rest.iter().position(|&b| b == b'\n')?;
        let size_line = std::str::from_utf8(&rest[..nl]).ok()?.trim();
        let size_hex = size_line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        rest = &rest[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        if rest.len() < size {
            return None;
        }
        out.extend_from_slice(&rest[..size]);
        rest = &rest[size..];
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_headers_and_dechunks() {
        let msg = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=gbk\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";
        let r = parse(msg, 1 << 20).unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(r.header("content-type"), Some("text/html; charset=gbk"));
        assert_eq!(r.body, b"hello world");
    }

    #[test]
    fn undoes_gzip_content_encoding() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(b"<p>compressed page</p>").unwrap();
        let gz = enc.finish().unwrap();
        let mut msg = b"HTTP/1.0 200 OK\nContent-Encoding: gzip\n\n".to_vec();
        msg.extend_from_slice(&gz);
        assert_eq!(
            parse(&msg, 1 << 20).unwrap().body,
            b"<p>compressed page</p>"
        );
        assert!(parse(&msg, 4).is_err(), "the decoded body is bounded");
    }

    #[test]
    fn rejects_what_is_not_a_response() {
        assert!(parse(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", 100).is_err());
        assert!(parse(b"HTTP/1.1 200 OK\r\nno end of headers", 100).is_err());
        assert!(parse(b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx", 100).is_err());
    }
}
