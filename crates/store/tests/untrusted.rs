//! Arbitrary text in any field never panics the store, and storing is always idempotent.

mod common;

use common::*;
use corridor_model::{EntityType, Span};
use corridor_store::{normalize, AddOutcome, EmbeddedStore, Store};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_record_stores_once(title in "\\PC{0,40}", text in "\\PC{0,300}", name in "\\PC{0,30}", alias in "\\PC{0,12}", start in 0usize..1000, len in 0usize..1000) {
        let dir = tempfile::tempdir().unwrap();
        let store = EmbeddedStore::open(dir.path()).unwrap();
        let mut e = with_aliases(entity("e1", EntityType::Person, &name), &[&alias]);
        e.mentions = vec![Span::new(start, start + len)];
        let mut r = record("p.txt", "2024-01-01", &title, &text, vec![e, entity("e2", EntityType::Organization, &name)]);
        r.extraction.events.push(event(corridor_model::EventType::Meeting, "2024", Some(&alias), &[&name, &alias]));
        r.extraction.events[0].evidence = Span::new(start, start + len);
        let first = store.add_record(&r).unwrap();
        let second = store.add_record(&r).unwrap();
        match first {
            AddOutcome::Rejected { .. } => {
                let rejected = matches!(second, AddOutcome::Rejected { .. });
                prop_assert!(rejected);
            }
            _ => prop_assert_eq!(second, AddOutcome::Duplicate { id: first.id().unwrap() }),
        }
        let _ = store.search(&text, 3, 0).unwrap();
        let _ = store.entities(&name, None, 3).unwrap();
    }

    #[test]
    fn fold_is_idempotent(s in "\\PC{0,80}") {
        let once = normalize::fold(&s);
        prop_assert_eq!(normalize::fold(&once), once.clone());
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' '));
    }
}

/// Query syntax the parser cannot read searches the words instead of failing (found by the proptest
/// above: `.:*{` named a field called ".").
#[test]
fn unreadable_query_syntax_is_searched_as_words() {
    let dir = tempfile::tempdir().unwrap();
    let store = EmbeddedStore::open(dir.path()).unwrap();
    let r = record(
        "q.txt",
        "2024-01-01",
        "Port opens",
        "The dry port opened in Vientiane.",
        vec![],
    );
    store.add_record(&r).unwrap();
    for q in [".:*{", "title:", "\"unclosed", "port:(", "((("] {
        assert!(store.search(q, 5, 0).is_ok(), "{q}");
    }
    assert_eq!(store.search("port:(", 5, 0).unwrap().total, 1);
}
