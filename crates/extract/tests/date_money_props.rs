//! Property tests: the date and money finders take untrusted text and must never panic, and
//! whatever they report must index the body correctly (code-point spans inside the body whose
//! text is the reported text).

use corridor_extract::{date, money, Doc};
use corridor_model::Article;
use proptest::prelude::*;

/// Text mixing the grammar's words, digits, separators and multi-byte characters.
fn texty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("May".to_string()),
        Just("Sept.".to_string()),
        Just("Friday".to_string()),
        Just("last year".to_string()),
        Just("ago".to_string()),
        Just("from".to_string()),
        Just("to".to_string()),
        Just("$".to_string()),
        Just("¥".to_string()),
        Just("%".to_string()),
        Just("billion".to_string()),
        Just("yuan".to_string()),
        Just("percent".to_string()),
        Just("—".to_string()),
        Just("\n\n".to_string()),
        "[0-9]{1,5}".prop_map(|s| s),
        "[0-9]{1,3}[,.][0-9]{1,3}".prop_map(|s| s),
        "\\PC{0,6}".prop_map(|s| s),
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|v| v.join(" "))
}

fn published() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        Just(Some("2024-03-30".to_string())),
        "\\PC{0,12}".prop_map(Some)
    ]
}

fn slice(body: &str, start: usize, end: usize) -> String {
    body.chars().skip(start).take(end - start).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn finders_never_panic_and_spans_hold(body in texty(), pubd in published()) {
        let mut a = Article::new("p.txt", body.clone());
        a.published = pubd;
        let doc = Doc::new(&a);
        let n = body.chars().count();
        for d in date::find(&doc) {
            prop_assert!(d.mention.start <= d.mention.end && d.mention.end <= n);
            prop_assert_eq!(slice(&body, d.mention.start, d.mention.end), d.mention.text);
        }
        for f in money::find(&doc) {
            prop_assert!(f.start <= f.end && f.end <= n);
            prop_assert!(f.evidence.start <= f.start && f.end <= f.evidence.end.max(f.end));
            prop_assert_eq!(slice(&body, f.start, f.end), f.text);
            prop_assert!(f.value.is_finite() && f.value >= 0.0);
        }
    }
}
