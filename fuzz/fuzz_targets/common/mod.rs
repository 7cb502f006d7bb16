//! Checks shared by the targets that run the extract stage.
use corridor_extract::Extractor;
use corridor_model::{Article, Span};
use std::sync::OnceLock;

/// The extractor, loaded once per process.
pub fn extractor() -> &'static Extractor {
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

/// Extracts from `article` and checks every offset of the result against its body: every entity
/// has a mention; mentions, evidence, figures and dates are code-point ranges inside the body;
/// a figure's and a date's `text` is the body at its offsets.
pub fn extract_and_check(article: &Article) {
    let out = extractor().extract(article);
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
}
