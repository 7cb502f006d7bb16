//! Tokens and sentences, with byte offsets into the body.

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

/// Splits `body` into word and punctuation tokens (placeholder: whitespace and punctuation).
pub fn tokenize(body: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in body.char_indices() {
        if c.is_alphanumeric() || c == '\'' || c == '’' {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            if let Some(s) = start.take() {
                out.push(Token { start: s, end: i });
            }
            if !c.is_whitespace() {
                out.push(Token { start: i, end: i + c.len_utf8() });
            }
        }
    }
    if let Some(s) = start {
        out.push(Token { start: s, end: body.len() });
    }
    out
}

/// Splits `body` into sentences (placeholder: at `.`, `!`, `?` followed by a space and a capital,
/// and at blank lines).
pub fn sentences(body: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let para = c == b'\n' && bytes.get(i + 1) == Some(&b'\n');
        let stop = matches!(c, b'.' | b'!' | b'?')
            && bytes.get(i + 1) == Some(&b' ')
            && bytes.get(i + 2).is_some_and(|n| n.is_ascii_uppercase());
        if para || stop {
            let end = i + 1;
            if body[start..end].trim().len() > 0 {
                out.push(start..end);
            }
            start = end;
        }
        i += 1;
    }
    if body[start..].trim().len() > 0 {
        out.push(start..body.len());
    }
    out
}
