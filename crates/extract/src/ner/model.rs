//! The weights: a hashed feature table with one row of tag scores per feature, and its
//! versioned binary format.
//!
//! Format (little-endian): `b"CNER"`, version `u32` (1), tag count `u32`, row count `u32`,
//! scale `f32`, cluster count `u32`; then the row keys (`u64` feature hashes), the weights
//! (`i16`, row-major, multiplied by scale on load) and the word clusters (`u64` lower-cased word
//! hash, `u32` path).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::train::IdHasher;
use super::NerError;

/// The tags, BIO over the four classes: O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC,
/// I-MISC.
pub const TAGS: usize = 9;

const MAGIC: &[u8; 4] = b"CNER";
const VERSION: u32 = 1;

/// Word cluster paths by lower-cased word hash; the keys are hashes already and not hashed again.
pub type ClusterMap = HashMap<u64, u32, BuildHasherDefault<IdHasher>>;

/// Scores per tag for hashed features, looked up in an open-addressing table.
pub struct Model {
    keys: Vec<u64>,
    rows: Vec<u32>,
    weights: Vec<f32>,
    mask: usize,
    /// Word cluster paths by lower-cased word hash (the keys are hashes already: not hashed again).
    pub clusters: ClusterMap,
}

impl Model {
    /// Builds a model from rows of weights (`weights.len() == keys.len() * TAGS`).
    pub fn from_rows(keys: Vec<u64>, weights: Vec<f32>, clusters: HashMap<u64, u32>) -> Self {
        Model::with_clusters(keys, weights, clusters.into_iter().collect())
    }

    fn with_clusters(keys: Vec<u64>, weights: Vec<f32>, clusters: ClusterMap) -> Self {
        let cap = (keys.len() * 2).next_power_of_two().max(16);
        let mut table_keys = vec![0u64; cap];
        let mut rows = vec![u32::MAX; cap];
        let mask = cap - 1;
        for (r, &k) in keys.iter().enumerate() {
            let mut slot = (k as usize) & mask;
            while rows[slot] != u32::MAX && table_keys[slot] != k {
                slot = (slot + 1) & mask;
            }
            table_keys[slot] = k;
            rows[slot] = r as u32;
        }
        Model {
            keys: table_keys,
            rows,
            weights,
            mask,
            clusters,
        }
    }

    /// Adds the weights of feature `f` to `scores`.
    #[inline]
    pub fn add(&self, f: u64, scores: &mut [f32; TAGS]) {
        let mut slot = (f as usize) & self.mask;
        loop {
            let r = self.rows[slot];
            if r == u32::MAX {
                return;
            }
            if self.keys[slot] == f {
                let start = r as usize * TAGS;
                let row = self.weights.get(start..start + TAGS);
                if let Some(w) = row.and_then(|w| <&[f32; TAGS]>::try_from(w).ok()) {
                    for (s, w) in scores.iter_mut().zip(w) {
                        *s += w;
                    }
                }
                return;
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// The cluster path of a lower-cased word hash (0: none).
    pub fn cluster(&self, word: u64) -> u32 {
        self.clusters.get(&word).copied().unwrap_or(0)
    }

    /// Parses the binary format.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, NerError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err(NerError::Format(
                "not a corridor NER model (bad magic)".into(),
            ));
        }
        let version = r.u32()?;
        if version != VERSION {
            return Err(NerError::Format(format!(
                "unsupported model version {version}"
            )));
        }
        let tags = r.u32()? as usize;
        if tags != TAGS {
            return Err(NerError::Format(format!(
                "model has {tags} tags, expected {TAGS}"
            )));
        }
        let n = r.u32()? as usize;
        let scale = f32::from_le_bytes(r.take(4)?.try_into().expect("4 bytes"));
        let nc = r.u32()? as usize;
        let need = n
            .saturating_mul(8 + 2 * TAGS)
            .saturating_add(nc.saturating_mul(12));
        if r.bytes.len() - r.at != need {
            return Err(NerError::Format(format!(
                "model body is {} bytes, header says {need}",
                r.bytes.len() - r.at
            )));
        }
        let keys: Vec<u64> = r.take(n * 8)?.chunks_exact(8).map(le_u64).collect();
        let weights: Vec<f32> = r
            .take(n * 2 * TAGS)?
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]) as f32 * scale)
            .collect();
        let mut clusters = ClusterMap::with_capacity_and_hasher(nc, Default::default());
        for c in r.take(nc * 12)?.chunks_exact(12) {
            clusters.insert(
                le_u64(&c[..8]),
                u32::from_le_bytes(c[8..].try_into().expect("4")),
            );
        }
        Ok(Model::with_clusters(keys, weights, clusters))
    }
}

fn le_u64(c: &[u8]) -> u64 {
    u64::from_le_bytes(c.try_into().expect("8 bytes"))
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| NerError::Format("model file is truncated".into()))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn u32(&mut self) -> Result<u32, NerError> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }
}

/// Serializes rows of weights (quantized to `i16`) and clusters into the binary format.
pub fn to_bytes(keys: &[u64], weights: &[f32], clusters: &HashMap<u64, u32>) -> Vec<u8> {
    let max = weights.iter().fold(0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 {
        max / i16::MAX as f32
    } else {
        1.0
    };
    let mut out = Vec::with_capacity(24 + keys.len() * (8 + 2 * TAGS) + clusters.len() * 12);
    out.extend_from_slice(MAGIC);
    for v in [VERSION, TAGS as u32, keys.len() as u32] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend_from_slice(&(clusters.len() as u32).to_le_bytes());
    for k in keys {
        out.extend_from_slice(&k.to_le_bytes());
    }
    for w in weights {
        let q = (w / scale).round().clamp(i16::MIN as f32, i16::MAX as f32) as i16;
        out.extend_from_slice(&q.to_le_bytes());
    }
    let mut cl: Vec<_> = clusters.iter().collect();
    cl.sort();
    for (k, v) in cl {
        out.extend_from_slice(&k.to_le_bytes());
        out.extend_from_slice(&v.to_le_bytes());
    }
    out
}
