#![no_main]
use corridor_ingest::detect;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = detect::is_binary(data);
    let _ = detect::detect("x", data);
    let _ = detect::detect("x.warc.gz", data);
});
