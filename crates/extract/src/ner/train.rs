//! Training: a greedy averaged perceptron over hashed features, deterministic for a seed.
//!
//! Each epoch visits the documents in an order shuffled by the seed; each token is decoded with
//! the tags the model itself chose for the previous tokens (so it learns to recover from its own
//! mistakes), and on a wrong tag the gold tag's weights gain 1 and the chosen tag's lose 1.
//! The shipped weights are the averages over all steps (Collins 2002), computed lazily.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::corpus::Document;
use super::features::{History, SentenceFeats};
use super::model::{self, TAGS};
use super::{best_allowed, Scorer};

/// Identity hasher for keys that already are hashes.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Passes over the data.
    pub epochs: usize,
    /// Seed of the document order.
    pub seed: u64,
    /// Features seen fewer times than this in the gold data are dropped.
    pub min_count: u32,
    /// Rows whose largest absolute averaged weight is below this are not shipped.
    pub prune: f32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 10,
            seed: 1,
            min_count: 2,
            prune: 0.05,
        }
    }
}

struct Weights {
    index: IdMap<u32>,
    w: Vec<f32>,
    acc: Vec<f64>,
}

impl Scorer for Weights {
    fn add(&self, f: u64, scores: &mut [f32; TAGS]) {
        if let Some(&r) = self.index.get(&f) {
            let w = &self.w[r as usize * TAGS..(r as usize + 1) * TAGS];
            for (s, w) in scores.iter_mut().zip(w) {
                *s += w;
            }
        }
    }
}

impl Weights {
    fn update(&mut self, feats: &[u64], gold: u8, pred: u8, step: f64) {
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                let base = r as usize * TAGS;
                for (t, d) in [(gold, 1.0f32), (pred, -1.0)] {
                    self.w[base + t as usize] += d;
                    self.acc[base + t as usize] += step * d as f64;
                }
            }
        }
    }
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n.max(1)
    }
}

/// Progress of one epoch: tokens seen and tagged wrong.
#[derive(Debug, Clone, Copy)]
pub struct EpochReport {
    /// Epoch number from 1.
    pub epoch: usize,
    /// Tokens visited.
    pub tokens: usize,
    /// Tokens whose greedy tag was wrong.
    pub errors: usize,
}

/// Features of every sentence, precomputed once.
fn prepare(docs: &[Document], clusters: &HashMap<u64, u32>) -> Vec<Vec<SentenceFeats>> {
    let cl = |w: u64| clusters.get(&w).copied().unwrap_or(0);
    docs.iter()
        .map(|d| {
            d.iter()
                .map(|s| {
                    let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
                    SentenceFeats::new(&words, &cl)
                })
                .collect()
        })
        .collect()
}

/// Trains a model on `docs` and returns it in the binary format ([`model::to_bytes`]);
/// `progress` is called after each epoch.
pub fn train(
    docs: &[Document],
    clusters: &HashMap<u64, u32>,
    config: &TrainConfig,
    progress: &mut dyn FnMut(EpochReport),
) -> Vec<u8> {
    let prepared = prepare(docs, clusters);
    let mut feats = Vec::with_capacity(64);
    // Feature counts over the gold histories.
    let mut counts: IdMap<u32> = IdMap::default();
    for (d, doc) in docs.iter().enumerate() {
        let mut history = History::default();
        for (s, sent) in doc.iter().enumerate() {
            let pf = &prepared[d][s];
            for i in 0..sent.tags.len() {
                feats.clear();
                pf.token(i, &mut feats);
                let p1 = if i > 0 { sent.tags[i - 1] } else { 0 };
                let p2 = if i > 1 { sent.tags[i - 2] } else { 0 };
                pf.dynamic(i, p1, p2, &history, &mut feats);
                history.record(pf, i, sent.tags[i]);
                for f in &feats {
                    *counts.entry(*f).or_default() += 1;
                }
            }
        }
    }
    let mut index: IdMap<u32> = IdMap::default();
    let mut kept: Vec<u64> = counts
        .into_iter()
        .filter(|&(_, c)| c >= config.min_count)
        .map(|(f, _)| f)
        .collect();
    kept.sort_unstable();
    for (r, f) in kept.iter().enumerate() {
        index.insert(*f, r as u32);
    }
    let n = kept.len();
    let mut wts = Weights {
        index,
        w: vec![0.0; n * TAGS],
        acc: vec![0.0; n * TAGS],
    };
    let mut rng = Rng(config.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut step = 1.0f64;
    for epoch in 1..=config.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let (mut tokens, mut errors) = (0, 0);
        for &d in &order {
            let mut history = History::default();
            for (s, sent) in docs[d].iter().enumerate() {
                let pf = &prepared[d][s];
                let (mut p1, mut p2) = (0u8, 0u8);
                for (i, &gold) in sent.tags.iter().enumerate() {
                    feats.clear();
                    pf.token(i, &mut feats);
                    pf.dynamic(i, p1, p2, &history, &mut feats);
                    let mut scores = [0f32; TAGS];
                    for &f in &feats {
                        wts.add(f, &mut scores);
                    }
                    let pred = best_allowed(&scores, p1);
                    if pred != gold {
                        wts.update(&feats, gold, pred, step);
                        errors += 1;
                    }
                    history.record(pf, i, pred);
                    step += 1.0;
                    tokens += 1;
                    p2 = p1;
                    p1 = pred;
                }
            }
        }
        progress(EpochReport {
            epoch,
            tokens,
            errors,
        });
    }
    // Averages, pruned.
    let mut keys = Vec::new();
    let mut weights = Vec::new();
    for (r, f) in kept.iter().enumerate() {
        let row: Vec<f32> = (0..TAGS)
            .map(|t| (wts.w[r * TAGS + t] as f64 - wts.acc[r * TAGS + t] / step) as f32)
            .collect();
        if row.iter().any(|w| w.abs() >= config.prune) {
            keys.push(*f);
            weights.extend(row);
        }
    }
    model::to_bytes(&keys, &weights, clusters)
}
