//! Behavioural checks written once over `&dyn Store`, run against every store implementation
//! (all text written for these tests). Each check expects an empty store. The query checks
//! live in `queries.rs`.
#![allow(dead_code)]

use super::common::*;
use super::queries;
use corridor_model::EntityType::*;
use corridor_store::{AddOutcome, Store};

/// A check over any store.
pub type Check = fn(&dyn Store);

/// Every check, by name, for a runner that builds a fresh store for each.
pub const ALL: &[(&str, Check)] = &[
    ("storing_twice_adds_nothing", storing_twice_adds_nothing),
    ("near_duplicates_are_linked", near_duplicates_are_linked),
    (
        "acronym_and_full_name_resolve",
        acronym_and_full_name_resolve,
    ),
    ("search_is_lenient", queries::search_is_lenient),
    (
        "roles_timeline_and_detail",
        queries::roles_timeline_and_detail,
    ),
    (
        "events_network_places_stats",
        queries::events_network_places_stats,
    ),
    (
        "rejected_records_do_not_stop_a_batch",
        rejected_records_do_not_stop_a_batch,
    ),
];

pub fn storing_twice_adds_nothing(store: &dyn Store) {
    let batch = vec![
        record(
            "a.txt",
            "2024-01-02",
            "Rail talks",
            &body(1),
            vec![entity("e1", Organization, "Lanxang Rail Company")],
        ),
        record("b.txt", "2024-01-03", "Port deal", &body(2), vec![]),
    ];
    let first = store.add_records(&batch).unwrap();
    assert!(
        first.iter().all(|o| matches!(o, AddOutcome::Stored { .. })),
        "{first:?}"
    );
    let before = store.stats().unwrap();
    let again = store.add_records(&batch).unwrap();
    for (a, b) in first.iter().zip(&again) {
        assert!(
            matches!(b, AddOutcome::Duplicate { id } if Some(*id) == a.id()),
            "{again:?}"
        );
    }
    let after = store.stats().unwrap();
    assert_eq!(before, after);
    assert_eq!((after.articles, after.entities, after.mentions), (2, 1, 1));
    // The same text under another source is a duplicate that records the new source.
    let mut mirror = batch[0].clone();
    mirror.article.source = "mirror/a.txt".into();
    let out = store.add_record(&mirror).unwrap();
    let id = first[0].id().unwrap();
    assert!(matches!(out, AddOutcome::Duplicate { id: d } if d == id));
    let stored = store.article(id).unwrap().unwrap();
    assert_eq!(
        stored.sources,
        vec!["a.txt".to_string(), "mirror/a.txt".to_string()]
    );
    assert_eq!(stored.record, batch[0]);
    assert_eq!(store.stats().unwrap().duplicate_sources, 1);
    assert!(store.article(id + 1000).unwrap().is_none());
}

pub fn near_duplicates_are_linked(store: &dyn Store) {
    let text = body(11);
    let a = record(
        "site-a/1",
        "2024-01-01",
        "Release",
        &text,
        vec![entity("e1", Organization, "Mekong Forum")],
    );
    let copy = format!("{text} Reposted from a partner website.");
    let b = record(
        "site-b/9",
        "2024-01-02",
        "Release (repost)",
        &copy,
        vec![entity("e1", Organization, "Mekong Forum")],
    );
    let other = record("site-c/3", "2024-01-02", "Other", &body(12), vec![]);
    let out = store.add_records(&[a, b, other]).unwrap();
    let AddOutcome::NearDuplicate { id, of, similarity } = out[1] else {
        panic!("{out:?}")
    };
    assert_eq!(Some(of), out[0].id());
    assert!(similarity >= 0.8, "{similarity}");
    assert!(matches!(out[2], AddOutcome::Stored { .. }));
    let stats = store.stats().unwrap();
    assert_eq!((stats.articles, stats.duplicates, stats.indexed), (2, 1, 2));
    assert_eq!(
        store.entities("", Some(Organization), 10).unwrap()[0].article_count,
        1
    );
    let original = store.article(of).unwrap().unwrap();
    assert_eq!(
        original.duplicates.iter().map(|d| d.id).collect::<Vec<_>>(),
        vec![id]
    );
    assert_eq!(store.article(id).unwrap().unwrap().duplicate_of, Some(of));
    assert_eq!(
        store.search("partner website", 10, 0).unwrap().total,
        0,
        "near-duplicates are not searched"
    );
    assert_eq!(store.articles(10, 0).unwrap().len(), 2);
}

pub fn acronym_and_full_name_resolve(store: &dyn Store) {
    let a = record(
        "a.txt",
        "2024-01-02",
        "One",
        &body(1),
        vec![entity("e1", Organization, "CAREC")],
    );
    let b = record(
        "b.txt",
        "2024-02-03",
        "Two",
        &body(2),
        vec![with_acronym(
            entity(
                "e1",
                Organization,
                "Central Asia Regional Economic Cooperation",
            ),
            "CAREC",
        )],
    );
    let c = record(
        "c.txt",
        "2024-03-04",
        "Three",
        &body(3),
        vec![with_aliases(
            entity(
                "e1",
                Organization,
                "Central Asia Regional Economic Cooperation",
            ),
            &["CAREC Program"],
        )],
    );
    store.add_record(&a).unwrap();
    store.add_records(&[b, c]).unwrap();
    let found = store.entities("", Some(Organization), 50).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    let e = &found[0];
    assert_eq!(e.name, "Central Asia Regional Economic Cooperation");
    assert_eq!(e.acronym.as_deref(), Some("CAREC"));
    assert_eq!(e.article_count, 3);
    assert!(
        e.aliases.contains(&"CAREC".to_string())
            && e.aliases.contains(&"CAREC Program".to_string()),
        "{:?}",
        e.aliases
    );
    assert_eq!(
        store
            .entities("program", Some(Organization), 50)
            .unwrap()
            .len(),
        1,
        "aliases match case-insensitively"
    );
    assert!(
        store
            .entities("carec", Some(Person), 50)
            .unwrap()
            .is_empty(),
        "within type"
    );
    assert!(
        store.entities("100%_", None, 50).unwrap().is_empty(),
        "LIKE wildcards are literal"
    );
}

pub fn rejected_records_do_not_stop_a_batch(store: &dyn Store) {
    let mut empty = record("empty.txt", "2024-01-01", "", "  ", vec![]);
    empty.article.title = None;
    let ok = record("ok.txt", "2024-01-01", "Fine", &body(4), vec![]);
    let out = store.add_records(&[empty, ok]).unwrap();
    assert!(matches!(out[0], AddOutcome::Rejected { .. }), "{out:?}");
    assert!(matches!(out[1], AddOutcome::Stored { .. }), "{out:?}");
    assert_eq!(store.stats().unwrap().articles, 1);
    assert!(store.add_records(&[]).unwrap().is_empty());
}
