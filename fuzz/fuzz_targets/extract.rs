#![no_main]
//! `corridor_extract::Extractor::extract` over an arbitrary UTF-8 body, with or without a
//! publication date. Nothing may panic, and every offset it reports (entity mentions, role and
//! event evidence, figures, dates) is a code-point range inside the body; a figure's or date's
//! `text` is the body's text at its offsets.
use corridor_model::Article;
use libfuzzer_sys::fuzz_target;

#[path = "common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    // First byte chooses the publication date: none, a plain date, a date-time, or garbage.
    let (sel, rest) = match data.split_first() {
        Some((s, r)) => (*s, r),
        None => (0, data),
    };
    let body = String::from_utf8_lossy(rest).into_owned();
    let mut article = Article::new("fuzz.txt", body);
    article.published = match sel % 4 {
        0 => None,
        1 => Some("2024-03-30".into()),
        2 => Some("2023-02-28T23:59".into()),
        _ => Some(format!("{sel}-99-99")),
    };
    common::extract_and_check(&article);
});
