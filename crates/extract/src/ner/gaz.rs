//! Gazetteer membership for the tagger's features: which token sequences name a country, a
//! nationality, a place, an organization, or contain a known given or family name.
//!
//! Built once from the compact lists in `data/gazetteers/` (compiled in; sources and licences
//! in `data/gazetteers/ATTRIBUTION.md`), tokenized with [`crate::text::tokenize`] and indexed by
//! the hash of their lower-cased tokens, so that lookups at tagging time allocate nothing.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use super::features::hash_lower;
use super::train::IdHasher;

/// A country name.
pub const COUNTRY: u8 = 1;
/// A country's adjective or demonym.
pub const NATIONALITY: u8 = 2;
/// A city.
pub const CITY: u8 = 4;
/// A first-level division or a region.
pub const REGION: u8 = 8;
/// An organization (full name, other name or acronym).
pub const ORG: u8 = 16;
/// A known given or family name (single tokens).
pub const PERSON: u8 = 32;

const COUNTRIES: &str = include_str!("../../../../data/gazetteers/countries.tsv");
const ORGS: &str = include_str!("../../../../data/gazetteers/orgs.tsv");
const PLACES: &str = include_str!("../../../../data/gazetteers/places.tsv");
const PERSONS: &str = include_str!("../../../../data/gazetteers/person_tokens.txt");

/// Longest phrase looked up, in tokens.
pub const MAX_TOKENS: usize = 6;

/// Phrases by the hash of their lower-cased tokens, with their kinds as bits.
pub struct Gaz {
    phrases: HashMap<u64, u8, BuildHasherDefault<IdHasher>>,
    /// Scratch space of `build`.
    tokens: Vec<crate::text::Token>,
}

/// The hash of a sequence of lower-cased token hashes.
#[inline]
pub fn phrase_hash(words: &[u64]) -> u64 {
    words.iter().fold(PHRASE_SEED, |h, w| phrase_step(h, *w))
}

const PHRASE_SEED: u64 = 0x5bd1_e995;

/// One word more of [`phrase_hash`].
#[inline]
fn phrase_step(h: u64, w: u64) -> u64 {
    (h ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(23)
}

/// Marks a hash that begins a longer listed phrase (not a kind).
const PREFIX: u8 = 128;

impl Gaz {
    /// The shared index, built on first use.
    pub fn get() -> &'static Gaz {
        static GAZ: OnceLock<Gaz> = OnceLock::new();
        GAZ.get_or_init(Gaz::build)
    }

    fn build() -> Gaz {
        let mut g = Gaz {
            phrases: HashMap::with_capacity_and_hasher(1 << 17, Default::default()),
            tokens: Vec::with_capacity(16),
        };
        for line in rows(COUNTRIES) {
            let cols: Vec<&str> = line.split('\t').collect();
            for (i, kind) in [(1, COUNTRY), (2, COUNTRY), (3, NATIONALITY)] {
                g.add_names(cols.get(i).copied(), kind);
            }
        }
        for line in rows(ORGS) {
            let cols: Vec<&str> = line.split('\t').collect();
            for i in 0..3 {
                g.add_names(cols.get(i).copied(), ORG);
            }
        }
        for line in rows(PLACES) {
            let cols: Vec<&str> = line.split('\t').collect();
            let kind = if cols.get(1) == Some(&"city") {
                CITY
            } else {
                REGION
            };
            g.add_names(cols.first().copied(), kind);
            g.add_names(cols.get(6).copied(), kind);
        }
        for line in rows(PERSONS) {
            g.add(line.trim(), PERSON);
        }
        g
    }

    fn add_names(&mut self, names: Option<&str>, kind: u8) {
        for n in names.unwrap_or_default().split('|') {
            self.add(n.trim(), kind);
        }
    }

    fn add(&mut self, name: &str, kind: u8) {
        let name = name.strip_prefix("the ").unwrap_or(name);
        let mut words = [0u64; MAX_TOKENS];
        let mut n = 0;
        if name.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
            // Letters and spaces only (most names): the tokenizer's words are the
            // space-separated parts (no hyphen, apostrophe, period or digit to join or split on).
            for part in name.split(' ').filter(|p| !p.is_empty()) {
                if n == MAX_TOKENS {
                    return;
                }
                words[n] = hash_lower(part);
                n += 1;
            }
        } else {
            crate::text::tokenize_into(name, &mut self.tokens);
            if self.tokens.len() > MAX_TOKENS {
                return;
            }
            for (w, t) in words.iter_mut().zip(&self.tokens) {
                *w = hash_lower(t.text(name));
            }
            n = self.tokens.len();
        }
        if n > 0 {
            *self.phrases.entry(phrase_hash(&words[..n])).or_default() |= kind;
            // the phrase's proper prefixes, so that `mark` stops where no listed phrase goes on
            for k in 1..n {
                *self.phrases.entry(phrase_hash(&words[..k])).or_default() |= PREFIX;
            }
        }
    }

    /// The kinds of the phrase made of these lower-cased token hashes (0: not listed).
    pub fn kinds(&self, words: &[u64]) -> u8 {
        self.phrases.get(&phrase_hash(words)).copied().unwrap_or(0) & !PREFIX
    }

    /// For each token, the kinds of the listed phrases it begins and those it continues.
    pub fn mark(&self, lower: &[u64]) -> Vec<(u8, u8)> {
        let mut out = vec![(0u8, 0u8); lower.len()];
        for i in 0..lower.len() {
            let mut h = PHRASE_SEED;
            for len in 1..=MAX_TOKENS.min(lower.len() - i) {
                h = phrase_step(h, lower[i + len - 1]);
                let v = self.phrases.get(&h).copied().unwrap_or(0);
                let k = v & !PREFIX;
                if v & PREFIX == 0 && k == 0 {
                    break; // no listed phrase starts with these words
                }
                if k == 0 {
                    continue;
                }
                // Person names are single tokens; multi-token hits are phrases.
                out[i].0 |= k;
                for o in &mut out[i + 1..i + len] {
                    o.1 |= k;
                }
                if v & PREFIX == 0 {
                    break;
                }
            }
        }
        out
    }
}

fn rows(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_spaces_split_as_the_tokenizer_does() {
        for name in [
            "Tashkent",
            "Almaty  Region",
            " New York ",
            "a b c d e f",
            "a b c d e f g",
            "",
        ] {
            let mut fast = Gaz {
                phrases: HashMap::default(),
                tokens: Vec::new(),
            };
            fast.add(name, CITY);
            let words: Vec<u64> = crate::text::tokenize(name)
                .iter()
                .map(|t| hash_lower(t.text(name)))
                .collect();
            let want =
                (!words.is_empty() && words.len() <= MAX_TOKENS).then(|| phrase_hash(&words));
            let got: Vec<u64> = fast
                .phrases
                .iter()
                .filter(|(_, v)| **v & !PREFIX != 0)
                .map(|(k, _)| *k)
                .collect();
            assert_eq!(got, want.into_iter().collect::<Vec<_>>(), "{name:?}");
        }
        let g = Gaz::get();
        assert_ne!(g.kinds(&[hash_lower("beijing")]), 0);
    }

    #[test]
    fn marks_stop_only_where_no_listed_phrase_goes_on() {
        let mut g = Gaz {
            phrases: HashMap::default(),
            tokens: Vec::new(),
        };
        g.add("Asian Development Bank", ORG);
        g.add("Asian", NATIONALITY);
        g.add("Bank", ORG);
        let words: Vec<u64> = ["the", "Asian", "Development", "Bank", "said"]
            .iter()
            .map(|w| hash_lower(w))
            .collect();
        let marks = g.mark(&words);
        assert_eq!(marks[0], (0, 0));
        assert_eq!(marks[1], (ORG | NATIONALITY, 0));
        assert_eq!(marks[2], (0, ORG));
        assert_eq!(marks[3], (ORG, ORG));
        assert_eq!(marks[4], (0, 0));
        // a prefix alone is no phrase
        assert_eq!(g.kinds(&words[1..3]), 0);
    }
}
