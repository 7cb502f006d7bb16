//! Cross-article entity resolution, roles timelines, events and the network.

mod common;

use common::*;
use corridor_model::{EntityType::*, EventType};
use corridor_store::{EmbeddedStore, EventFilter, NetworkFilter, Store};

fn open() -> (tempfile::TempDir, EmbeddedStore) {
    let dir = tempfile::tempdir().unwrap();
    let store = EmbeddedStore::open(dir.path()).unwrap();
    (dir, store)
}

fn find(
    store: &EmbeddedStore,
    q: &str,
    kind: corridor_model::EntityType,
) -> Vec<corridor_store::EntitySummary> {
    store.entities(q, Some(kind), 50).unwrap()
}

#[test]
fn acronym_and_full_name_are_one_organization() {
    let (_d, store) = open();
    let a = record(
        "a.txt",
        "2024-01-02",
        "One",
        &body(1),
        vec![entity("e1", Organization, "ASEAN")],
    );
    let b = record(
        "b.txt",
        "2024-02-03",
        "Two",
        &body(2),
        vec![with_acronym(
            entity("e1", Organization, "Association of Southeast Asian Nations"),
            "ASEAN",
        )],
    );
    let c = record(
        "c.txt",
        "2024-03-04",
        "Three",
        &body(3),
        vec![with_aliases(
            entity("e1", Organization, "Association of Southeast Asian Nations"),
            &["ASEAN bloc"],
        )],
    );
    store.add_records(&[a, b, c]).unwrap();
    let found = find(&store, "", Organization);
    assert_eq!(found.len(), 1, "{found:?}");
    let e = &found[0];
    assert_eq!(e.name, "Association of Southeast Asian Nations");
    assert_eq!(e.acronym.as_deref(), Some("ASEAN"));
    assert_eq!(e.article_count, 3);
    assert!(
        e.aliases.contains(&"ASEAN".to_string()) && e.aliases.contains(&"ASEAN bloc".to_string()),
        "{:?}",
        e.aliases
    );
    assert_eq!(find(&store, "bloc", Organization).len(), 1);
}

#[test]
fn countries_match_on_iso_code() {
    let (_d, store) = open();
    let a = record(
        "a.txt",
        "2024-01-02",
        "One",
        &body(1),
        vec![with_iso(entity("e1", Country, "Laos"), "LA")],
    );
    let b = record(
        "b.txt",
        "2024-01-03",
        "Two",
        &body(2),
        vec![with_iso(
            entity("e1", Country, "Lao People's Democratic Republic"),
            "la",
        )],
    );
    store.add_records(&[a, b]).unwrap();
    let found = find(&store, "", Country);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].iso.as_deref(), Some("LA"));
    assert_eq!(found[0].article_count, 2);
    assert!(found[0].aliases.iter().any(|a| a.starts_with("Lao People")));
}

#[test]
fn persons_match_on_full_name_and_family_names_stay_in_their_article() {
    let (_d, store) = open();
    let a = record(
        "a.txt",
        "2023-05-01",
        "One",
        &body(1),
        vec![with_aliases(
            entity("e1", Person, "Xi Jinping"),
            &["Xi", "President Xi"],
        )],
    );
    // The extractor left "Xi" apart from the full name: it attaches within the article.
    let b = record(
        "b.txt",
        "2023-06-01",
        "Two",
        &body(2),
        vec![
            entity("e1", Person, "Xi Jinping"),
            entity("e2", Person, "Xi"),
        ],
    );
    // "Wang" alone, with no full name in its article, must not join "Wang Yi".
    let c = record(
        "c.txt",
        "2023-07-01",
        "Three",
        &body(3),
        vec![
            entity("e1", Person, "Wang Yi"),
            entity("e2", Person, "President Xi Jinping"),
        ],
    );
    let d = record(
        "d.txt",
        "2023-08-01",
        "Four",
        &body(4),
        vec![entity("e1", Person, "Wang")],
    );
    store.add_records(&[a, b, c, d]).unwrap();
    let xi = find(&store, "Xi Jinping", Person);
    assert_eq!(xi.len(), 1, "{xi:?}");
    assert_eq!(xi[0].article_count, 3);
    assert!(xi[0].aliases.contains(&"President Xi".to_string()));
    let wang = find(&store, "Wang", Person);
    assert_eq!(wang.len(), 2, "{wang:?}");
    assert!(wang.iter().all(|w| w.article_count == 1));
    let stored = store.article(2).unwrap().unwrap();
    let ids: Vec<_> = stored.entities.iter().map(|e| e.entity.id).collect();
    assert_eq!(
        ids[0], ids[1],
        "Xi and Xi Jinping in one article are one entity"
    );
}

#[test]
fn roles_form_a_timeline_from_publication_dates() {
    let (_d, store) = open();
    let mk = |src: &str, date: &str, title: &str, n: usize| {
        let mut r = record(
            src,
            date,
            "Role",
            &body(n),
            vec![
                entity("e1", Person, "Wang Yi"),
                with_iso(entity("e2", Country, "China"), "CN"),
            ],
        );
        r.extraction
            .roles
            .push(role("Wang Yi", title, None, Some("CN")));
        r
    };
    store
        .add_records(&[
            mk("a", "2022-03-01", "Foreign Minister", 1),
            mk("b", "2023-09-10", "Director", 2),
            mk("c", "2022-11-20", "Foreign Minister", 3),
        ])
        .unwrap();
    let id = find(&store, "Wang Yi", Person)[0].id;
    let detail = store.entity(id).unwrap().unwrap();
    assert_eq!(detail.roles.len(), 2, "{:?}", detail.roles);
    let fm = &detail.roles[0];
    assert_eq!(
        (
            fm.title.as_str(),
            fm.first_seen.as_deref(),
            fm.last_seen.as_deref()
        ),
        ("Foreign Minister", Some("2022-03-01"), Some("2022-11-20"))
    );
    assert_eq!(fm.article_count, 2);
    assert_eq!(detail.roles[1].first_seen.as_deref(), Some("2023-09-10"));
    assert_eq!(detail.articles.len(), 3);
    assert_eq!(detail.cooccurring[0].entity.name, "China");
    assert_eq!(detail.cooccurring[0].articles, 3);
}

#[test]
fn events_network_and_places() {
    let (_d, store) = open();
    let mut a = record(
        "a",
        "2024-03-30",
        "Talks",
        &body(1),
        vec![
            entity("e1", Person, "Wang Yi"),
            entity("e2", Person, "Saleumxay Kommasith"),
            with_coords(entity("e3", Place, "Vientiane"), 17.97, 102.6),
        ],
    );
    a.extraction.events.push(event(
        EventType::Meeting,
        "2024-03-29",
        Some("Vientiane"),
        &["Wang Yi", "Saleumxay Kommasith"],
    ));
    let mut b = record(
        "b",
        "2024-04-02",
        "Visit",
        &body(2),
        vec![
            entity("e1", Person, "Wang Yi"),
            entity("e2", Person, "Saleumxay Kommasith"),
        ],
    );
    b.extraction.events.push(event(
        EventType::Visit,
        "2024-04-01",
        None,
        &["Saleumxay Kommasith", "Wang Yi"],
    ));
    b.extraction.events.push(event(
        EventType::Agreement,
        "2024-04-01",
        None,
        &["Wang Yi", "Saleumxay Kommasith"],
    ));
    store.add_records(&[a, b]).unwrap();
    let net = store.network(&NetworkFilter::default()).unwrap();
    assert_eq!(net.edges.len(), 1, "{net:?}");
    assert_eq!(
        net.edges[0].weight, 2,
        "the agreement is not a meeting or visit"
    );
    assert_eq!(net.nodes.len(), 2);
    let all = store.events(&EventFilter::default()).unwrap();
    assert_eq!(all.len(), 3);
    assert!(all
        .iter()
        .all(|e| e.participants.iter().all(|p| p.entity_id.is_some())));
    let march = store
        .events(&EventFilter {
            to: Some("2024-03".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(march.len(), 1);
    assert_eq!(
        march[0].place_id,
        find(&store, "Vientiane", Place).first().map(|p| p.id)
    );
    let visits = store
        .events(&EventFilter {
            kind: Some(EventType::Visit),
            from: Some("2024-04".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(visits.len(), 1);
    let places = store.places(10).unwrap();
    assert_eq!(places.len(), 1);
    assert_eq!(
        (
            places[0].name.as_str(),
            places[0].article_count,
            places[0].event_count
        ),
        ("Vientiane", 1, 1)
    );
}
