//! Idempotency, near-duplicates, batch independence, schema versions and the derived index.

mod common;

use common::*;
use corridor_model::EntityType::*;
use corridor_store::{AddOutcome, EmbeddedStore, Store, StoreError};

fn open() -> (tempfile::TempDir, EmbeddedStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = EmbeddedStore::open(dir.path()).unwrap();
    (dir, store)
}

#[test]
fn storing_twice_adds_nothing() {
    let (_d, store) = open();
    let r = record(
        "a.txt",
        "2024-01-01",
        "Title",
        &body(7),
        vec![entity("e1", Organization, "ASEAN")],
    );
    let first = store.add_record(&r).unwrap();
    let before = store.stats().unwrap();
    assert_eq!(
        store.add_record(&r).unwrap(),
        AddOutcome::Duplicate {
            id: first.id().unwrap()
        }
    );
    // Same content from another source: remembered, not counted.
    let mut elsewhere = r.clone();
    elsewhere.article.source = "mirror/a.txt".into();
    elsewhere.article.body = format!("  {}  ", r.article.body.to_uppercase());
    assert!(matches!(
        store.add_record(&elsewhere).unwrap(),
        AddOutcome::Duplicate { .. }
    ));
    let after = store.stats().unwrap();
    assert_eq!(after.articles, before.articles);
    assert_eq!(after.mentions, before.mentions);
    assert_eq!(after.duplicate_sources, 1);
    let stored = store.article(first.id().unwrap()).unwrap().unwrap();
    assert_eq!(
        stored.sources,
        vec!["a.txt".to_string(), "mirror/a.txt".to_string()]
    );
    assert_eq!(stored.record, r);
}

#[test]
fn a_near_duplicate_is_linked_not_counted() {
    let (_d, store) = open();
    let text = body(11);
    let a = record(
        "site-a/1",
        "2024-01-01",
        "Press release",
        &text,
        vec![entity("e1", Organization, "ASEAN-China Centre")],
    );
    let copy = format!("{text} Source: partner website.");
    let b = record(
        "site-b/9",
        "2024-01-02",
        "Press release (repost)",
        &copy,
        vec![entity("e1", Organization, "ASEAN-China Centre")],
    );
    let other = record("site-c/3", "2024-01-02", "Other", &body(12), vec![]);
    let out = store.add_records(&[a, b, other]).unwrap();
    let AddOutcome::NearDuplicate { id, of, similarity } = out[1] else {
        panic!("{out:?}")
    };
    assert_eq!(of, out[0].id().unwrap());
    assert!(similarity >= 0.8);
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
        "near-duplicates are not indexed"
    );
}

#[test]
fn batch_boundaries_do_not_change_the_result() {
    let records: Vec<_> = (0..20)
        .map(|i| {
            let people = vec![
                entity(
                    "e1",
                    Person,
                    if i % 2 == 0 {
                        "Xi Jinping"
                    } else {
                        "President Xi Jinping"
                    },
                ),
                entity(
                    "e2",
                    Organization,
                    if i % 3 == 0 {
                        "ASEAN"
                    } else {
                        "Association of Southeast Asian Nations"
                    },
                ),
            ];
            let mut r = record(
                &format!("s{i}"),
                &format!("2024-01-{:02}", i + 1),
                "T",
                &body(100 + i % 15),
                people,
            );
            if i % 3 != 0 {
                r.extraction.entities[1].acronym = Some("ASEAN".into());
            }
            r
        })
        .collect();
    let (_d1, one) = open();
    one.add_records(&records).unwrap();
    let (_d2, many) = open();
    for chunk in records.chunks(3) {
        many.add_records(chunk).unwrap();
    }
    assert_eq!(one.stats().unwrap(), many.stats().unwrap());
    assert_eq!(
        one.entities("", None, 100).unwrap(),
        many.entities("", None, 100).unwrap()
    );
    assert_eq!(one.stats().unwrap().articles, 15);
}

#[test]
fn an_unusable_record_is_rejected_and_the_batch_goes_on() {
    let (_d, store) = open();
    let mut empty = record("empty.txt", "2024-01-01", "", "   ", vec![]);
    empty.article.title = None;
    let good = record("good.txt", "2024-01-01", "Good", &body(3), vec![]);
    let out = store.add_records(&[empty, good]).unwrap();
    assert!(matches!(&out[0], AddOutcome::Rejected { reason } if reason.contains("empty.txt")));
    assert!(matches!(out[1], AddOutcome::Stored { .. }));
}

#[test]
fn another_schema_version_is_refused_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    drop(EmbeddedStore::open(dir.path()).unwrap());
    let conn = rusqlite::Connection::open(dir.path().join("corridor.sqlite3")).unwrap();
    conn.execute("UPDATE schema_version SET version = 99", [])
        .unwrap();
    drop(conn);
    let err = EmbeddedStore::open(dir.path()).err().expect("must refuse");
    assert!(
        matches!(err, StoreError::SchemaVersion { found: 99, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("schema version 99"));
}

#[test]
fn a_lost_or_lagging_index_is_rebuilt_from_the_database() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = EmbeddedStore::open(dir.path()).unwrap();
        let rs: Vec<_> = (0..5)
            .map(|i| {
                record(
                    &format!("s{i}"),
                    "2024-01-01",
                    "Railway news",
                    &body(i),
                    vec![],
                )
            })
            .collect();
        store.add_records(&rs).unwrap();
    }
    std::fs::remove_dir_all(dir.path().join("index")).unwrap();
    let store = EmbeddedStore::open(dir.path()).unwrap();
    assert_eq!(store.search("railway", 10, 0).unwrap().total, 5);
    assert_eq!(store.reindex().unwrap(), 5);
    assert_eq!(store.stats().unwrap().indexed, 5);
}

#[test]
fn search_pages_and_highlights() {
    let (_d, store) = open();
    let rs: Vec<_> = (0..12)
        .map(|i| {
            record(
                &format!("s{i}"),
                &format!("2024-02-{:02}", i + 1),
                &format!("Story {i}"),
                &format!("{} The Vientiane dry port opened.", body(i)),
                vec![],
            )
        })
        .collect();
    store.add_records(&rs).unwrap();
    let page = store.search("vientiane", 5, 10).unwrap();
    assert_eq!(page.total, 12);
    assert_eq!(page.hits.len(), 2);
    let hit = &store.search("Vientiane port", 1, 0).unwrap().hits[0];
    assert!(!hit.highlights.is_empty());
    for &(s, e) in &hit.highlights {
        let word: String = hit.snippet.chars().skip(s).take(e - s).collect();
        assert!(
            ["vientiane", "port"].contains(&word.to_lowercase().as_str()),
            "{word}"
        );
    }
    assert!(hit.snippet_html.contains("<b>Vientiane</b>"));
    assert!(store.search("\"unbalanced AND (", 5, 0).is_ok());
}
