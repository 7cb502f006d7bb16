//! Behavioural checks of the queries (search, roles, events, network, places, stats), written
//! once over `&dyn Store` (all text written for these tests). Each check expects an empty store.
#![allow(dead_code)]

use super::common::*;
use corridor_model::{EntityType::*, EventType};
use corridor_store::{EventFilter, NetworkFilter, Store};

pub fn search_is_lenient(store: &dyn Store) {
    let mut r = record(
        "a.txt",
        "2024-05-06",
        "Ministers meet in Vientiane",
        &body(5),
        vec![],
    );
    r.article.body = format!(
        "{} The railway to Vientiane carried more freight. {}",
        body(5),
        body(6)
    );
    store
        .add_records(&[r, record("b.txt", "2024-05-07", "Other", &body(7), vec![])])
        .unwrap();
    let res = store.search("Vientiane", 10, 0).unwrap();
    assert_eq!(res.total, 1);
    let hit = &res.hits[0];
    assert_eq!(hit.title.as_deref(), Some("Ministers meet in Vientiane"));
    assert!(!hit.highlights.is_empty(), "{hit:?}");
    let (s, e) = hit.highlights[0];
    let word: String = hit.snippet.chars().skip(s).take(e - s).collect();
    assert_eq!(word.to_lowercase(), "vientiane", "{hit:?}");
    assert!(hit.snippet_html.contains("<b>"), "{}", hit.snippet_html);
    for q in [
        "\"unbalanced ( query",
        ".:*{",
        "",
        "AND OR NOT",
        "title:",
        "-",
        "\u{0}x",
    ] {
        let res = store.search(q, 10, 0);
        assert!(res.is_ok(), "{q:?}: {res:?}");
    }
    assert_eq!(
        store.search("\"carried ( Vientiane", 10, 0).unwrap().total,
        1
    );
    assert_eq!(
        store.search("Vientiane nosuchword", 10, 0).unwrap().total,
        1,
        "any word may match"
    );
    assert_eq!(
        store.search("+Vientiane +nosuchword", 10, 0).unwrap().total,
        0,
        "+ requires"
    );
    assert_eq!(
        store.search("carried -Vientiane", 10, 0).unwrap().total,
        0,
        "- excludes"
    );
    assert_eq!(
        store
            .search("\"railway to Vientiane\"", 10, 0)
            .unwrap()
            .total,
        1,
        "a phrase"
    );
    assert_eq!(
        store.search("\"Vientiane railway\"", 10, 0).unwrap().total,
        0,
        "words apart"
    );
    let paged = store.search("Vientiane", 0, 0).unwrap();
    assert_eq!((paged.total, paged.hits.len()), (1, 0));
    assert!(store.search("Vientiane", 10, 5).unwrap().hits.is_empty());
}

pub fn roles_timeline_and_detail(store: &dyn Store) {
    let mk = |src: &str, date: &str, title: &str, n: usize| {
        let mut r = record(
            src,
            date,
            "Role",
            &body(n),
            vec![
                entity("e1", Person, "Mr. Aziz Karimov"),
                with_iso(entity("e2", Country, "Uzbekistan"), "UZ"),
                entity("e3", Person, "Karimov"),
            ],
        );
        r.extraction
            .roles
            .push(role("Karimov", title, None, Some("UZ")));
        r
    };
    store
        .add_records(&[
            mk("a", "2022-03-01", "Minister of Transport", 1),
            mk("b", "2023-09-10", "Deputy Prime Minister", 2),
        ])
        .unwrap();
    store
        .add_record(&mk("c", "2022-11-20", "Minister of Transport", 3))
        .unwrap();
    let persons = store.entities("Karimov", Some(Person), 10).unwrap();
    assert_eq!(
        persons.len(),
        1,
        "the family name attaches to the full name: {persons:?}"
    );
    let detail = store.entity(persons[0].id).unwrap().unwrap();
    assert_eq!(detail.summary.name, "Mr. Aziz Karimov");
    assert_eq!(detail.roles.len(), 2, "{:?}", detail.roles);
    let r0 = &detail.roles[0];
    assert_eq!(
        (
            r0.title.as_str(),
            r0.first_seen.as_deref(),
            r0.last_seen.as_deref(),
            r0.article_count
        ),
        (
            "Minister of Transport",
            Some("2022-03-01"),
            Some("2022-11-20"),
            2
        )
    );
    assert_eq!(detail.articles.len(), 3);
    assert_eq!(
        detail.articles[0].published.as_deref(),
        Some("2023-09-10"),
        "newest first"
    );
    assert_eq!(detail.cooccurring[0].entity.name, "Uzbekistan");
    assert_eq!(detail.cooccurring[0].articles, 3);
    assert!(store.entity(persons[0].id + 1000).unwrap().is_none());
    let a = store.article(detail.articles[0].id).unwrap().unwrap();
    assert_eq!(a.entities.len(), 3);
    assert_eq!(
        a.entities[2].entity.id, persons[0].id,
        "local entity e3 is the same person"
    );
}

pub fn events_network_places_stats(store: &dyn Store) {
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
        &["Wang Yi", "Saleumxay Kommasith", "Nobody Known"],
    ));
    b.extraction.figures.push(corridor_model::Figure {
        text: "US$1.2 billion".into(),
        value: 1.2e9,
        unit: "USD".into(),
        about: None,
        period: None,
        start: 0,
        end: 3,
        evidence: corridor_model::Span::new(0, 3),
    });
    store.add_records(&[a, b]).unwrap();
    let net = store.network(&NetworkFilter::default()).unwrap();
    assert_eq!(net.edges.len(), 1, "{net:?}");
    assert_eq!(
        net.edges[0].weight, 2,
        "the agreement is not a meeting or visit"
    );
    assert_eq!(net.nodes.len(), 2);
    let agreements = store
        .network(&NetworkFilter {
            kinds: vec![EventType::Agreement],
            ..Default::default()
        })
        .unwrap();
    assert_eq!((agreements.edges.len(), agreements.edges[0].weight), (1, 1));
    assert!(store
        .network(&NetworkFilter {
            min_weight: 3,
            ..Default::default()
        })
        .unwrap()
        .edges
        .is_empty());
    let all = store.events(&EventFilter::default()).unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(all[0].start.as_deref(), Some("2024-03-29"), "by start date");
    assert_eq!(all[2].participants.len(), 3);
    assert_eq!(
        all[2].participants[2].entity_id, None,
        "an unknown participant stays unresolved"
    );
    let march = store
        .events(&EventFilter {
            to: Some("2024-03".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(march.len(), 1);
    let vientiane = store.entities("Vientiane", Some(Place), 5).unwrap();
    assert_eq!(march[0].place_id, vientiane.first().map(|p| p.id));
    let visits = store
        .events(&EventFilter {
            kind: Some(EventType::Visit),
            from: Some("2024-04".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(visits.len(), 1);
    let wang = store.entities("Wang Yi", Some(Person), 5).unwrap()[0].id;
    assert_eq!(
        store
            .events(&EventFilter {
                entity: Some(wang),
                ..Default::default()
            })
            .unwrap()
            .len(),
        3
    );
    assert_eq!(store.entity(wang).unwrap().unwrap().events.len(), 3);
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
    assert_eq!((places[0].lat, places[0].lon), (17.97, 102.6));
    let s = store.stats().unwrap();
    assert_eq!(
        (
            s.articles, s.entities, s.persons, s.places, s.events, s.figures, s.roles, s.mentions,
            s.indexed
        ),
        (2, 3, 2, 1, 3, 1, 0, 5, 2)
    );
    assert_eq!(store.reindex().unwrap(), 2);
}
