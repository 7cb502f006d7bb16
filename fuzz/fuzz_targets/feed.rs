#![no_main]
use corridor_ingest::feed;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = feed::read("x.rss", data);
    if let Ok(s) = std::str::from_utf8(data) {
        let _ = feed::wall_clock(s);
    }
});
