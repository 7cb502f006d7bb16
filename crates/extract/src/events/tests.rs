use super::*;
use corridor_model::{Article, DateMention, Entity};

fn entity(kind: EntityType, name: &str, body: &str, surface: &str) -> Found {
    let mentions: Vec<Range<usize>> = body
        .match_indices(surface)
        .map(|(i, s)| i..i + s.len())
        .collect();
    Found {
        entity: Entity {
            id: String::new(),
            kind,
            name: name.into(),
            iso: None,
            lat: None,
            lon: None,
            acronym: None,
            aliases: vec![],
            mentions: vec![],
        },
        mentions,
    }
}

fn date(body: &str, surface: &str, value: &str) -> FoundDate {
    let i = body.find(surface).expect("date surface in body");
    let precision = match value.len() {
        4 => Precision::Year,
        7 => Precision::Month,
        _ => Precision::Day,
    };
    FoundDate {
        mention: DateMention {
            text: surface.into(),
            value: Some(value.into()),
            start: i,
            end: i + surface.len(),
        },
        bytes: i..i + surface.len(),
        value: Some(DateValue::one(value.into(), precision)),
        relative: false,
        future: false,
    }
}

const BODY: &str = "On 9 July, Secretary General Lin Mei of the Harbour Council paid a visit to Kunming. \
During the visit, Lin Mei also toured the new port with Laos officials. \
On 10 July, a work meeting was held between the Harbour Council and the Yunnan Department of Trade. \
The two sides signed three agreements on 10 July. \
Next year the council will visit Vientiane on 3 March. \
The council did not sign a deal with Thailand on 11 July. \
The port was built to serve the region.";

fn run() -> Events {
    let article = Article::new("t.txt", BODY);
    let doc = Doc::new(&article);
    let ents = vec![
        entity(EntityType::Person, "Lin Mei", BODY, "Lin Mei"),
        entity(
            EntityType::Organization,
            "Harbour Council",
            BODY,
            "Harbour Council",
        ),
        entity(
            EntityType::Organization,
            "Yunnan Department of Trade",
            BODY,
            "Yunnan Department of Trade",
        ),
        entity(EntityType::Place, "Kunming", BODY, "Kunming"),
        entity(EntityType::Place, "Vientiane", BODY, "Vientiane"),
        entity(EntityType::Country, "Laos", BODY, "Laos"),
        entity(EntityType::Country, "Thailand", BODY, "Thailand"),
    ];
    let dates = vec![
        date(BODY, "9 July", "2023-07-09"),
        date(BODY, "On 10 July", "2023-07-10"),
        date(BODY, "10 July.", "2023-07-10"),
        date(BODY, "3 March", "2024-03-03"),
        date(BODY, "11 July", "2023-07-11"),
    ];
    find_all(&doc, &ents, &dates)
}

#[test]
fn one_event_per_occurrence_with_arguments() {
    let ev = run();
    let summary: Vec<(EventType, Option<&str>, Option<&str>)> = ev
        .dated
        .iter()
        .map(|e| (e.kind, e.start.as_deref(), e.status.as_deref()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (EventType::Visit, Some("2023-07-09"), None),
            (EventType::Meeting, Some("2023-07-10"), None),
            (EventType::Agreement, Some("2023-07-10"), None),
            (EventType::Visit, Some("2024-03-03"), Some("planned")),
        ]
    );
    let visit = &ev.dated[0];
    assert_eq!(visit.place.as_deref(), Some("Kunming"));
    // "During the visit ..." joined the visit and brought Laos along.
    assert_eq!(
        visit.participants,
        vec!["Lin Mei", "Harbour Council", "Laos"]
    );
    assert_eq!(visit.cameo, "042");
    let meeting = &ev.dated[1];
    assert_eq!(
        meeting.participants,
        vec!["Harbour Council", "Yunnan Department of Trade"]
    );
}

#[test]
fn negated_and_undated_events_stay_out_of_the_dated_list() {
    let ev = run();
    assert!(
        ev.dated
            .iter()
            .all(|e| e.start.as_deref() != Some("2023-07-11")),
        "negated signing kept"
    );
    assert!(ev.undated.is_empty(), "{:?}", ev.undated);
}

#[test]
fn evidence_is_the_sentence() {
    let ev = run();
    let chars: Vec<char> = BODY.chars().collect();
    let e = &ev.dated[2];
    let text: String = chars[e.evidence.start..e.evidence.end].iter().collect();
    assert_eq!(text, "The two sides signed three agreements on 10 July.");
}

#[test]
fn undated_sentences_take_the_paragraph_day_or_the_host_event() {
    let body = "On 15 February 2023, Minister Sara Lund visited the Harbour Council. \
Secretary General Lin Mei had a meeting with her.\n\n\
On 23 September 2024, the council hosted the 2024 Ports Forum in Kunming. \
Several cooperation documents were signed at the forum.\n\n\
The council was later praised.";
    let article = Article::new("t.txt", body);
    let doc = Doc::new(&article);
    let ents = vec![
        entity(EntityType::Person, "Sara Lund", body, "Sara Lund"),
        entity(EntityType::Person, "Lin Mei", body, "Lin Mei"),
    ];
    let dates = vec![
        date(body, "15 February 2023", "2023-02-15"),
        date(body, "23 September 2024", "2024-09-23"),
        date(body, "2024 Ports", "2024"),
    ];
    let ev = find_all(&doc, &ents, &dates);
    let got: Vec<(EventType, Option<&str>)> = ev
        .dated
        .iter()
        .map(|e| (e.kind, e.start.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            (EventType::Visit, Some("2023-02-15")),
            (EventType::Meeting, Some("2023-02-15")),
            (EventType::Conference, Some("2024-09-23")),
            (EventType::Agreement, Some("2024-09-23")),
        ]
    );
}

#[test]
fn nested_names_and_country_adjectives_do_not_take_part() {
    let body =
        "On 3 May 2024, Chinese envoy Lin Mei met Sara Lund of the Bank of Laos in Vientiane.";
    let article = Article::new("t.txt", body);
    let doc = Doc::new(&article);
    let mut china = entity(EntityType::Country, "China", body, "Chinese");
    china.entity.aliases = vec![];
    let ents = vec![
        china,
        entity(EntityType::Country, "Laos", body, "Laos"),
        entity(
            EntityType::Organization,
            "Bank of Laos",
            body,
            "Bank of Laos",
        ),
        entity(EntityType::Person, "Lin Mei", body, "Lin Mei"),
        entity(EntityType::Person, "Sara Lund", body, "Sara Lund"),
    ];
    let dates = vec![date(body, "3 May 2024", "2024-05-03")];
    let ev = find_all(&doc, &ents, &dates);
    assert_eq!(ev.dated.len(), 1);
    assert_eq!(
        ev.dated[0].participants,
        vec!["Lin Mei", "Sara Lund", "Bank of Laos"]
    );
}
