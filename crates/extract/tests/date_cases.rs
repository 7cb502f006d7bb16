//! Runs the date case table (`testdata/dates.toml`): every expected expression, and no other,
//! with its resolved value.

use corridor_extract::{date, Doc};
use corridor_model::Article;
use serde::Deserialize;

#[derive(Deserialize)]
struct Table {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    sentence: String,
    reference: Option<String>,
    expect: Vec<(String, String)>,
}

fn found(sentence: &str, reference: Option<&str>) -> Vec<(String, String)> {
    let mut a = Article::new("case.txt", sentence);
    a.published = reference.map(str::to_string);
    let doc = Doc::new(&a);
    date::find(&doc)
        .into_iter()
        .map(|d| (d.mention.text, d.mention.value.unwrap_or_default()))
        .collect()
}

#[test]
fn date_case_table() {
    let src = include_str!("../testdata/dates.toml");
    let table: Table = toml::from_str(src).expect("dates.toml parses");
    assert!(table.case.len() >= 80, "the table keeps at least 80 cases");
    let mut failures = Vec::new();
    for c in &table.case {
        let got = found(&c.sentence, c.reference.as_deref());
        if got != c.expect {
            failures.push(format!(
                "{:?} (ref {:?}):\n    expected {:?}\n    got      {:?}",
                c.sentence, c.reference, c.expect, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        table.case.len(),
        failures.join("\n")
    );
}

#[test]
fn offsets_are_code_points_and_structured_value_is_exposed() {
    let mut a = Article::new(
        "a.txt",
        "Über die Brücke — on 9 to 15 July 2023 the visit ran.",
    );
    a.published = Some("2023-08-01".into());
    let doc = Doc::new(&a);
    let d = date::find(&doc);
    assert_eq!(d.len(), 1);
    let chars: Vec<char> = a.body.chars().collect();
    let text: String = chars[d[0].mention.start..d[0].mention.end].iter().collect();
    assert_eq!(text, "9 to 15 July 2023");
    let v = d[0].value.as_ref().expect("resolved");
    assert_eq!(
        (v.start.as_str(), v.end.as_deref()),
        ("2023-07-09", Some("2023-07-15"))
    );
    assert_eq!(v.precision, date::Precision::Day);
    assert!(!d[0].relative);
}

#[test]
fn future_tense_is_reported() {
    let mut a = Article::new("a.txt", "The ministers will meet on Friday.");
    a.published = Some("2024-03-27".into());
    let doc = Doc::new(&a);
    let d = date::find(&doc);
    assert!(d[0].future && d[0].relative);
}
