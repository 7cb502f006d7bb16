//! Conversions between byte offsets (what Rust string slicing uses) and code-point offsets
//! (what the output contract uses).

/// Number of code points before byte offset `byte` in `text` (`byte` must be a char boundary).
pub fn byte_to_char(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// Byte offset of the code point with index `ch` in `text` (or `text.len()` past the end).
pub fn char_to_byte(text: &str, ch: usize) -> usize {
    text.char_indices()
        .nth(ch)
        .map(|(b, _)| b)
        .unwrap_or(text.len())
}

/// A precomputed byte → code-point table for one text, for converting many offsets cheaply.
///
/// ```
/// let idx = corridor_model::CharIndex::new("Xi’an is here");
/// assert_eq!(idx.char_of(6), 4); // the curly quote is three bytes, one code point
/// ```
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// `starts[i]` is the byte offset of code point `i`; one extra entry holds `text.len()`.
    starts: Vec<u32>,
    ascii: bool,
}

impl CharIndex {
    /// Builds the table for `text`.
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharIndex {
                starts: Vec::new(),
                ascii: true,
            };
        }
        let mut starts: Vec<u32> = text.char_indices().map(|(b, _)| b as u32).collect();
        starts.push(text.len() as u32);
        CharIndex {
            starts,
            ascii: false,
        }
    }

    /// Code-point offset of byte offset `byte` (rounded down to the code point that contains it).
    pub fn char_of(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        match self.starts.binary_search(&(byte as u32)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Byte offset of code point `ch` (the text length past the end).
    pub fn byte_of(&self, ch: usize) -> usize {
        if self.ascii {
            return ch;
        }
        let last = *self.starts.last().unwrap_or(&0) as usize;
        self.starts.get(ch).map(|&b| b as usize).unwrap_or(last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_multibyte_offsets() {
        let text = "Türkiye – Xi’an";
        let idx = CharIndex::new(text);
        for (ci, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_of(b), ci);
            assert_eq!(idx.byte_of(ci), b);
            assert_eq!(byte_to_char(text, b), ci);
            assert_eq!(char_to_byte(text, ci), b);
        }
        assert_eq!(idx.byte_of(text.chars().count()), text.len());
    }
}
