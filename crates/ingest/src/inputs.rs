//! The lazy iterator over inputs: paths → files → records, one file open at a time.

use std::io::{BufRead, BufReader, Cursor, Read};
use std::path::Path;

use crate::bounded::{io_error, read_head, Capped};
use crate::detect::{self, Kind};
use crate::gzip::{self, Gunzip};
use crate::walk::Walk;
use crate::{feed, html, jsonl, text, warc, IngestError, Limits, RawDoc};

/// How many leading bytes decide an input's kind.
const SNIFF_BYTES: usize = 8192;
/// How many leading bytes decide whether an input is a WARC archive (few, so that a truncated
/// archive still yields the records before the cut).
const WARC_SNIFF_BYTES: usize = 64;

type Records = Box<dyn Iterator<Item = Result<(Kind, RawDoc), IngestError>> + Send>;

/// Records of every input, each tagged with the kind of input it came from.
pub struct Tagged {
    paths: std::vec::IntoIter<String>,
    walk: Option<Walk>,
    current: Option<Records>,
    limits: Limits,
}

impl Iterator for Tagged {
    type Item = Result<(Kind, RawDoc), IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(records) = &mut self.current {
                if let Some(r) = records.next() {
                    return Some(r);
                }
                self.current = None;
            }
            if let Some(walk) = &mut self.walk {
                match walk.next() {
                    Some(Ok(path)) => {
                        self.current = Some(open_file(&path.to_string_lossy(), self.limits))
                    }
                    Some(Err(e)) => return Some(Err(e)),
                    None => self.walk = None,
                }
                continue;
            }
            let path = self.paths.next()?;
            if path == "-" {
                self.current = Some(records(
                    "-",
                    Box::new(BufReader::new(std::io::stdin())),
                    self.limits,
                ));
            } else if Path::new(&path).is_dir() {
                self.walk = Some(Walk::new(Path::new(&path)));
            } else {
                self.current = Some(open_file(&path, self.limits));
            }
        }
    }
}

/// Every record of every input, in input order, read lazily: directories are walked and files
/// opened only as the iteration reaches them, so a directory of 10⁵ files streams.
///
/// ```no_run
/// for doc in corridor_ingest::Inputs::new(["news/".to_string()]) {
///     match doc {
///         Ok(doc) => println!("{}", doc.source),
///         Err(e) => eprintln!("{e}"),
///     }
/// }
/// ```
pub struct Inputs(Tagged);

impl Inputs {
    /// The records of `paths` (files, directories, `-` for standard input) under default limits.
    pub fn new(paths: impl IntoIterator<Item = String>) -> Self {
        let paths: Vec<String> = paths.into_iter().collect();
        Inputs(Tagged {
            paths: paths.into_iter(),
            walk: None,
            current: None,
            limits: Limits::default(),
        })
    }

    /// The same inputs read under other limits.
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.0.limits = limits;
        self
    }

    /// The records together with the kind of input each came from.
    pub fn tagged(self) -> Tagged {
        self.0
    }
}

impl Iterator for Inputs {
    type Item = Result<RawDoc, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|r| r.map(|(_, doc)| doc))
    }
}

/// Reads one in-memory input called `name` exactly as a file of that name would be read
/// (gzip, kind detection, decoding, limits).
pub fn read_bytes(name: &str, bytes: &[u8], limits: Limits) -> Vec<Result<RawDoc, IngestError>> {
    read_bytes_tagged(name, bytes, limits)
        .into_iter()
        .map(|r| r.map(|(_, d)| d))
        .collect()
}

/// [`read_bytes`] with the kind of each record's input.
pub fn read_bytes_tagged(
    name: &str,
    bytes: &[u8],
    limits: Limits,
) -> Vec<Result<(Kind, RawDoc), IngestError>> {
    records(name, Box::new(Cursor::new(bytes.to_vec())), limits).collect()
}

fn open_file(name: &str, limits: Limits) -> Records {
    match std::fs::File::open(name) {
        Ok(f) => records(name, Box::new(BufReader::new(f)), limits),
        Err(e) => one(Err(IngestError::Unreadable {
            source_name: name.into(),
            reason: e.to_string(),
        })),
    }
}

fn one(r: Result<(Kind, RawDoc), IngestError>) -> Records {
    Box::new(std::iter::once(r))
}

/// The records of one input: undo gzip, sniff the kind, then stream WARC archives record by
/// record and parse the other kinds whole (bounded by the input limit).
fn records(name: &str, mut raw: Box<dyn BufRead + Send>, limits: Limits) -> Records {
    let magic = match read_head(&mut raw, 2) {
        Ok(m) => m,
        Err(e) => return one(Err(io_error(name, "input", e))),
    };
    let joined = Cursor::new(magic.clone()).chain(raw);
    let stream: Box<dyn Read + Send> = if gzip::is_gzip(&magic) {
        Box::new(Gunzip::new(joined))
    } else {
        Box::new(joined)
    };
    let mut capped = BufReader::new(Capped::new(stream, limits.max_input_bytes));
    let head = match read_head(&mut capped, WARC_SNIFF_BYTES) {
        Ok(h) => h,
        Err(e) => return one(Err(io_error(name, "input", e))),
    };
    if detect::is_warc(&head) {
        let archive = warc::Records::new(
            name,
            BufReader::new(Cursor::new(head).chain(capped)),
            limits,
        );
        return Box::new(archive.map(|r| r.map(|d| (Kind::Warc, d))));
    }
    let mut all = head;
    if let Err(e) = capped.read_to_end(&mut all) {
        return one(Err(io_error(name, "input", e)));
    }
    Box::new(parse(name, &all, limits).into_iter())
}

/// Parses a whole, decompressed input.
fn parse(name: &str, bytes: &[u8], limits: Limits) -> Vec<Result<(Kind, RawDoc), IngestError>> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return vec![Err(IngestError::Empty {
            source_name: name.into(),
        })];
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if detect::is_binary(head) {
        return vec![Err(IngestError::Binary {
            source_name: name.into(),
        })];
    }
    let kind = match detect::detect(name, head) {
        Ok(k) => k,
        Err(reason) => return vec![Err(IngestError::bad(name, reason))],
    };
    let tag = |r: Result<RawDoc, IngestError>| r.map(|d| (kind, d));
    match kind {
        Kind::Text => vec![tag(text::read(name, bytes))],
        Kind::Html => vec![tag(html::read(name, bytes, None))],
        Kind::Jsonl => jsonl::read(name, bytes, limits.max_record_bytes)
            .into_iter()
            .map(tag)
            .collect(),
        Kind::Feed => feed::read(name, bytes).into_iter().map(tag).collect(),
        Kind::Warc => warc::read(name, bytes, limits)
            .into_iter()
            .map(tag)
            .collect(),
    }
}
