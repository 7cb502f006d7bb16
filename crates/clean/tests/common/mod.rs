//! Helpers shared by the text-cleaning tests that score against benchmark bodies.

use std::collections::HashMap;

/// Lower-cased `\w+` tokens with their counts, as score.py counts them.
fn tokens(s: &str) -> HashMap<String, usize> {
    let re = regex::Regex::new(r"\w+").unwrap();
    let mut m = HashMap::new();
    for t in re.find_iter(s) {
        *m.entry(t.as_str().to_lowercase()).or_insert(0) += 1;
    }
    m
}

/// score.py's bag-of-words body F1 (two empty texts agree fully).
pub fn f1(pred: &str, gold: &str) -> f64 {
    let (p, g) = (tokens(pred), tokens(gold));
    let overlap: usize = p
        .iter()
        .map(|(k, v)| (*v).min(*g.get(k).unwrap_or(&0)))
        .sum();
    let (np, ng): (usize, usize) = (p.values().sum(), g.values().sum());
    if np == 0 && ng == 0 {
        return 1.0;
    }
    let (pr, rc) = (
        overlap as f64 / np.max(1) as f64,
        overlap as f64 / ng.max(1) as f64,
    );
    if pr + rc == 0.0 {
        0.0
    } else {
        2.0 * pr * rc / (pr + rc)
    }
}
