//! Bounded reading: every read and every decompression stops at a limit.

use std::io::{self, BufRead, Read};

use crate::IngestError;

/// A fault inside a reader stack that the error mapping must tell apart from plain I/O errors.
#[derive(Debug)]
pub(crate) enum Fault {
    /// More than this many bytes were offered.
    Limit(u64),
    /// The gzip decoder failed.
    Gzip(io::Error),
}

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fault::Limit(n) => write!(f, "more than {n} bytes"),
            Fault::Gzip(e) => write!(f, "gzip: {e}"),
        }
    }
}

impl std::error::Error for Fault {}

/// A reader that yields at most `limit` bytes and fails (rather than stopping silently) when
/// the inner reader has more.
pub(crate) struct Capped<R> {
    inner: R,
    left: u64,
    limit: u64,
}

impl<R: Read> Capped<R> {
    pub(crate) fn new(inner: R, limit: u64) -> Self {
        Capped {
            inner,
            left: limit,
            limit,
        }
    }
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        if self.left == 0 {
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(io::Error::other(Fault::Limit(self.limit))),
            };
        }
        let want = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        self.left -= n as u64;
        Ok(n)
    }
}

/// Reads up to `n` bytes (fewer only at the end of the stream).
pub(crate) fn read_head<R: Read>(r: &mut R, n: usize) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(n.min(1 << 16));
    r.take(n as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// Reads one line (up to and including `\n`) of at most `max` bytes; `Ok(None)` at the end of
/// the stream, an error naming the limit when the line is longer.
pub(crate) fn read_line<R: BufRead>(r: &mut R, max: u64) -> io::Result<Option<Vec<u8>>> {
    let mut line = Vec::new();
    let n = r.by_ref().take(max).read_until(b'\n', &mut line)?;
    if n == 0 {
        return Ok(None);
    }
    if line.last() != Some(&b'\n') && n as u64 == max && !r.fill_buf()?.is_empty() {
        return Err(io::Error::other(Fault::Limit(max)));
    }
    Ok(Some(line))
}

/// Turns an I/O error met while reading `source` into the matching [`IngestError`].
pub(crate) fn io_error(source: &str, what: &str, e: io::Error) -> IngestError {
    let fault = e.get_ref().and_then(|inner| inner.downcast_ref::<Fault>());
    match fault {
        Some(Fault::Limit(n)) => IngestError::TooLarge {
            source_name: source.into(),
            what: what.into(),
            limit: *n,
        },
        Some(Fault::Gzip(g)) if g.kind() == io::ErrorKind::UnexpectedEof => {
            IngestError::Truncated {
                source_name: source.into(),
                what: "gzip stream".into(),
                reason: "unexpected end of compressed data".into(),
            }
        }
        Some(Fault::Gzip(g)) => IngestError::bad(source, format!("corrupt gzip stream: {g}")),
        None if e.kind() == io::ErrorKind::InvalidData
            || e.kind() == io::ErrorKind::InvalidInput =>
        {
            IngestError::bad(source, format!("corrupt data: {e}"))
        }
        None => IngestError::Unreadable {
            source_name: source.into(),
            reason: e.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capped_passes_exact_limit_and_fails_past_it() {
        let mut ok = Capped::new(&b"abcd"[..], 4);
        let mut out = Vec::new();
        ok.read_to_end(&mut out).unwrap();
        assert_eq!(out, b"abcd");

        let mut over = Capped::new(&b"abcde"[..], 4);
        let e = over.read_to_end(&mut Vec::new()).unwrap_err();
        assert!(matches!(
            io_error("x", "input", e),
            IngestError::TooLarge { limit: 4, .. }
        ));
    }

    #[test]
    fn read_line_bounds_long_lines() {
        let mut r = &b"short\nmuch longer line\n"[..];
        assert_eq!(read_line(&mut r, 8).unwrap().unwrap(), b"short\n");
        assert!(read_line(&mut r, 8).is_err());
        let mut end = &b"last"[..];
        assert_eq!(read_line(&mut end, 8).unwrap().unwrap(), b"last");
        assert!(read_line(&mut end, 8).unwrap().is_none());
    }
}
