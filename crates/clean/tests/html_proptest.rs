//! Untrusted markup: whatever the bytes, `html::extract` returns an article or a reason, never
//! panics, and an article's body is trimmed paragraphs separated by exactly one blank line.

use proptest::prelude::*;

/// Tag soup: fragments of real markup, text and junk in any order, unbalanced on purpose.
fn soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"content\">".to_string()),
        Just("</div>".to_string()),
        Just("<article><h1>".to_string()),
        Just("</h1>".to_string()),
        Just("<br>".to_string()),
        Just("<ul><li><a href=\"/x\">".to_string()),
        Just(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                .to_string()
        ),
        Just("</script>".to_string()),
        Just("<meta property=\"article:published_time\" content=\"2024-13-45T99:99\">".to_string()),
        Just("<title>A | B - C</title>".to_string()),
        Just("<time datetime=\"".to_string()),
        Just("<!-- ".to_string()),
        Just("&amp;&#x0;&bogus;".to_string()),
        "[ a-zA-Z.,]{0,80}",
        "\\PC{0,20}",
        Just(
            "The delegation signed an agreement on trade and transport in the capital on Monday. "
                .to_string()
        ),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_bodies_are_well_formed(html in soup()) {
        match corridor_clean::html::extract("soup.html", &html) {
            Ok(a) => {
                prop_assert!(!a.body.trim().is_empty());
                prop_assert!(!a.body.contains("\n\n\n"), "{:?}", a.body);
                for p in a.body.split("\n\n") {
                    prop_assert_eq!(p, p.trim());
                    prop_assert!(!p.is_empty());
                }
                if let Some(d) = a.published.as_deref() {
                    prop_assert!(d.len() == 10 || d.len() == 16, "{}", d);
                }
            }
            Err(reason) => prop_assert!(!reason.is_empty()),
        }
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        let _ = corridor_clean::html::extract("any.html", &s);
    }
}
