//! Feature extraction: every feature is a 64-bit hash of a template id and its parts.
//!
//! Per-word hashes (lower-cased form, shape, affixes) are computed once per sentence into a
//! [`SentenceFeats`]; the features of token `i` then combine them without allocating. Features
//! that depend on the tags already chosen (the previous two) are added by [`SentenceFeats::dynamic`].

pub use super::history::History;
pub use super::words::{is_org_head, is_trigger};

/// Hashes bytes (FNV-1a, then a final mix).
#[inline]
fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

const SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// Combines a template id with up to three part hashes.
#[inline]
pub fn mix(template: u8, a: u64, b: u64, c: u64) -> u64 {
    let mut h = (template as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for x in [a, b, c] {
        h = (h ^ x).wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 29;
    }
    h
}

/// The hash of a string.
pub fn hash_str(s: &str) -> u64 {
    fnv(SEED, s.as_bytes())
}

/// The hash of a string, lower-cased on the fly.
pub fn hash_lower(s: &str) -> u64 {
    if s.is_ascii() {
        // Same bytes as the general path: an ASCII character lower-cases to one ASCII byte.
        return s.bytes().fold(SEED, |h, b| {
            (h ^ b.to_ascii_lowercase() as u64).wrapping_mul(0x100_0000_01b3)
        });
    }
    s.chars().fold(SEED, fnv_lower)
}

/// [`fnv`] over the UTF-8 bytes of `c` lower-cased.
#[inline]
fn fnv_lower(h: u64, c: char) -> u64 {
    if c.is_ascii() {
        return fnv(h, &[c.to_ascii_lowercase() as u8]);
    }
    let mut buf = [0u8; 4];
    c.to_lowercase()
        .fold(h, |h, l| fnv(h, l.encode_utf8(&mut buf).as_bytes()))
}

/// The word's shape: `Xx` classes per character, runs collapsed when `short` (`Tokayev` → `Xx`,
/// `2.8` → `d.d`, `ASEAN-China` → `X-Xx`); the long form keeps up to 8 characters (`Xxxxxxx`).
pub fn shape(word: &str, short: bool) -> u64 {
    if word.is_ascii() {
        // the classes of `char_class`, read off the bytes (an ASCII character is numeric only as a
        // digit)
        let class = |b: u8| match b {
            b'A'..=b'Z' => b'X',
            b'a'..=b'z' => b'x',
            b'0'..=b'9' => b'd',
            _ => b,
        };
        shape_of(word.bytes().map(class), short)
    } else {
        shape_of(word.chars().map(char_class), short)
    }
}

/// A character's shape class: `X` upper, `x` lower, `d` numeric, ASCII punctuation as itself, `*`.
fn char_class(c: char) -> u8 {
    if c.is_uppercase() {
        b'X'
    } else if c.is_lowercase() {
        b'x'
    } else if c.is_numeric() {
        b'd'
    } else if c.is_ascii() {
        c as u8
    } else {
        b'*'
    }
}

/// The hash of a sequence of shape classes, runs collapsed when `short`, else the first 8.
fn shape_of(classes: impl Iterator<Item = u8>, short: bool) -> u64 {
    let mut h = SEED;
    let mut last = 0u8;
    let mut n = 0;
    for k in classes {
        if short && k == last {
            continue;
        }
        if !short && n >= 8 {
            break;
        }
        h = fnv(h, &[k]);
        last = k;
        n += 1;
    }
    h
}

/// Hashes of the lower-cased prefixes (slots 0-3) and suffixes (4-7) of 1 to 4 characters,
/// 0 where the word is not longer than the affix.
fn affixes(w: &str) -> [u64; 8] {
    let mut out = [0u64; 8];
    let (mut hp, mut hs) = (SEED ^ 1, SEED ^ 2);
    if w.is_ascii() {
        let b = w.as_bytes();
        for k in 0..4.min(b.len().saturating_sub(1)) {
            hp = fnv(hp, &[b[k].to_ascii_lowercase()]);
            hs = fnv(hs, &[b[b.len() - 1 - k].to_ascii_lowercase()]);
            out[k] = hp;
            out[4 + k] = hs;
        }
        return out;
    }
    let n = w.chars().count();
    for (k, (a, b)) in w
        .chars()
        .zip(w.chars().rev())
        .take(4.min(n.saturating_sub(1)))
        .enumerate()
    {
        hp = fnv_lower(hp, a);
        hs = fnv_lower(hs, b);
        out[k] = hp;
        out[4 + k] = hs;
    }
    out
}

/// Per-word hashes of one sentence, computed once.
#[derive(Default)]
pub struct SentenceFeats {
    lower: Vec<u64>,
    exact: Vec<u64>,
    shape: Vec<u64>,
    short: Vec<u64>,
    affix: Vec<[u64; 8]>,
    trigger: Vec<bool>,
    org_head: Vec<bool>,
    cap: Vec<bool>,
    cluster: Vec<[u64; 3]>,
    gaz: Vec<(u8, u8)>,
    headline: u8,
}

const BOS: u64 = 0x1111;
const EOS: u64 = 0x2222;

impl SentenceFeats {
    /// Computes the per-word hashes of `words`; `cluster` gives a word's cluster path (0: none).
    pub fn new(words: &[&str], cluster: &dyn Fn(u64) -> u32) -> Self {
        let n = words.len();
        let mut f = SentenceFeats {
            lower: Vec::with_capacity(n),
            exact: Vec::with_capacity(n),
            shape: Vec::with_capacity(n),
            short: Vec::with_capacity(n),
            affix: Vec::with_capacity(n),
            trigger: Vec::with_capacity(n),
            org_head: Vec::with_capacity(n),
            cap: Vec::with_capacity(n),
            cluster: Vec::with_capacity(n),
            gaz: Vec::new(),
            headline: 0,
        };
        let mut letters = 0;
        let mut lower_letters = 0;
        for w in words {
            let low = hash_lower(w);
            f.lower.push(low);
            f.exact.push(hash_str(w));
            f.shape.push(shape(w, false));
            f.short.push(shape(w, true));
            f.trigger.push(is_trigger(w));
            f.org_head.push(is_org_head(w));
            f.cap.push(w.chars().next().is_some_and(char::is_uppercase));
            if w.is_ascii() {
                letters += w.bytes().filter(u8::is_ascii_alphabetic).count();
                lower_letters += w.bytes().filter(u8::is_ascii_lowercase).count();
            } else {
                letters += w.chars().filter(|c| c.is_alphabetic()).count();
                lower_letters += w.chars().filter(|c| c.is_lowercase()).count();
            }
            f.affix.push(affixes(w));
            let c = cluster(low);
            let mut cl = [0u64; 3];
            if c != 0 {
                // Prefixes of the cluster path (a leading 1 bit marks the path's length).
                let bits = 32 - c.leading_zeros();
                for (j, len) in [4u32, 8, 12].into_iter().enumerate() {
                    let keep = len.min(bits);
                    cl[j] = (c >> (bits - keep)) as u64 | ((len as u64) << 40);
                }
            }
            f.cluster.push(cl);
        }
        f.gaz = super::gaz::Gaz::get().mark(&f.lower);
        // Headlines: all capitals (1), or title case without a final period (2).
        let long: Vec<bool> = words
            .iter()
            .filter(|w| w.len() >= 4 && w.starts_with(char::is_alphabetic))
            .map(|w| w.starts_with(char::is_uppercase))
            .collect();
        let title = long.len() >= 3
            && long.iter().filter(|c| **c).count() * 10 >= long.len() * 8
            && words.last() != Some(&".");
        f.headline = if letters >= 8 && lower_letters * 10 < letters {
            1
        } else {
            2 * title as u8
        };
        f
    }

    /// The lower-cased hash of word `i`.
    pub fn lower_at(&self, i: usize) -> u64 {
        self.lower[i]
    }

    /// Whether word `i` starts with a capital.
    pub fn is_cap(&self, i: usize) -> bool {
        self.cap[i]
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.lower.len()
    }

    /// Whether the sentence has no words.
    pub fn is_empty(&self) -> bool {
        self.lower.is_empty()
    }

    fn low(&self, i: isize) -> u64 {
        self.at(&self.lower, i)
    }

    fn at(&self, v: &[u64], i: isize) -> u64 {
        if i < 0 {
            BOS
        } else {
            v.get(i as usize).copied().unwrap_or(EOS)
        }
    }

    /// Appends the static features of token `i` to `out`.
    pub fn token(&self, i: usize, out: &mut Vec<u64>) {
        let j = i as isize;
        let low = self.lower[i];
        let sh = self.short[i];
        out.push(mix(0, 0, 0, 0));
        out.push(mix(1, low, 0, 0));
        out.push(mix(2, self.exact[i], 0, 0));
        out.push(mix(3, self.shape[i], 0, 0));
        out.push(mix(4, sh, 0, 0));
        for (k, a) in self.affix[i].iter().enumerate() {
            if *a != 0 {
                out.push(mix(5 + k as u8, *a, 0, 0));
            }
        }
        out.push(mix(13, self.low(j - 1), 0, 0));
        out.push(mix(14, self.low(j + 1), 0, 0));
        out.push(mix(15, self.low(j - 2), 0, 0));
        out.push(mix(16, self.low(j + 2), 0, 0));
        out.push(mix(17, self.at(&self.short, j - 1), 0, 0));
        out.push(mix(18, self.at(&self.short, j + 1), 0, 0));
        out.push(mix(19, self.low(j - 1), low, 0));
        out.push(mix(20, low, self.low(j + 1), 0));
        out.push(mix(
            21,
            self.at(&self.short, j - 1),
            sh,
            self.at(&self.short, j + 1),
        ));
        out.push(mix(22, (i == 0) as u64, sh, 0));
        out.push(mix(23, self.headline as u64, sh, 0));
        if self.headline != 0 {
            out.push(mix(24, low, 0, 0));
        }
        let trig = |k: isize| k >= 0 && self.trigger.get(k as usize).copied().unwrap_or(false);
        if trig(j - 1) {
            out.push(mix(25, sh, 0, 0));
        }
        if trig(j - 2) && self.cap.get(i.wrapping_sub(1)).copied().unwrap_or(false) {
            out.push(mix(26, sh, 0, 0));
        }
        for (k, c) in self.cluster[i].iter().enumerate() {
            if *c != 0 {
                out.push(mix(27 + k as u8, *c, 0, 0));
            }
        }
        if self.org_head[i] {
            out.push(mix(46, sh, 0, 0));
        }
        if self.org_head.get(i + 1).copied().unwrap_or(false) {
            out.push(mix(47, sh, 0, 0));
        }
        let (begin, inside) = self.gaz[i];
        let cap = self.cap[i] as u64;
        for b in 0..8u64 {
            if begin & (1 << b) != 0 {
                out.push(mix(32, b, 1, 0));
                out.push(mix(33, b, 1, cap));
            }
            if inside & (1 << b) != 0 {
                out.push(mix(32, b, 2, 0));
            }
        }
        let around = |k: isize| {
            let g = if k >= 0 {
                self.gaz.get(k as usize).copied()
            } else {
                None
            };
            g.map_or(0, |(b, i)| (b | i) as u64)
        };
        if around(j - 1) != 0 {
            out.push(mix(34, around(j - 1), 0, 0));
        }
        if around(j + 1) != 0 {
            out.push(mix(35, around(j + 1), 0, 0));
        }
        for (t, k) in [(30u8, j - 1), (31, j + 1)] {
            if k >= 0 {
                if let Some(c) = self.cluster.get(k as usize) {
                    if c[1] != 0 {
                        out.push(mix(t, c[1], 0, 0));
                    }
                }
            }
        }
    }

    /// Appends the features of token `i` that depend on the tags already chosen: the two
    /// previous ones, and those given to the same word earlier in the document (`history`).
    pub fn dynamic(&self, i: usize, prev: u8, prev2: u8, history: &History, out: &mut Vec<u64>) {
        let (p, p2) = (prev as u64, prev2 as u64);
        out.push(mix(40, p, 0, 0));
        out.push(mix(41, p, p2, 0));
        out.push(mix(42, p, self.lower[i], 0));
        out.push(mix(43, p, self.short[i], 0));
        if let Some(l) = history.majority(self.lower[i]) {
            out.push(mix(44, l, 0, 0));
            out.push(mix(45, l, self.short[i], 0));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hashes as first written (one `to_lowercase` per character), which the shipped model's
    /// weights were trained on: the ASCII fast paths must give the same values.
    fn reference_lower(s: &str) -> u64 {
        let mut h = SEED;
        let mut buf = [0u8; 4];
        for c in s.chars() {
            for l in c.to_lowercase() {
                h = fnv(h, l.encode_utf8(&mut buf).as_bytes());
            }
        }
        h
    }

    fn reference_affixes(w: &str) -> [u64; 8] {
        let mut out = [0u64; 8];
        let n = w.chars().count();
        let (mut hp, mut hs) = (SEED ^ 1, SEED ^ 2);
        for (k, (a, b)) in w
            .chars()
            .zip(w.chars().rev())
            .take(4.min(n.saturating_sub(1)))
            .enumerate()
        {
            hp = a.to_lowercase().fold(hp, reference_char);
            hs = b.to_lowercase().fold(hs, reference_char);
            out[k] = hp;
            out[4 + k] = hs;
        }
        out
    }

    fn reference_char(h: u64, c: char) -> u64 {
        let mut buf = [0u8; 4];
        fnv(h, c.encode_utf8(&mut buf).as_bytes())
    }

    #[test]
    fn fast_paths_hash_as_the_reference() {
        for w in [
            "",
            "x",
            "AMS",
            "and",
            "Tokayev",
            "ASEAN-China",
            "Ünïcode",
            "İstanbul",
            "ΣΟΦΙΑ",
            "2.8",
            "Nguyễn",
            "中国",
        ] {
            assert_eq!(hash_lower(w), reference_lower(w), "{w}");
            assert_eq!(affixes(w), reference_affixes(w), "{w}");
            for short in [false, true] {
                assert_eq!(shape(w, short), reference_shape(w, short), "{w}");
            }
        }
    }

    /// The shape read character by character, whatever the word (the path non-ASCII words take).
    fn reference_shape(word: &str, short: bool) -> u64 {
        shape_of(word.chars().map(char_class), short)
    }

    proptest::proptest! {
        #[test]
        fn hashes_agree_on_any_text(w in "\\PC{0,12}") {
            proptest::prop_assert_eq!(hash_lower(&w), reference_lower(&w));
            proptest::prop_assert_eq!(affixes(&w), reference_affixes(&w));
            proptest::prop_assert_eq!(shape(&w, true), reference_shape(&w, true));
            proptest::prop_assert_eq!(shape(&w, false), reference_shape(&w, false));
        }

        #[test]
        fn hashes_agree_on_ascii_text(w in "[ -~]{0,14}") {
            proptest::prop_assert_eq!(hash_lower(&w), reference_lower(&w));
            proptest::prop_assert_eq!(affixes(&w), reference_affixes(&w));
            proptest::prop_assert_eq!(shape(&w, true), reference_shape(&w, true));
            proptest::prop_assert_eq!(shape(&w, false), reference_shape(&w, false));
        }
    }
}
