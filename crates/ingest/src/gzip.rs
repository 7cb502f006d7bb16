//! Gzip: every compressed input (`.gz`, WARC.gz, gzipped feeds) goes through one bounded,
//! multi-member decoder.

use std::io::{self, BufRead, Read};

use flate2::bufread::MultiGzDecoder;

use crate::bounded::Fault;

/// The two magic bytes that open a gzip member.
pub const MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Whether `bytes` start a gzip stream.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&MAGIC)
}

/// Decompresses all gzip members of `input`; decoder errors are marked so that they map to
/// "truncated gzip stream" or "corrupt gzip stream". The caller bounds the output.
pub(crate) struct Gunzip<R: BufRead> {
    inner: MultiGzDecoder<R>,
}

impl<R: BufRead> Gunzip<R> {
    pub(crate) fn new(input: R) -> Self {
        Gunzip {
            inner: MultiGzDecoder::new(input),
        }
    }
}

impl<R: BufRead> Read for Gunzip<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner
            .read(buf)
            .map_err(|e| io::Error::other(Fault::Gzip(e)))
    }
}

/// Decompresses a whole gzip buffer into at most `limit` bytes (HTTP `Content-Encoding: gzip`
/// payloads inside WARC records).
pub(crate) fn gunzip_bounded(bytes: &[u8], limit: u64) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    crate::bounded::Capped::new(Gunzip::new(bytes), limit).read_to_end(&mut out)?;
    Ok(out)
}

/// Inflates a zlib or raw deflate buffer into at most `limit` bytes (`Content-Encoding: deflate`).
pub(crate) fn inflate_bounded(bytes: &[u8], limit: u64) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let zlib = crate::bounded::Capped::new(flate2::bufread::ZlibDecoder::new(bytes), limit)
        .read_to_end(&mut out);
    if zlib.is_ok() {
        return Ok(out);
    }
    out.clear();
    crate::bounded::Capped::new(flate2::bufread::DeflateDecoder::new(bytes), limit)
        .read_to_end(&mut out)?;
    Ok(out)
}
