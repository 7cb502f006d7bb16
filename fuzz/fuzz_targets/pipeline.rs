#![no_main]
//! The whole chain on arbitrary bytes: `read_bytes` (the first byte picks the input's name, hence
//! its format), `clean` on every record, `extract` on every article, with the extract target's
//! offset checks on each. Nothing may panic.
use corridor_ingest::{read_bytes, Limits};
use libfuzzer_sys::fuzz_target;

#[path = "common/mod.rs"]
mod common;

const NAMES: &[&str] = &["x.txt", "x.html", "x.jsonl", "x.warc", "x.rss", "x.gz", "x"];

fuzz_target!(|data: &[u8]| {
    let Some((sel, rest)) = data.split_first() else {
        return;
    };
    let name = NAMES[*sel as usize % NAMES.len()];
    let limits = Limits {
        max_input_bytes: 1 << 20,
        max_record_bytes: 1 << 16,
    };
    for doc in read_bytes(name, rest, limits).into_iter().flatten() {
        if let Ok(articles) = corridor_clean::clean(&doc) {
            for a in &articles {
                common::extract_and_check(a);
            }
        }
    }
});
