//! Properties of text segmentation over arbitrary input: it never panics, every body paragraph
//! is a trimmed line of the input (or its tail after a dateline), and published dates are ISO.

use corridor_clean::{language, text};
use proptest::prelude::*;

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z ,.'()\\-|:#]{0,80}",
        Just("Published: Mar 30, 2024 12:36 PM".to_string()),
        Just(
            "BEIJING, March 27 (Xinhua) -- Officials met on Monday to discuss the plan."
                .to_string()
        ),
        Just("Photo: CFP".to_string()),
        Just("Contact Us".to_string()),
        Just("Same headline here".to_string()),
        Just(
            "The two sides agreed to deepen cooperation in trade and transport this year."
                .to_string()
        ),
        "\\PC{0,40}",
    ]
}

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (line(), prop_oneof![Just("\n"), Just("\n\n"), Just("\r\n")]),
        0..30,
    )
    .prop_map(|v| v.into_iter().map(|(l, sep)| l + sep).collect())
}

proptest! {
    #[test]
    fn segmentation_is_total_and_faithful(p in page()) {
        let arts = text::segment("p.txt", &p);
        // paragraphs are lines of the input, or hard-wrapped lines joined with one space
        let flat = p.split_whitespace().collect::<Vec<_>>().join(" ");
        for a in &arts {
            prop_assert!(!a.body.is_empty());
            for par in a.body.split("\n\n") {
                prop_assert!(!par.is_empty());
                let par_flat = par.split_whitespace().collect::<Vec<_>>().join(" ");
                prop_assert!(flat.contains(&par_flat), "{par:?} not in input");
            }
            if let Some(d) = &a.published {
                prop_assert!(d.len() == 10 || d.len() == 16, "{d}");
                prop_assert_eq!(&d[4..5], "-");
            }
            let _ = language::detect(&a.body);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        let _ = text::segment("p.txt", &s);
        let _ = language::detect(&s);
    }
}
