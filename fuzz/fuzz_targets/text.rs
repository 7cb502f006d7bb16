#![no_main]
use corridor_ingest::{read_bytes, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_input_bytes: 1 << 20,
        max_record_bytes: 1 << 16,
    };
    for r in read_bytes("x.txt", data, limits) {
        if let Err(e) = r {
            assert!(e.to_string().starts_with(e.source_name()));
        }
    }
});
