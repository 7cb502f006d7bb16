//! WARC archives (plain or gzipped): one document per `response` record.
//!
//! The reader streams: records are read one at a time from the (possibly decompressing)
//! reader, each bounded by the record limit. `request`, `metadata`, `warcinfo`, `revisit` and
//! other records are skipped, and so are responses that are not pages (non-2xx statuses,
//! images, scripts, `dns:` records). A page's source and `url` are its `WARC-Target-URI`; its
//! HTTP charset is honoured and its HTTP headers stripped.

use std::io::{self, BufRead, Read};

use crate::bounded::{io_error, read_line};
use crate::detect::{self, Kind};
use crate::{http, Given, IngestError, Limits, RawDoc};

/// The longest header line a record may have.
const MAX_HEADER_LINE: u64 = 64 * 1024;
/// The most header lines a record may have.
const MAX_HEADER_LINES: usize = 1024;

/// The headers of one WARC record.
#[derive(Debug, Default)]
struct Header {
    kind: String,
    target: Option<String>,
    content_type: String,
    length: Option<u64>,
}

/// Streams the documents of a WARC archive.
pub struct Records<R> {
    archive: String,
    reader: R,
    limits: Limits,
    offset: u64,
    done: bool,
    seen_record: bool,
}

impl<R: BufRead> Records<R> {
    /// Reads the archive called `archive` from `reader` (already decompressed).
    pub fn new(archive: &str, reader: R, limits: Limits) -> Self {
        Records {
            archive: archive.into(),
            reader,
            limits,
            offset: 0,
            done: false,
            seen_record: false,
        }
    }

    fn fail(&mut self, e: IngestError) -> Option<Result<RawDoc, IngestError>> {
        self.done = true;
        Some(Err(e))
    }

    fn truncated(&self, reason: String) -> IngestError {
        IngestError::Truncated {
            source_name: self.archive.clone(),
            what: "WARC record".into(),
            reason,
        }
    }

    fn line(&mut self) -> io::Result<Option<Vec<u8>>> {
        let line = read_line(&mut self.reader, MAX_HEADER_LINE)?;
        if let Some(l) = &line {
            self.offset += l.len() as u64;
        }
        Ok(line)
    }

    /// Reads the next record's header; `Ok(None)` at a clean end of the archive.
    fn header(&mut self) -> Result<Option<Header>, IngestError> {
        let archive = self.archive.clone();
        let io = |e| io_error(&archive, "WARC header line", e);
        let version = loop {
            match self.line().map_err(io)? {
                None => return Ok(None),
                Some(l) if l.iter().all(u8::is_ascii_whitespace) => continue,
                Some(l) => break l,
            }
        };
        let at = self.offset - version.len() as u64;
        if !version.starts_with(b"WARC/") {
            let shown: String = String::from_utf8_lossy(&version).chars().take(40).collect();
            return Err(IngestError::bad(
                &self.archive,
                format!(
                    "not a WARC record at byte {at} (found {:?})",
                    shown.trim_end()
                ),
            ));
        }
        let mut h = Header::default();
        for _ in 0..MAX_HEADER_LINES {
            let line = self.line().map_err(io)?.ok_or_else(|| {
                self.truncated(format!("header of the record at byte {at} does not end"))
            })?;
            let line = String::from_utf8_lossy(&line);
            let line = line.trim_end();
            if line.is_empty() {
                let length = h.length.ok_or_else(|| {
                    IngestError::bad(
                        &self.archive,
                        format!("record at byte {at} has no valid Content-Length"),
                    )
                })?;
                h.length = Some(length);
                return Ok(Some(h));
            }
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim();
            match name.trim().to_ascii_lowercase().as_str() {
                "warc-type" => h.kind = value.to_ascii_lowercase(),
                "warc-target-uri" => {
                    h.target = Some(
                        value
                            .trim_start_matches('<')
                            .trim_end_matches('>')
                            .to_string(),
                    )
                }
                "content-type" => h.content_type = value.to_ascii_lowercase(),
                "content-length" => h.length = value.parse().ok(),
                _ => {}
            }
        }
        Err(IngestError::bad(
            &self.archive,
            format!("record at byte {at} has more than {MAX_HEADER_LINES} header lines"),
        ))
    }

    /// Reads (or skips) a block of `len` bytes.
    fn block(&mut self, len: u64, keep: bool) -> Result<Vec<u8>, IngestError> {
        let archive = self.archive.clone();
        let mut buf = Vec::new();
        let got = if keep {
            (&mut self.reader)
                .take(len)
                .read_to_end(&mut buf)
                .map_err(|e| io_error(&archive, "input", e))? as u64
        } else {
            io::copy(&mut (&mut self.reader).take(len), &mut io::sink())
                .map_err(|e| io_error(&archive, "input", e))?
        };
        self.offset += got;
        if got < len {
            return Err(self.truncated(format!(
                "archive ends {} bytes into a {len}-byte record block",
                got
            )));
        }
        Ok(buf)
    }

    /// Turns a response record into a document, or `None` when it is not a page.
    fn page(&self, target: &str, block: &[u8]) -> Option<Result<RawDoc, IngestError>> {
        let resp = match http::parse(block, self.limits.max_record_bytes) {
            Ok(r) => r,
            Err(reason) => {
                return Some(Err(IngestError::bad(
                    target,
                    format!("{reason} (in {})", self.archive),
                )))
            }
        };
        if !(200..300).contains(&resp.status) {
            return None;
        }
        let content_type = resp
            .header("content-type")
            .unwrap_or("")
            .to_ascii_lowercase();
        let mime = content_type.split(';').next().unwrap_or("").trim();
        let kind = match mime {
            "text/html" | "application/xhtml+xml" => Kind::Html,
            "text/plain" => Kind::Text,
            "" => match detect::is_binary(&resp.body) {
                true => return None,
                false => detect::detect("", &resp.body)
                    .ok()
                    .filter(|k| *k == Kind::Html)
                    .unwrap_or(Kind::Text),
            },
            _ => return None,
        };
        if resp.body.iter().all(u8::is_ascii_whitespace) {
            return Some(Err(IngestError::bad(
                target,
                format!("empty response body (in {})", self.archive),
            )));
        }
        let charset = crate::decode::charset_param(&content_type).map(str::to_owned);
        let doc = match kind {
            Kind::Html => crate::html::read(target, &resp.body, charset.as_deref()),
            _ => match charset.as_deref().and_then(crate::decode::for_label) {
                Some(enc) => Ok(crate::text::from_string(
                    target,
                    enc.decode(&resp.body).0.into_owned(),
                )),
                None => crate::text::read(target, &resp.body),
            },
        };
        Some(doc.map(|d| RawDoc {
            url: Some(target.to_string()),
            given: Given::default(),
            ..d
        }))
    }
}

impl<R: BufRead> Iterator for Records<R> {
    type Item = Result<RawDoc, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let header = match self.header() {
                Ok(Some(h)) => h,
                Ok(None) if !self.seen_record => {
                    let e = IngestError::Empty {
                        source_name: self.archive.clone(),
                    };
                    return self.fail(e);
                }
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => return self.fail(e),
            };
            self.seen_record = true;
            let len = header.length.unwrap_or(0);
            let wanted =
                header.kind == "response" && header.content_type.starts_with("application/http");
            if wanted && len > self.limits.max_record_bytes {
                let name = header
                    .target
                    .clone()
                    .unwrap_or_else(|| self.archive.clone());
                if let Err(e) = self.block(len, false) {
                    return self.fail(e);
                }
                return Some(Err(IngestError::TooLarge {
                    source_name: name,
                    what: "WARC record".into(),
                    limit: self.limits.max_record_bytes,
                }));
            }
            let block = match self.block(len, wanted) {
                Ok(b) => b,
                Err(e) => return self.fail(e),
            };
            if !wanted {
                continue;
            }
            let Some(target) = header.target else {
                return Some(Err(IngestError::bad(
                    &self.archive,
                    "response record without WARC-Target-URI",
                )));
            };
            if let Some(doc) = self.page(&target, &block) {
                return Some(doc);
            }
        }
        None
    }
}

/// Reads a whole in-memory WARC archive (a fuzzing and testing entry point).
pub fn read(archive: &str, bytes: &[u8], limits: Limits) -> Vec<Result<RawDoc, IngestError>> {
    Records::new(archive, bytes, limits).collect()
}
