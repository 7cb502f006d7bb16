//! Untrusted text never makes the event finder panic; every event it reports has an evidence span
//! inside the body, and its participants are names of the article's entities (a gathering may
//! carry its ordinal or year, "27th ASEAN-China Summit"). Inputs are assembled from pieces the
//! event finder treats specially: trigger words, dashes, purpose clauses, dates, names.

use corridor_extract::Extractor;
use corridor_model::Article;
use proptest::prelude::*;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

const PIECES: &[&str] = &[
    "On 9 July 2024, ",
    "During the visit, ",
    "To deepen ties, ",
    "the delegation ",
    "Secretary General Lin Mei ",
    "of the Harbour Council ",
    "Laos",
    "China",
    "Chinese officials ",
    "-",
    "–",
    "‑",
    "ASEAN",
    " cooperation",
    "visited ",
    "met with ",
    "attended ",
    "signed ",
    "the inauguration ceremony",
    "the 27th ",
    "Ports Summit ",
    "was held ",
    "in Kunming",
    ". ",
    ", ",
    "\n\n",
    "’",
    "é",
    "中国",
    " ",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(0..PIECES.len(), 0..60)
        .prop_map(|ix| ix.into_iter().map(|i| PIECES[i]).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn events_are_evidenced_and_name_entities(body in text()) {
        let mut article = Article::new("p.txt", &body);
        article.published = Some("2024-07-20".into());
        let out = EXTRACTOR.extract(&article);
        let len = body.chars().count();
        let names: Vec<&str> = out.entities.iter().map(|e| e.name.as_str()).collect();
        for e in out.events.iter().chain(&out.undated_events) {
            prop_assert!(e.evidence.start < e.evidence.end && e.evidence.end <= len, "{e:?}");
            for p in &e.participants {
                prop_assert!(
                    names.iter().any(|n| p == n || p.ends_with(&format!(" {n}"))),
                    "participant {p:?} is no entity of {names:?}"
                );
            }
        }
    }
}
