#![no_main]
use corridor_ingest::jsonl;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = jsonl::read("x.jsonl", data, 1 << 16);
});
