//! Case tables for the tokenizer and the sentence splitter the tagger relies on.

use corridor_extract::text::{sentences, tokenize};

fn toks(s: &str) -> Vec<&str> {
    tokenize(s).iter().map(|t| t.text(s)).collect()
}

fn sents(s: &str) -> Vec<&str> {
    sentences(s).into_iter().map(|r| &s[r]).collect()
}

#[test]
fn tokenizer_cases() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Trade rose 2.8% in 2023.",
            &["Trade", "rose", "2.8", "%", "in", "2023", "."],
        ),
        ("Kassym-Jomart Tokayev", &["Kassym-Jomart", "Tokayev"]),
        ("the ASEAN-China Centre", &["the", "ASEAN-China", "Centre"]),
        ("China's exports", &["China", "'s", "exports"]),
        ("China’s exports", &["China", "’s", "exports"]),
        ("O'Brien said", &["O'Brien", "said"]),
        ("Mr. Li and Dr. Wang", &["Mr.", "Li", "and", "Dr.", "Wang"]),
        (
            "the U.S. and H.E. Wang",
            &["the", "U.S.", "and", "H.E.", "Wang"],
        ),
        ("J. R. Smith", &["J.", "R.", "Smith"]),
        ("US$1,200.50 million", &["US", "$", "1,200.50", "million"]),
        ("(CAREC) \"Belt\"", &["(", "CAREC", ")", "\"", "Belt", "\""]),
        ("1996-08-22", &["1996-08-22"]),
        ("AT&T", &["AT&T"]),
        ("end -- start", &["end", "-", "-", "start"]),
        ("Sept. 5", &["Sept.", "5"]),
        ("Astana.", &["Astana", "."]),
        ("", &[]),
    ];
    for (input, want) in cases {
        assert_eq!(&toks(input), want, "tokenizing {input:?}");
    }
}

#[test]
fn token_offsets_are_bytes() {
    let s = "Ürümqi — Almaty";
    let t = tokenize(s);
    assert_eq!(t.len(), 3);
    assert_eq!(t[0].text(s), "Ürümqi");
    assert_eq!(t[2].start, s.find("Almaty").unwrap());
}

#[test]
fn sentence_cases() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Mr. Li arrived. He spoke.",
            &["Mr. Li arrived.", "He spoke."],
        ),
        (
            "Dr. Wang met H.E. Tokayev in Astana. Talks followed.",
            &["Dr. Wang met H.E. Tokayev in Astana.", "Talks followed."],
        ),
        (
            "The U.S. Treasury spoke. No. 5 road opened.",
            &["The U.S. Treasury spoke.", "No. 5 road opened."],
        ),
        (
            "Huawei Co. Ltd. signed on Sept. 5 a deal.",
            &["Huawei Co. Ltd. signed on Sept. 5 a deal."],
        ),
        ("J. K. Rowling wrote it.", &["J. K. Rowling wrote it."]),
        (
            "He said \"yes.\" Then left!",
            &["He said \"yes.\"", "Then left!"],
        ),
        (
            "A title\n\nThe body starts here",
            &["A title", "The body starts here"],
        ),
        (
            "Growth was 2.8 percent. it continued",
            &["Growth was 2.8 percent. it continued"],
        ),
        ("Why? Because.", &["Why?", "Because."]),
        ("  ", &[]),
    ];
    for (input, want) in cases {
        assert_eq!(&sents(input), want, "splitting {input:?}");
    }
}

#[test]
fn tokenizer_never_panics_on_odd_text() {
    for s in [
        "'s",
        "’",
        "-a-",
        "a-",
        "1.",
        ".1",
        "U.",
        "U.S",
        "é.",
        "a'",
        "''s",
        "\u{200b}x",
    ] {
        let t = tokenize(s);
        assert!(
            t.iter().all(|t| t.start < t.end && t.end <= s.len()),
            "{s:?}"
        );
        let _ = sentences(s);
    }
}
