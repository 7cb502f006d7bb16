use super::*;
use corridor_model::{Article, DateMention, Entity, EntityType};
use std::ops::Range;

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

/// Every event of `body`, given its entities and dates.
fn events_of(body: &str, ents: &[Found], dates: &[FoundDate]) -> Events {
    let article = Article::new("t.txt", body);
    let doc = Doc::new(&article);
    find_all(&doc, ents, dates, &[])
}

/// The type and start of each dated event.
fn starts(ev: &Events) -> Vec<(EventType, Option<&str>)> {
    ev.dated
        .iter()
        .map(|e| (e.kind, e.start.as_deref()))
        .collect()
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
    find_all(&doc, &ents, &dates, &[])
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
    let ev = find_all(&doc, &ents, &dates, &[]);
    let got = starts(&ev);
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
    let ev = events_of(body, &ents, &dates);
    assert_eq!(ev.dated.len(), 1);
    assert_eq!(
        ev.dated[0].participants,
        vec!["Lin Mei", "Sara Lund", "Bank of Laos"]
    );
}

#[test]
fn attendance_sentences_add_their_actors_and_the_delegation_is_its_leaders() {
    let body = "On 4 June 2024, Director Sara Lund of the Harbour Council led a delegation on a visit to Kunming. \
Officials from Laos and Thailand joined the trip. \
During the visit, the delegation was received by Governor Ali Hamid of the Yunnan Government.\n\n\
On 5 June 2024, the delegation held talks with the Yunnan Department of Trade.\n\n\
On 6 June 2024, the Ports Forum was held in Kunming. \
Minister Tom Berg of Laos attended and spoke at the opening ceremony. \
Sara Lund addressed the closing session.";
    let ents = vec![
        entity(EntityType::Person, "Sara Lund", body, "Sara Lund"),
        entity(EntityType::Person, "Ali Hamid", body, "Ali Hamid"),
        entity(EntityType::Person, "Tom Berg", body, "Tom Berg"),
        entity(
            EntityType::Organization,
            "Harbour Council",
            body,
            "Harbour Council",
        ),
        entity(
            EntityType::Organization,
            "Yunnan Government",
            body,
            "Yunnan Government",
        ),
        entity(
            EntityType::Organization,
            "Yunnan Department of Trade",
            body,
            "Yunnan Department of Trade",
        ),
        entity(EntityType::EventName, "Ports Forum", body, "Ports Forum"),
        entity(EntityType::Country, "Laos", body, "Laos"),
        entity(EntityType::Country, "Thailand", body, "Thailand"),
    ];
    let dates = vec![
        date(body, "4 June 2024", "2024-06-04"),
        date(body, "5 June 2024", "2024-06-05"),
        date(body, "6 June 2024", "2024-06-06"),
    ];
    let ev = events_of(body, &ents, &dates);
    let by = |kind: EventType, start: &str| {
        ev.dated
            .iter()
            .find(|e| e.kind == kind && e.start.as_deref() == Some(start))
            .map(|e| e.participants.clone())
            .unwrap_or_default()
    };
    // "joined the trip" adds the two countries to the visit; "During the visit" is no new visit
    assert_eq!(
        by(EventType::Visit, "2024-06-04"),
        vec!["Sara Lund", "Harbour Council", "Laos", "Thailand"]
    );
    assert_eq!(
        ev.dated
            .iter()
            .filter(|e| e.kind == EventType::Visit)
            .count(),
        1
    );
    // the reception during the visit: the hosts, and the delegation as the visit's first sentence
    // tells it (not the countries that joined later)
    assert_eq!(
        by(EventType::Meeting, "2024-06-04"),
        vec![
            "Ali Hamid",
            "Yunnan Government",
            "Sara Lund",
            "Harbour Council"
        ]
    );
    assert_eq!(
        by(EventType::Meeting, "2024-06-05"),
        vec!["Yunnan Department of Trade", "Sara Lund", "Harbour Council"]
    );
    // the attendee joins the forum; his country is only his affiliation
    assert_eq!(
        by(EventType::Conference, "2024-06-06"),
        vec!["Ports Forum", "Tom Berg", "Sara Lund"]
    );
}

#[test]
fn compounds_purpose_clauses_and_ordinals() {
    let body =
        "To deepen ties with Thailand, on 8 May 2024 China and Laos held the 27th Ports Summit, \
a milestone of China-Laos cooperation, with Chinese officials present.";
    let mut china = entity(EntityType::Country, "China", body, "China");
    china
        .mentions
        .extend(body.match_indices("Chinese").map(|(i, s)| i..i + s.len()));
    let ents = vec![
        china,
        entity(EntityType::Country, "Laos", body, "Laos"),
        entity(EntityType::Country, "Thailand", body, "Thailand"),
        entity(EntityType::EventName, "Ports Summit", body, "Ports Summit"),
    ];
    let dates = vec![date(body, "8 May 2024", "2024-05-08")];
    let ev = events_of(body, &ents, &dates);
    assert_eq!(ev.dated.len(), 1, "{:?}", ev.dated);
    assert_eq!(
        ev.dated[0].participants,
        vec!["China", "Laos", "27th Ports Summit"]
    );
}

#[test]
fn a_definite_noun_refers_to_the_dated_event_of_its_type() {
    let body = "The Trade Institute was inaugurated in Urumqi on 7 September 2017.\n\n\
It will offer training.\n\n\
Officials from Laos and Thailand attended the inauguration ceremony.";
    let ents = vec![
        entity(
            EntityType::Organization,
            "Trade Institute",
            body,
            "Trade Institute",
        ),
        entity(EntityType::Country, "Laos", body, "Laos"),
        entity(EntityType::Country, "Thailand", body, "Thailand"),
    ];
    let dates = vec![date(body, "7 September 2017", "2017-09-07")];
    let ev = events_of(body, &ents, &dates);
    assert_eq!(ev.dated.len(), 1);
    assert!(ev.undated.is_empty(), "{:?}", ev.undated);
    assert_eq!(
        ev.dated[0].participants,
        vec!["Trade Institute", "Laos", "Thailand"]
    );
}

#[test]
fn a_date_right_after_the_trigger_is_its_date() {
    let body =
        "The fund has lent $2 billion since it was set up in 2001 until the end of September 2016.";
    let dates = vec![
        date(body, "2001", "2001"),
        date(body, "September 2016", "2016-09"),
    ];
    let ev = events_of(body, &[], &dates);
    let got = starts(&ev);
    assert_eq!(got, vec![(EventType::Launch, Some("2001"))]);
}

#[test]
fn events_square_with_the_publication_date() {
    let body = "On 3 May 2024 the ministers signed a deal. \
On 9 June 2024 the minister visits Hanoi. \
The ministers agreed to set up a panel on the crash of 6 April 2019.";
    let mut article = Article::new("t.txt", body);
    article.published = Some("2024-05-20".into());
    let doc = Doc::new(&article);
    let dates = vec![
        date(body, "3 May 2024", "2024-05-03"),
        date(body, "9 June 2024", "2024-06-09"),
        date(body, "6 April 2019", "2019-04-06"),
    ];
    let ev = find_all(&doc, &[], &dates, &[]);
    let got: Vec<(EventType, Option<&str>, Option<&str>)> = ev
        .dated
        .iter()
        .map(|e| (e.kind, e.start.as_deref(), e.status.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            (EventType::Agreement, Some("2024-05-03"), None),
            (EventType::Visit, Some("2024-06-09"), Some("planned")),
        ]
    );
    assert_eq!(ev.undated.len(), 1, "{:?}", ev.undated);
    assert_eq!(ev.undated[0].kind, EventType::Launch);
}

#[test]
fn a_visit_told_again_within_its_span_is_one_visit() {
    let body = "From 9 to 15 July 2023, Lin Mei led a delegation on a visit to Kunming. \
On 12 July 2023, the delegation visited the Yunnan Port. \
On 20 July 2023, Lin Mei visited Hanoi.";
    let mut range = date(body, "9 to 15 July 2023", "2023-07-09");
    range.value = Some(DateValue {
        end: Some("2023-07-15".into()),
        ..DateValue::one("2023-07-09".into(), Precision::Day)
    });
    let dates = vec![
        range,
        date(body, "12 July 2023", "2023-07-12"),
        date(body, "20 July 2023", "2023-07-20"),
    ];
    let ev = events_of(body, &[], &dates);
    let got: Vec<(Option<&str>, Option<&str>)> = ev
        .dated
        .iter()
        .map(|e| (e.start.as_deref(), e.end.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some("2023-07-09"), Some("2023-07-15")),
            (Some("2023-07-20"), None)
        ]
    );
}

#[test]
fn a_dateless_paragraph_goes_on_with_the_day_before_it() {
    let body = "On 17 June 2025, the Ports Summit was held in Astana.\n\n\
The leaders signed a joint declaration.\n\n\
In 2019, the ministers met in Hanoi. The ministers signed a treaty.\n\n\
The two sides signed a trade pact.";
    let dates = vec![
        date(body, "17 June 2025", "2025-06-17"),
        date(body, "2019", "2019"),
    ];
    let ev = events_of(body, &[], &dates);
    let got = starts(&ev);
    // the declaration takes the summit's day; the paragraph with its own (year) date does not,
    // nor does the paragraph after it, whose neighbour states no day
    assert_eq!(
        got,
        vec![
            (EventType::Conference, Some("2025-06-17")),
            (EventType::Agreement, Some("2025-06-17")),
        ]
    );
}

#[test]
fn day_anaphors_and_back_references_date_what_they_follow() {
    let body =
        "Minister Sara Lund and Governor Omar Faye signed a port deal in Dakar on 4 May 2022.\n\n\
The signing was hosted by the Harbour Council.\n\n\
Earlier in the day, Lund received a delegation of the Delta Shipping Company.\n\n\
Following the talks, the Delta Shipping Company and the Harbour Council signed a memorandum.\n\n\
On 6 June 2022, the Ports Forum opened in Accra.\n\n\
On the sidelines, Lund met with Faye.\n\n\
Governor Omar Faye praised the port. The two met at the Harbour Council.";
    let ents = vec![
        entity(EntityType::Person, "Sara Lund", body, "Sara Lund"),
        entity(EntityType::Person, "Omar Faye", body, "Omar Faye"),
        entity(
            EntityType::Organization,
            "Delta Shipping Company",
            body,
            "Delta Shipping Company",
        ),
    ];
    let dates = vec![
        date(body, "4 May 2022", "2022-05-04"),
        date(body, "6 June 2022", "2022-06-06"),
    ];
    let ev = events_of(body, &ents, &dates);
    let got = starts(&ev);
    // "Earlier in the day" takes the signing's day; "Following the talks" the meeting's (one
    // agreement a day: the memorandum joins the deal); a bare "On the sidelines," the forum's
    assert_eq!(
        got,
        vec![
            (EventType::Agreement, Some("2022-05-04")),
            (EventType::Meeting, Some("2022-05-04")),
            (EventType::Conference, Some("2022-06-06")),
            (EventType::Meeting, Some("2022-06-06")),
        ]
    );
    let agreement = &ev.dated[0];
    assert!(agreement
        .participants
        .contains(&"Delta Shipping Company".to_string()));
    // "The two met": the actors of the sentence before; a meeting without a date of its own and no
    // anaphor stays undated
    let two = ev
        .undated
        .iter()
        .find(|e| e.evidence.start > body.find("The two").unwrap() - 1)
        .expect("the two met");
    assert!(two.participants.contains(&"Omar Faye".to_string()));
}

#[test]
fn an_event_is_placed_where_the_text_says_it_happened() {
    let body = "From 3 to 5 May 2024, Governor Omar Faye of the Port of Tema paid a visit to Kashgar, \
Xinjiang, at the invitation of officials based in Urumqi.\n\n\
On 4 May 2024, Faye met with the trade office.\n\n\
The Ports Forum was held in Kashgar in Xinjiang on 5 May 2024, with a report extended to Urumqi.\n\n\
The Kashgar-Urumqi highway was opened on 6 May 2024.";
    let mut ents = vec![entity(EntityType::Person, "Omar Faye", body, "Omar Faye")];
    for place in ["Kashgar", "Xinjiang", "Urumqi"] {
        ents.push(entity(EntityType::Place, place, body, place));
    }
    let mut span = date(body, "3 to 5 May 2024", "2024-05-03");
    span.value = span
        .value
        .map(|v| DateValue::range(v.start, "2024-05-05".into(), Precision::Day));
    let dates = vec![
        span,
        date(body, "4 May 2024", "2024-05-04"),
        date(body, "on 5 May 2024", "2024-05-05"),
        date(body, "6 May 2024", "2024-05-06"),
    ];
    let ev = events_of(body, &ents, &dates);
    let got: Vec<(EventType, Option<&str>)> = ev
        .dated
        .iter()
        .map(|e| (e.kind, e.place.as_deref()))
        .collect();
    // the visit's destination, not where the hosts are based; the meeting names no place and is
    // where the visit was; "in Kashgar in Xinjiang" is Kashgar; a dashed route places nothing
    assert_eq!(
        got,
        vec![
            (EventType::Visit, Some("Kashgar")),
            (EventType::Meeting, Some("Kashgar")),
            (EventType::Conference, Some("Kashgar")),
            (EventType::Launch, None),
        ]
    );
}

#[test]
fn pronouns_and_the_two_take_the_actors_before_and_a_year_dates_an_agreement() {
    let body = "President Ana Ruiz arrived in Lima on 8 March 2024. \
She last visited the country in May 2019.\n\n\
Ana Ruiz held talks with Premier Omar Faye in Lima on 9 March 2024. \
After lunch, the two leaders witnessed the signing of five documents.\n\n\
The two countries signed a trade plan in 2015. \
The number of visits between the two countries in 2016 topped one million.";
    let article = Article::new("t.txt", body);
    let doc = Doc::new(&article);
    let ents = vec![
        entity(EntityType::Person, "Ana Ruiz", body, "Ana Ruiz"),
        entity(EntityType::Person, "Omar Faye", body, "Omar Faye"),
    ];
    let dates = vec![
        date(body, "8 March 2024", "2024-03-08"),
        date(body, "May 2019", "2019-05"),
        date(body, "9 March 2024", "2024-03-09"),
        date(body, "2015", "2015"),
        date(body, "2016", "2016"),
    ];
    let ev = find_all(&doc, &ents, &dates, &[]);
    let got: Vec<(EventType, Option<&str>, Vec<&str>)> = ev
        .dated
        .iter()
        .map(|e| {
            let p = e.participants.iter().map(String::as_str).collect();
            (e.kind, e.start.as_deref(), p)
        })
        .collect();
    // "She" is the person the sentence before names; "After lunch, the two leaders" are the
    // actors of the talks; "in 2015" dates the signing, a count of visits "in 2016" is no visit
    assert_eq!(
        got,
        vec![
            (EventType::Visit, Some("2024-03-08"), vec!["Ana Ruiz"]),
            (EventType::Visit, Some("2019-05"), vec!["Ana Ruiz"]),
            (
                EventType::Meeting,
                Some("2024-03-09"),
                vec!["Ana Ruiz", "Omar Faye"]
            ),
            (
                EventType::Agreement,
                Some("2024-03-09"),
                vec!["Ana Ruiz", "Omar Faye"]
            ),
            (EventType::Agreement, Some("2015"), vec![]),
        ]
    );
}

#[test]
fn a_country_after_a_place_only_locates_it() {
    let body = "The Ports Forum was held in Kashgar, China, on 5 May 2024 with Laos taking part.";
    let ents = vec![
        entity(EntityType::Place, "Kashgar", body, "Kashgar"),
        entity(EntityType::Country, "China", body, "China"),
        entity(EntityType::Country, "Laos", body, "Laos"),
    ];
    let dates = vec![date(body, "5 May 2024", "2024-05-05")];
    let ev = events_of(body, &ents, &dates);
    assert_eq!(ev.dated.len(), 1);
    assert_eq!(ev.dated[0].participants, vec!["Laos".to_string()]);
    assert_eq!(ev.dated[0].place.as_deref(), Some("Kashgar"));
}

#[test]
fn a_launched_body_of_a_named_mechanism_is_named_as_written() {
    let body =
        "A launching ceremony of the secretariat of the Ports Mechanism was held in Lima on \
5 May 2024, two years after the Ports Mechanism was set up.";
    let ents = vec![entity(
        EntityType::Organization,
        "Ports Mechanism",
        body,
        "Ports Mechanism",
    )];
    let dates = vec![date(body, "5 May 2024", "2024-05-05")];
    let ev = events_of(body, &ents, &dates);
    assert_eq!(ev.dated.len(), 1);
    assert_eq!(
        ev.dated[0].participants,
        vec!["Secretariat of the Ports Mechanism".to_string()]
    );
}
