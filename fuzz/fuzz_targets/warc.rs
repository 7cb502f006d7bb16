#![no_main]
use corridor_ingest::{http, warc, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_input_bytes: 1 << 20,
        max_record_bytes: 1 << 16,
    };
    let _ = warc::read("x.warc", data, limits);
    let _ = http::parse(data, 1 << 16);
});
