//! Training on twenty invented sentences learns them, deterministically for a seed.

use std::collections::HashMap;

use corridor_extract::ner::corpus::{read_conll, Document};
use corridor_extract::ner::train::{train, TrainConfig};
use corridor_extract::ner::{Label, Tagger};

/// Twenty invented sentences in CoNLL column form (token, tag).
const TINY: &str = "\
Mayor B-PER\nAlina I-PER\nVoss I-PER\nvisited O\nTashkent B-LOC\n. O\n
The O\nGreen B-ORG\nRiver I-ORG\nBank I-ORG\nopened O\nin O\nBishkek B-LOC\n. O\n
Mr. O\nTomas B-PER\nLind I-PER\nleads O\nthe O\nGreen B-ORG\nRiver I-ORG\nBank I-ORG\n. O\n
Trade O\nwith O\nTashkent B-LOC\ngrew O\n. O\n
Alina B-PER\nVoss I-PER\nspoke O\nin O\nDushanbe B-LOC\n. O\n
Officials O\nfrom O\nBishkek B-LOC\nand O\nDushanbe B-LOC\nmet O\n. O\n
The O\nNorth B-ORG\nRail I-ORG\nCompany I-ORG\nbuilt O\na O\nline O\n. O\n
President O\nOmar B-PER\nKell I-PER\narrived O\nin O\nTashkent B-LOC\n. O\n
Tomas B-PER\nLind I-PER\nsigned O\nwith O\nNorth B-ORG\nRail I-ORG\nCompany I-ORG\n. O\n
The O\nroad O\nto O\nDushanbe B-LOC\nis O\nlong O\n. O\n
Omar B-PER\nKell I-PER\nthanked O\nthe O\nGreen B-ORG\nRiver I-ORG\nBank I-ORG\n. O\n
Exports O\nfell O\nlast O\nyear O\n. O\n
Minister O\nAlina B-PER\nVoss I-PER\nleft O\nBishkek B-LOC\n. O\n
The O\nbank O\nlent O\nmore O\n. O\n
North B-ORG\nRail I-ORG\nCompany I-ORG\nhired O\nstaff O\nin O\nTashkent B-LOC\n. O\n
Mr. O\nOmar B-PER\nKell I-PER\nmet O\nMr. O\nTomas B-PER\nLind I-PER\n. O\n
Rain O\nfell O\nin O\nBishkek B-LOC\n. O\n
The O\ntalks O\nended O\nwell O\n. O\n
Green B-ORG\nRiver I-ORG\nBank I-ORG\nfunds O\nroads O\nin O\nDushanbe B-LOC\n. O\n
Tomas B-PER\nLind I-PER\nand O\nAlina B-PER\nVoss I-PER\nagreed O\n. O\n";

/// A mention: first token, one past the last, class.
type Mention = (usize, usize, Label);

fn corpus() -> Vec<Document> {
    let docs = read_conll("tiny", TINY).expect("tiny corpus parses");
    assert_eq!(docs.iter().map(Vec::len).sum::<usize>(), 20);
    docs
}

fn model(seed: u64) -> Vec<u8> {
    let config = TrainConfig {
        epochs: 8,
        seed,
        min_count: 1,
        prune: 0.0,
    };
    train(&corpus(), &HashMap::new(), &config, &mut |_| {})
}

#[test]
fn learns_the_training_sentences() {
    let tagger = Tagger::from_bytes(&model(7)).expect("trained model loads");
    let docs = corpus();
    let report = corridor_extract::ner::eval::evaluate(&tagger, &docs);
    assert!(report.overall().f1() > 0.95, "{:?}", report.overall());
    // New combinations of known names.
    let cases: &[(&[&str], &[Mention])] = &[
        (
            &["Tomas", "Lind", "met", "Omar", "Kell", "in", "Bishkek", "."],
            &[(0, 2, Label::Per), (3, 5, Label::Per), (6, 7, Label::Loc)],
        ),
        (
            &["The", "Green", "River", "Bank", "met", "Omar", "Kell", "."],
            &[(1, 4, Label::Org), (5, 7, Label::Per)],
        ),
        (
            &["Alina", "Voss", "visited", "Dushanbe", "."],
            &[(0, 2, Label::Per), (3, 4, Label::Loc)],
        ),
    ];
    for (words, want) in cases {
        let got: Vec<_> = tagger
            .tag_spans(words)
            .iter()
            .map(|m| (m.start, m.end, m.label))
            .collect();
        assert_eq!(&got, want, "{words:?}");
    }
}

#[test]
fn training_is_deterministic_for_a_seed() {
    assert_eq!(model(3), model(3));
}

#[test]
fn untrained_tagger_finds_nothing() {
    let tagger = Tagger::from_bytes(&train(
        &[],
        &HashMap::new(),
        &TrainConfig::default(),
        &mut |_| {},
    ))
    .expect("empty model loads");
    assert!(tagger
        .tag_spans(&["Omar", "Kell", "visited", "Dushanbe"])
        .is_empty());
}
