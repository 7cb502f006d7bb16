//! Word boundaries the fast regex engine can keep.
//!
//! A Unicode `\b` makes the regex crate's lazy DFA give up as soon as the haystack holds a
//! non-ASCII byte (a curly quote, a dash), and the slow engines then scan the whole body. Each
//! [`Dual`] pattern is compiled twice: as written, and with every `\b` read as the ASCII
//! boundary `(?-u:\b)`. The two agree on every text whose non-ASCII characters are all non-word
//! characters (a Unicode `\b` is defined by `\w`, and an ASCII `\b` sees any non-ASCII character
//! as a non-word one), so [`Dual::pick`] hands out the ASCII one for such texts and the pattern
//! as written otherwise (beside "Nguyễn" or "2023年"): the matches are the same either way.

use regex::Regex;
use std::sync::{LazyLock, OnceLock};

/// A non-ASCII character that a Unicode `\b` counts as a word character.
static NON_ASCII_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w&&[^\x00-\x7F]]").expect("word class compiles"));

/// Whether Unicode and ASCII word boundaries agree at every position of `text`.
pub fn ascii_boundaries_agree(text: &str) -> bool {
    text.is_ascii() || !NON_ASCII_WORD.is_match(text)
}

/// `text` cut at line breaks into runs of whole lines, each with its byte offset and whether
/// [`ascii_boundaries_agree`] on it; neighbouring lines that agree (or not) alike are one run. One
/// name in "Nguyễn" no longer sends a whole long page to the slow engines: only its paragraph.
pub fn runs(text: &str) -> Vec<(usize, &str, bool)> {
    let mut out: Vec<(usize, &str, bool)> = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = text[start..]
            .find('\n')
            .map_or(text.len(), |i| start + i + 1);
        let agree = ascii_boundaries_agree(&text[start..end]);
        match out.last_mut() {
            Some((off, run, a)) if *a == agree => *run = &text[*off..end],
            _ => out.push((start, &text[start..end], agree)),
        }
        start = end;
    }
    out
}

/// `src` with every `\b` escape written as the ASCII boundary `(?-u:\b)`.
pub fn ascii_boundaries(src: &str) -> String {
    let mut out = String::with_capacity(src.len() + 32);
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push_str(r"(?-u:\b)"),
            Some(n) => {
                out.push('\\');
                out.push(n);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// One pattern compiled with ASCII word boundaries, and as written when first needed.
#[derive(Debug)]
pub struct Dual {
    src: String,
    ascii: Regex,
    unicode: OnceLock<Regex>,
}

impl Dual {
    /// Compiles `src` with ASCII word boundaries; the form as written is compiled on the first
    /// text that needs it (the two differ only in the flag of `\b`).
    pub fn new(src: &str) -> Result<Self, regex::Error> {
        Ok(Dual {
            src: src.to_owned(),
            ascii: Regex::new(&ascii_boundaries(src))?,
            unicode: OnceLock::new(),
        })
    }

    /// The compiled pattern to run on a text, given [`ascii_boundaries_agree`] of that text.
    pub fn pick(&self, agree: bool) -> &Regex {
        if agree {
            &self.ascii
        } else {
            self.unicode.get_or_init(|| {
                Regex::new(&self.src).expect("a pattern that compiles with ASCII \\b compiles")
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_split_at_lines_that_disagree() {
        let text = "On 3 May.\nIn 2023.\nNguyễn came.\nLast year.";
        let got: Vec<(usize, &str, bool)> = runs(text);
        assert_eq!(
            got,
            vec![
                (0, "On 3 May.\nIn 2023.\n", true),
                (19, "Nguyễn came.\n", false),
                (34, "Last year.", true),
            ]
        );
        assert!(runs("").is_empty());
        let joined: String = runs(text).iter().map(|r| r.1).collect();
        assert_eq!(joined, text);
    }

    #[test]
    fn rewrites_only_word_boundary_escapes() {
        assert_eq!(
            ascii_boundaries(r"\bx\d\\b\s\b"),
            r"(?-u:\b)x\d\\b\s(?-u:\b)"
        );
    }

    #[test]
    fn agreement_follows_non_ascii_word_characters() {
        assert!(ascii_boundaries_agree("plain ascii 2023"));
        assert!(ascii_boundaries_agree("“quoted” – dashed\u{a0}2023 ¥5 €3"));
        assert!(!ascii_boundaries_agree("Nguyễn said"));
        assert!(!ascii_boundaries_agree("2023年"));
    }

    #[test]
    fn both_forms_find_the_same_where_they_agree() {
        let d = Dual::new(r"\b(?:19|20)\d{2}\b").expect("compiles");
        for text in ["in 2023, “then” 2024–2025", "x2023 2023y", "’1999’"] {
            let agree = ascii_boundaries_agree(text);
            assert!(agree);
            let a: Vec<_> = d.pick(true).find_iter(text).map(|m| m.range()).collect();
            let u: Vec<_> = d.pick(false).find_iter(text).map(|m| m.range()).collect();
            assert_eq!(a, u, "{text}");
        }
        // Beside a CJK character the two differ, so the pattern as written is picked.
        let text = "2023年";
        assert!(d.pick(ascii_boundaries_agree(text)).find(text).is_none());
        assert!(d.pick(true).find(text).is_some());
    }

    proptest::proptest! {
        /// Wherever the check says the two agree, both forms find the same captures.
        #[test]
        fn forms_agree_on_texts_without_non_ascii_word_characters(
            text in "[a-zA-Z0-9 ,.$%\u{2019}\u{2013}\u{a0}\u{20ac}\u{5e74}\u{e9}-]{0,40}"
        ) {
            let d = Dual::new(r"(?i)\b(?:(?P<c>\$|usd|€)\s?)?(?P<n>\d{1,4})\b(?:\s*(?P<u>%|bn|年))?")
                .expect("compiles");
            if ascii_boundaries_agree(&text) {
                let slots = |re: &Regex| -> Vec<Vec<Option<(usize, usize)>>> {
                    re.captures_iter(&text)
                        .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                        .collect()
                };
                let unicode = Regex::new(&d.src).expect("compiles");
                proptest::prop_assert_eq!(slots(d.pick(true)), slots(&unicode));
            }
        }
    }
}
