#![no_main]
//! `corridor_extract::Extractor::extract` over an arbitrary UTF-8 body, with or without a
//! publication date. Nothing may panic, and every offset it reports (entity mentions, role and
//! event evidence, figures, dates) is a code-point range inside the body; a figure's or date's
//! `text` is the body's text at its offsets.
use std::sync::OnceLock;

use corridor_extract::Extractor;
use corridor_model::{Article, Span};
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

fn check(what: &str, s: &Span, n: usize) {
    assert!(
        s.start <= s.end && s.end <= n,
        "{what} {s:?} outside 0..{n}"
    );
}

fn text_at(chars: &[char], start: usize, end: usize) -> String {
    chars[start..end].iter().collect()
}

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
    let out = extractor().extract(&article);
    let chars: Vec<char> = article.body.chars().collect();
    let n = chars.len();
    for e in &out.entities {
        assert!(
            !e.mentions.is_empty(),
            "entity {:?} without mentions",
            e.name
        );
        for m in &e.mentions {
            check("mention", m, n);
        }
    }
    for r in &out.roles {
        if let Some(s) = &r.evidence {
            check("role evidence", s, n);
        }
    }
    for ev in out.events.iter().chain(&out.undated_events) {
        check("event evidence", &ev.evidence, n);
    }
    for f in &out.figures {
        check("figure", &Span::new(f.start, f.end), n);
        check("figure evidence", &f.evidence, n);
        assert_eq!(text_at(&chars, f.start, f.end), f.text, "figure text");
    }
    for d in out.dates.iter().chain(&out.unresolved_dates) {
        check("date", &Span::new(d.start, d.end), n);
        assert_eq!(text_at(&chars, d.start, d.end), d.text, "date text");
    }
});
