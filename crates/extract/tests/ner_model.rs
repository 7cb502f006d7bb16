//! The bundled model loads and tags invented sentences where expected.

use corridor_extract::ner::{Label, Tagger};
use corridor_extract::text::tokenize;

fn mentions(text: &str) -> Vec<(String, Label)> {
    let tokens = tokenize(text);
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    Tagger::new()
        .tag_spans(&words)
        .into_iter()
        .map(|m| (words[m.start..m.end].join(" "), m.label))
        .collect()
}

#[test]
fn bundled_model_parses() {
    let m = corridor_extract::ner::model::Model::from_bytes(corridor_extract::ner::BUNDLED_MODEL);
    assert!(m.is_ok(), "{:?}", m.err());
}

#[test]
fn tags_the_reference_sentence() {
    let got = mentions(
        "Secretary General Shi Zhongjun of the ASEAN-China Centre met Kazakh President \
         Kassym-Jomart Tokayev in Astana.",
    );
    eprintln!("{got:?}");
    let has = |s: &str, l: Label| got.iter().any(|(t, g)| t == s && *g == l);
    assert!(has("Shi Zhongjun", Label::Per), "{got:?}");
    assert!(has("Kassym-Jomart Tokayev", Label::Per), "{got:?}");
    assert!(has("Astana", Label::Loc), "{got:?}");
    assert!(
        got.iter()
            .any(|(t, g)| t == "ASEAN-China Centre" && *g == Label::Org),
        "{got:?}"
    );
}

#[test]
fn tags_other_invented_sentences() {
    let got = mentions(
        "Prime Minister Anwar Ibrahim told reporters in Kuala Lumpur that Malaysia would join.",
    );
    let has = |s: &str, l: Label| got.iter().any(|(t, g)| t == s && *g == l);
    assert!(has("Anwar Ibrahim", Label::Per), "{got:?}");
    assert!(has("Kuala Lumpur", Label::Loc), "{got:?}");
    assert!(has("Malaysia", Label::Loc), "{got:?}");
    let none = mentions("the weather was fine and nothing else happened there .");
    assert!(none.is_empty(), "{none:?}");
}

#[test]
fn doc_spans_are_in_token_indices() {
    let article = corridor_model::Article::new(
        "t.txt",
        "Ministers met on Monday.\n\nPresident Xi Jinping arrived in Beijing on Tuesday.",
    );
    let doc = corridor_extract::Doc::new(&article);
    let spans = Tagger::new().tag(&doc);
    let texts: Vec<&str> = spans
        .iter()
        .map(|m| &doc.body[doc.tokens[m.start].start..doc.tokens[m.end - 1].end])
        .collect();
    assert!(texts.contains(&"Xi Jinping"), "{texts:?}");
    assert!(texts.contains(&"Beijing"), "{texts:?}");
    assert!(
        spans.iter().all(|m| m.score > 0.0 && m.score <= 1.0),
        "{spans:?}"
    );
}

/// The bundled model still scores on CoNLL-2003 testa (guards against features drifting from
/// the weights, e.g. when `data/gazetteers/` changes without a retrain). Skips without
/// `../shared`.
#[test]
fn bundled_model_scores_on_testa() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/ner/conll2003/eng.testa");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not found", path.display());
        return;
    };
    let docs = corridor_extract::ner::corpus::read_conll("eng.testa", &text).unwrap();
    let report = corridor_extract::ner::eval::evaluate(&Tagger::new(), &docs);
    let f1 = report.per_org_loc().f1();
    assert!(
        f1 >= 0.88,
        "testa PER/ORG/LOC F1 {f1:.4}: retrain with `corridor ner train`"
    );
}
