//! Untrusted text never makes the entity and role finders panic, and every offset they report
//! lies inside the body (code points). Inputs come from a seeded generator over the characters
//! that the finders treat specially.

use corridor_extract::{entities::EntityFinder, Doc};
use corridor_model::{Article, Extraction};

/// The entity and role stages only (the other stages have their own tests).
struct Stages(EntityFinder);

impl Stages {
    fn run(&self, article: &Article) -> Extraction {
        let doc = Doc::new(article);
        let found = self.0.find(&doc);
        let roles = corridor_extract::roles::find(&doc, &found);
        Extraction {
            entities: found.into_iter().map(|f| f.entity).collect(),
            roles,
            ..Default::default()
        }
    }
}

const PIECES: &[&str] = &[
    "China",
    "-",
    "Asia",
    "Centre",
    "(",
    ")",
    "ACC",
    "of",
    "the",
    "and",
    "’s",
    "'s",
    "Mr.",
    "H.E.",
    "Secretary",
    "General",
    "President",
    " ",
    " ",
    "  ",
    ",",
    ".",
    "\n\n",
    "Xi’an",
    "Türkiye",
    "Lao",
    "PDR",
    "Ministry",
    "Foreign",
    "Affairs",
    "Wang",
    "Yi",
    "é",
    "中国",
    "–",
    "“",
    "”",
    "U",
    "Jr.",
    "Co.",
    "Ltd.",
    "&",
    "Kazakh",
    "region",
    "a",
    "member",
    "who",
    "is",
    "\u{200b}",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_text_never_panics_and_offsets_stay_in_bounds() {
    let ex = Stages(EntityFinder::new());
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..400 {
        let n = (rng.next() % 60) as usize;
        let mut body = String::new();
        for _ in 0..n {
            body.push_str(PIECES[(rng.next() % PIECES.len() as u64) as usize]);
            if rng.next().is_multiple_of(3) {
                body.push(' ');
            }
        }
        let out = ex.run(&Article::new("random", body.clone()));
        let chars = body.chars().count();
        for e in &out.entities {
            assert!(!e.name.is_empty(), "empty name in {body:?}");
            for m in &e.mentions {
                assert!(m.start < m.end && m.end <= chars, "{m:?} outside {body:?}");
            }
        }
        for r in &out.roles {
            assert!(
                r.evidence.is_none_or(|s| s.end <= chars),
                "{r:?} outside {body:?}"
            );
        }
    }
}

#[test]
fn empty_and_lowercase_text_yield_nothing() {
    let ex = Stages(EntityFinder::new());
    assert!(ex.run(&Article::new("e", "")).entities.is_empty());
    let out = ex.run(&Article::new(
        "l",
        "the ministry said trade grew in the region last year.",
    ));
    assert!(out.entities.is_empty(), "{:?}", out.entities);
}
