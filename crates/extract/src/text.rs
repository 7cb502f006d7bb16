//! Tokens and sentences, with byte offsets into the body.
//!
//! The tokenizer follows the conventions of the CoNLL-2003 news data the tagger learns from:
//! hyphenated words (`Kassym-Jomart`, `ASEAN-China`) and numbers (`2.8`, `1,000`) are one token,
//! a possessive `'s` is split off (`China` `'s`), abbreviations keep their period (`Mr.`, `U.S.`,
//! `Sept.`, initials such as `J.`) and every other punctuation mark is a token of its own.
//! The sentence splitter ends a sentence at a `.`, `!` or `?` token (so never after an
//! abbreviation), when the next word does not start in lower case, and at blank lines.

use std::ops::Range;

/// A word or punctuation token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Token {
    /// The token's text in `body`.
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        &body[self.start..self.end]
    }
}

/// Words that keep their trailing period (compared case-insensitively, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt", "cmdr",
    "adm", "sgt", "rev", "hon", "gov", "sen", "rep", "pres", "amb", "no", "nos", "co", "corp",
    "inc", "ltd", "plc", "bhd", "llc", "dept", "univ", "assn", "bros", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "vs", "etc", "approx", "est", "fig", "vol", "pp", "mt",
    "ft", "ave", "blvd", "rd",
];

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The char at byte `i` of `s`, if any.
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        // an ASCII byte is always a whole character (never inside a multi-byte one)
        Some(&b) if b.is_ascii() => Some(b as char),
        _ => s.get(i..).and_then(|r| r.chars().next()),
    }
}

/// The end of the word that starts at byte `start` (a letter or digit).
fn word_end(body: &str, start: usize) -> usize {
    let mut i = start;
    let mut prev: Option<char> = None;
    while let Some(c) = char_at(body, i) {
        let len = c.len_utf8();
        if is_word(c) {
            prev = Some(c);
            i += len;
            continue;
        }
        let next = char_at(body, i + len);
        let joins = match (prev, c, next) {
            (Some(p), '-', Some(n)) => is_word(p) && is_word(n),
            (Some(p), '.' | ',', Some(n)) => p.is_ascii_digit() && n.is_ascii_digit(),
            (Some(p), '&', Some(n)) => p.is_uppercase() && n.is_uppercase(),
            (Some(p), a, Some(n)) if is_apostrophe(a) => {
                // Keep O'Brien and don't, split the possessive 's.
                let possessive =
                    (n == 's' || n == 'S') && !char_at(body, i + len + 1).is_some_and(is_word);
                is_word(p) && is_word(n) && !possessive
            }
            _ => false,
        };
        if !joins {
            break;
        }
        prev = Some(c);
        i += len;
    }
    i
}

/// Whether the word `w` (no period) followed by `.` is an abbreviation.
fn is_abbreviation(w: &str) -> bool {
    let mut chars = w.chars();
    let first = chars.next();
    if first.is_some_and(char::is_uppercase) && chars.next().is_none() {
        return true; // an initial: J. or the U of U.S. handled by dotted()
    }
    w.len() <= 6 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w))
}

/// The end of a dotted acronym such as `U.S.` or `H.E.` starting at `start`, if there is one.
fn dotted(body: &str, start: usize) -> Option<usize> {
    let mut i = start;
    let mut letters = 0;
    while let Some(c) = char_at(body, i).filter(|c| c.is_alphabetic()) {
        let after = i + c.len_utf8();
        if char_at(body, after) != Some('.') {
            break;
        }
        letters += 1;
        i = after + 1;
    }
    (letters >= 2).then_some(i)
}

/// Splits `body` into word and punctuation tokens.
pub fn tokenize(body: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(body.len() / 5);
    tokenize_into(body, &mut out);
    out
}

/// [`tokenize`] into a buffer the caller reuses (cleared first), so that tokenizing many short
/// texts (gazetteer names) allocates once.
pub fn tokenize_into(body: &str, out: &mut Vec<Token>) {
    out.clear();
    let mut i = 0;
    while let Some(c) = char_at(body, i) {
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if is_word(c) {
            if let Some(end) = dotted(body, i) {
                out.push(Token { start: i, end });
                i = end;
                continue;
            }
            let mut end = word_end(body, i);
            if char_at(body, end) == Some('.') && is_abbreviation(&body[i..end]) {
                end += 1;
            }
            out.push(Token { start: i, end });
            i = end;
            continue;
        }
        if is_apostrophe(c) && matches!(char_at(body, i + len), Some('s' | 'S')) {
            let end = i + len + 1;
            if !char_at(body, end).is_some_and(is_word) && out.last().is_some_and(|t| t.end == i) {
                out.push(Token { start: i, end });
                i = end;
                continue;
            }
        }
        out.push(Token {
            start: i,
            end: i + len,
        });
        i += len;
    }
}

/// Whether a token may close a sentence after its terminator (quotes, brackets).
fn is_closer(t: &str) -> bool {
    matches!(t, "\"" | "'" | "”" | "’" | ")" | "]" | "»")
}

/// Splits `body` into sentences (byte ranges from the first token to the last).
pub fn sentences(body: &str) -> Vec<Range<usize>> {
    sentences_of(body, &tokenize(body))
}

/// [`sentences`] over the tokens of `body` already found by [`tokenize`].
pub fn sentences_of(body: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut first: Option<usize> = None;
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        let s = *first.get_or_insert(t.start);
        let mut last = k;
        let text = t.text(body);
        let mut stop = false;
        if matches!(text, "." | "!" | "?" | "…") {
            while tokens
                .get(last + 1)
                .is_some_and(|n| is_closer(n.text(body)))
            {
                last += 1;
            }
            stop = match tokens.get(last + 1) {
                None => true,
                Some(n) => !n.text(body).starts_with(|c: char| c.is_lowercase()),
            };
        }
        if !stop {
            // A blank line between this token and the next ends the paragraph.
            if let Some(n) = tokens.get(k + 1) {
                let gap = &body[t.end..n.start];
                stop = gap.matches('\n').count() >= 2;
            }
        }
        if stop {
            out.push(s..tokens[last].end);
            first = None;
        }
        k = last + 1;
    }
    if let Some(s) = first {
        let end = tokens.last().map_or(body.len(), |t| t.end);
        out.push(s..end);
    }
    out
}
