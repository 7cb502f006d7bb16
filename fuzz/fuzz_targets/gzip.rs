#![no_main]
use corridor_ingest::{read_bytes, Limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_input_bytes: 1 << 20,
        max_record_bytes: 1 << 16,
    };
    let mut gz = corridor_ingest::gzip::MAGIC.to_vec();
    gz.extend_from_slice(data);
    let _ = read_bytes("x.gz", &gz, limits);
    let _ = read_bytes("x.warc.gz", data, limits);
});
