//! Document history: the classes given to words earlier in the same document.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::features::SentenceFeats;
use super::train::IdHasher;

/// The classes the tagger gave to capitalized words earlier in the same document, so that a
/// name tagged in a clear context helps its later, less clear mentions.
#[derive(Default)]
pub struct History {
    seen: HashMap<u64, [u16; 4], BuildHasherDefault<IdHasher>>,
}

impl History {
    /// Records the tag chosen for token `i` of `sent`.
    pub fn record(&mut self, sent: &SentenceFeats, i: usize, tag: u8) {
        if let (Some(l), true) = (super::Label::of_tag(tag), sent.is_cap(i)) {
            let c = &mut self.seen.entry(sent.lower_at(i)).or_default()[l as usize];
            *c = c.saturating_add(1);
        }
    }

    /// The class most often given to the word so far (ties: the first class).
    pub(super) fn majority(&self, word: u64) -> Option<u64> {
        let c = self.seen.get(&word)?;
        let (l, n) = c
            .iter()
            .enumerate()
            .max_by_key(|&(l, n)| (*n, std::cmp::Reverse(l)))?;
        (*n > 0).then_some(l as u64)
    }
}
