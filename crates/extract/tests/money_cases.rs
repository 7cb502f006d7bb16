//! Runs the money case table (`testdata/money.toml`) and checks evidence and context fields.

use corridor_extract::{money, Doc};
use corridor_model::Article;
use serde::Deserialize;

#[derive(Deserialize)]
struct Table {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    sentence: String,
    expect: Vec<Expect>,
}

#[derive(Deserialize, Debug, PartialEq)]
struct Expect {
    text: String,
    value: f64,
    unit: String,
}

#[test]
fn money_case_table() {
    let table: Table =
        toml::from_str(include_str!("../testdata/money.toml")).expect("money.toml parses");
    assert!(table.case.len() >= 30);
    let mut failures = Vec::new();
    for c in &table.case {
        let doc_article = Article::new("case.txt", c.sentence.as_str());
        let doc = Doc::new(&doc_article);
        let got: Vec<Expect> = money::find(&doc)
            .into_iter()
            .map(|f| Expect {
                text: f.text,
                value: f.value,
                unit: f.unit,
            })
            .collect();
        let same = got.len() == c.expect.len()
            && got.iter().zip(&c.expect).all(|(g, e)| {
                g.text == e.text
                    && g.unit == e.unit
                    && (g.value - e.value).abs() <= 1e-9 * e.value.abs().max(1.0)
            });
        if !same {
            failures.push(format!(
                "{:?}:\n    expected {:?}\n    got      {:?}",
                c.sentence, c.expect, got
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
fn evidence_about_and_period() {
    let body = "Première ligne.\n\nTrade between China and the five countries reached almost $90 billion in 2023. It grew 27.2 percent.";
    let a = Article::new("a.txt", body);
    let doc = Doc::new(&a);
    let f = money::find(&doc);
    assert_eq!(f.len(), 2);
    let chars: Vec<char> = body.chars().collect();
    let text: String = chars[f[0].start..f[0].end].iter().collect();
    assert_eq!(text, "almost $90 billion");
    let sentence: String = chars[f[0].evidence.start..f[0].evidence.end]
        .iter()
        .collect();
    assert!(
        sentence.starts_with("Trade between") && sentence.ends_with("2023."),
        "{sentence:?}"
    );
    assert_eq!(
        f[0].about.as_deref(),
        Some("Trade between China and the five countries")
    );
    assert_eq!(f[0].period.as_deref(), Some("2023"));
    assert_eq!(f[0].value, 9e10);
}
