//! Near-duplicate detection: MinHash signatures over word shingles, banded for lookup.
//!
//! Two articles are near-duplicates when the estimated Jaccard similarity of their sets of
//! word 3-shingles reaches [`THRESHOLD`]. A signature of [`NUM_HASHES`] minima is split into
//! [`BANDS`] bands of [`ROWS`] rows; articles sharing a band hash are candidates (the band
//! layout finds pairs at Jaccard 0.8 with probability above 0.99), and candidates are then
//! compared on the full signature.

use crate::normalize::{fnv1a, fold};

/// Hash functions in a signature.
pub const NUM_HASHES: usize = 128;
/// Bands of the signature used as lookup keys.
pub const BANDS: usize = 16;
/// Rows (hashes) per band.
pub const ROWS: usize = NUM_HASHES / BANDS;
/// Estimated Jaccard similarity at or above which two articles are near-duplicates.
pub const THRESHOLD: f64 = 0.8;
/// Words per shingle.
pub const SHINGLE: usize = 3;

/// A MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub Vec<u64>);

/// A 64-bit finalizer (splitmix64): spreads the bits of `x`.
pub fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

impl Signature {
    /// The signature of a text's word shingles (text folded first), or `None` when the text
    /// has fewer than [`SHINGLE`] words: too short to call anything a near-duplicate of it.
    pub fn of_text(text: &str) -> Option<Signature> {
        let folded = fold(text);
        let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
        if words.len() < SHINGLE {
            return None;
        }
        let mut mins = vec![u64::MAX; NUM_HASHES];
        for w in words.windows(SHINGLE) {
            let mut h = 0xcbf2_9ce4_8422_2325u64;
            for word in w {
                h = fnv1a(word.as_bytes(), h);
                h = fnv1a(b" ", h);
            }
            let base = mix(h);
            for (i, m) in mins.iter_mut().enumerate() {
                let v = mix(base ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
                if v < *m {
                    *m = v;
                }
            }
        }
        Some(Signature(mins))
    }

    /// The estimated Jaccard similarity: the share of equal minima.
    pub fn similarity(&self, other: &Signature) -> f64 {
        if self.0.len() != other.0.len() || self.0.is_empty() {
            return 0.0;
        }
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / self.0.len() as f64
    }

    /// One hash per band, the keys under which the signature is looked up. SQLite stores
    /// them as signed 64-bit integers.
    pub fn band_hashes(&self) -> Vec<i64> {
        self.0
            .chunks(ROWS)
            .enumerate()
            .map(|(band, rows)| {
                let mut h = mix(band as u64 + 1);
                for r in rows {
                    h = mix(h ^ r);
                }
                h as i64
            })
            .collect()
    }

    /// The signature as bytes (little-endian u64s).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// A signature read back from [`to_bytes`](Self::to_bytes); `None` when the length is wrong.
    pub fn from_bytes(b: &[u8]) -> Option<Signature> {
        if b.len() != NUM_HASHES * 8 {
            return None;
        }
        let v = b
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
            .collect();
        Some(Signature(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "The ministers of the two countries agreed on Tuesday to expand the \
        railway corridor linking the inland port with the coast, and to open a new freight \
        route before the end of the year, according to a statement issued after the talks \
        in the capital, which also covered customs cooperation and investment in logistics.";

    #[test]
    fn identical_texts_have_similarity_one() {
        let a = Signature::of_text(BASE).unwrap();
        assert_eq!(a.similarity(&Signature::of_text(BASE).unwrap()), 1.0);
    }

    #[test]
    fn a_lightly_edited_copy_is_a_near_duplicate() {
        let copy = format!(
            "{} Reporting by our correspondent.",
            BASE.replace("Tuesday", "Tuesday,")
        );
        let a = Signature::of_text(BASE).unwrap();
        let b = Signature::of_text(&copy).unwrap();
        assert!(a.similarity(&b) >= THRESHOLD, "{}", a.similarity(&b));
        let shared = a
            .band_hashes()
            .iter()
            .zip(b.band_hashes())
            .filter(|(x, y)| **x == *y)
            .count();
        assert!(shared > 0);
    }

    #[test]
    fn a_different_text_is_not() {
        let other = "Officials from the customs service met exporters of fruit to discuss new \
            inspection rules for durian shipments crossing the border by truck and by rail.";
        let a = Signature::of_text(BASE).unwrap();
        let b = Signature::of_text(other).unwrap();
        assert!(a.similarity(&b) < 0.2);
    }

    #[test]
    fn short_texts_have_no_signature_and_bytes_round_trip() {
        assert!(Signature::of_text("two words").is_none());
        let a = Signature::of_text(BASE).unwrap();
        assert_eq!(Signature::from_bytes(&a.to_bytes()), Some(a));
        assert_eq!(Signature::from_bytes(&[1, 2, 3]), None);
    }
}
