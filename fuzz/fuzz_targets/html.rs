#![no_main]
use corridor_ingest::{decode, html};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = html::read("x.html", data, None);
    let _ = html::read("x.html", data, Some("gbk"));
    let _ = decode::prescan(data);
});
