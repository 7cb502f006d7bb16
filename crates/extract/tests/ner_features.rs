//! Case tables for the tagger's features, tag scheme and corpus readers.

use corridor_extract::ner::corpus::{bio, read_conll};
use corridor_extract::ner::features::{
    hash_lower, hash_str, is_trigger, shape, History, SentenceFeats,
};
use corridor_extract::ner::model::Model;
use corridor_extract::ner::{allowed, spans, Label};

#[test]
fn shapes() {
    let same = |a: &str, b: &str, short: bool| shape(a, short) == shape(b, short);
    let cases: &[(&str, &str, bool, bool)] = &[
        ("Tokayev", "Astana", true, true),
        ("Tokayev", "Astana", false, false), // long shapes keep the length (up to 8)
        ("ASEAN", "CAREC", false, true),
        ("ASEAN", "Asean", true, false),
        ("2.8", "10.25", true, true),
        ("ASEAN-China", "US-Kazakh", true, true),
        ("1996-08-22", "2024-01-05", false, true),
        ("Xi", "xi", true, false),
    ];
    for (a, b, short, want) in cases {
        assert_eq!(
            same(a, b, *short),
            *want,
            "shape({a:?}) vs shape({b:?}), short={short}"
        );
    }
}

#[test]
fn lower_hash_ignores_case_only() {
    assert_eq!(hash_lower("Astana"), hash_lower("ASTANA"));
    assert_eq!(hash_lower("Astana"), hash_str("astana"));
    assert_ne!(hash_lower("Astana"), hash_lower("Almaty"));
    assert_eq!(hash_lower("ÜRÜMQI"), hash_str("ürümqi"));
}

#[test]
fn triggers() {
    for (w, want) in [
        ("President", true),
        ("Mr.", true),
        ("secretary-general", true),
        ("trade", false),
    ] {
        assert_eq!(is_trigger(w), want, "{w}");
    }
}

#[test]
fn features_depend_on_context() {
    let none = |_: u64| 0;
    let a = SentenceFeats::new(&["President", "Tokayev", "spoke"], &none);
    let b = SentenceFeats::new(&["the", "Tokayev", "spoke"], &none);
    let (mut fa, mut fb) = (Vec::new(), Vec::new());
    a.token(1, &mut fa);
    b.token(1, &mut fb);
    let shared = fa.iter().filter(|f| fb.contains(f)).count();
    assert!(shared >= 8, "word features shared: {shared}");
    assert!(fa.len() > fb.len(), "the trigger adds features");
    assert!(fa.iter().any(|f| !fb.contains(f)));
    // Features never depend on allocation or order of calls.
    let mut again = Vec::new();
    a.token(1, &mut again);
    assert_eq!(fa, again);
    let (mut d1, mut d2) = (Vec::new(), Vec::new());
    let mut history = History::default();
    a.dynamic(1, 0, 0, &history, &mut d1);
    a.dynamic(1, Label::Per.begin_tag(), 0, &history, &mut d2);
    assert_ne!(d1, d2);
    // Once "Tokayev" has been tagged PER in the document, its later mentions know it.
    history.record(&a, 1, Label::Per.begin_tag());
    let mut d3 = Vec::new();
    a.dynamic(1, 0, 0, &history, &mut d3);
    assert!(d3.len() > d1.len() && d3.starts_with(&d1));
    // Lower-case words are not remembered.
    let mut h2 = History::default();
    let (mut e1, mut e2) = (Vec::new(), Vec::new());
    b.dynamic(0, 0, 0, &h2, &mut e1);
    h2.record(&b, 0, Label::Org.begin_tag());
    b.dynamic(0, 0, 0, &h2, &mut e2);
    assert_eq!(e1, e2);
}

#[test]
fn bio_conversion() {
    let per = Label::Per.begin_tag();
    let cases = [
        ("O", 0, 0),
        ("I-PER", 0, per),       // IOB1: a mention's first I- becomes B-
        ("I-PER", per, per + 1), // continues
        ("B-PER", per + 1, per), // IOB1 B-: a new adjacent mention
        ("I-LOC", per, Label::Loc.begin_tag()),
        ("B-DATE", 0, 0),
        ("I-MISC", 0, Label::Misc.begin_tag()),
    ];
    for (tag, prev, want) in cases {
        assert_eq!(bio(tag, prev), want, "{tag} after {prev}");
    }
}

#[test]
fn transitions_and_spans() {
    let (b, i) = (Label::Org.begin_tag(), Label::Org.begin_tag() + 1);
    assert!(allowed(b, i) && allowed(i, i) && allowed(0, b) && allowed(i, 0));
    assert!(!allowed(0, i) && !allowed(Label::Per.begin_tag(), i));
    let tags = [0, b, i, i, 0, Label::Loc.begin_tag(), b];
    let s = spans(&tags, &[1.0; 7]);
    let got: Vec<_> = s.iter().map(|m| (m.start, m.end, m.label)).collect();
    assert_eq!(
        got,
        vec![(1, 4, Label::Org), (5, 6, Label::Loc), (6, 7, Label::Org)]
    );
}

#[test]
fn reads_column_files() {
    let text = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter I-PER\nLind I-PER\n\n-DOCSTART- O\n\nen:Paris\tB-LOC\n";
    let docs = read_conll("t", text).unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].len(), 2);
    assert_eq!(
        docs[0][1].tags,
        vec![Label::Per.begin_tag(), Label::Per.begin_tag() + 1]
    );
    assert_eq!(docs[1][0].words, vec!["Paris"]);
    let err = read_conll("bad.conll", "Paris B-LOC\nonlytoken\n").unwrap_err();
    assert!(
        err.to_string().contains("bad.conll") && err.to_string().contains("line 2"),
        "{err}"
    );
}

#[test]
fn bad_model_bytes_are_errors() {
    for bytes in [
        &b""[..],
        b"CNER",
        b"XXXX\x01\0\0\0",
        b"CNER\x02\0\0\0\x09\0\0\0\0\0\0\0",
    ] {
        assert!(Model::from_bytes(bytes).is_err(), "{bytes:?}");
    }
    let good = corridor_extract::ner::BUNDLED_MODEL;
    assert!(Model::from_bytes(&good[..good.len() - 1]).is_err());
}

#[test]
fn mention_edges_are_trimmed() {
    use corridor_extract::ner::trim_titles;
    let (bp, ip) = (Label::Per.begin_tag(), Label::Per.begin_tag() + 1);
    let (bo, io) = (Label::Org.begin_tag(), Label::Org.begin_tag() + 1);
    let cases: &[(&[&str], &[u8], &[u8])] = &[
        (
            &["H.E.", "Secretary", "General", "Shi", "Zhongjun"],
            &[bp, ip, ip, ip, ip],
            &[0, 0, 0, bp, ip],
        ),
        (&["President", "Tokayev"], &[bp, ip], &[0, bp]),
        (&["President"], &[bp], &[bp]), // a lone title stays: nothing else to keep
        (&["of", "Guizhou", "Office"], &[bo, io, io], &[0, bo, io]),
        (&["of"], &[bo], &[0]),
        (&["FAO", "attended"], &[bo, io], &[bo, 0]),
        (&["General", "Motors"], &[bo, io], &[bo, io]), // titles are trimmed from persons only
        (&["Bank", "of", "China"], &[bo, io, io], &[bo, io, io]),
    ];
    for (words, tags, want) in cases {
        let mut t = tags.to_vec();
        trim_titles(words, &mut t);
        assert_eq!(&t, want, "{words:?}");
    }
}
