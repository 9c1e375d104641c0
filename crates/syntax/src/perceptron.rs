//! Training-time averaged perceptron over hashed features (Collins 2002), with the lazy
//! averaging trick: each weight keeps its sum of time-weighted updates, so averaging costs
//! nothing per step. `finish` turns it into a quantised run-time [`Weights`] table.

use crate::hash::IdMap;
use crate::weights::{SparseWeights, Weights};

pub struct Perceptron {
    classes: usize,
    index: IdMap<u32, u32>,
    w: Vec<f32>,
    acc: Vec<f64>,
    /// Updates each row took part in.
    updates: Vec<u32>,
    /// Instances seen so far.
    t: u64,
}

impl Perceptron {
    pub fn new(classes: usize) -> Self {
        Perceptron {
            classes,
            index: IdMap::default(),
            w: Vec::new(),
            acc: Vec::new(),
            updates: Vec::new(),
            t: 0,
        }
    }

    pub fn score(&self, features: &[u32], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in features {
            if let Some(&r) = self.index.get(f) {
                let row = &self.w[r as usize * self.classes..(r as usize + 1) * self.classes];
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += w;
                }
            }
        }
    }

    /// Call once per training instance, before `update`.
    pub fn tick(&mut self) {
        self.t += 1;
    }

    /// Moves weights towards `truth` and away from `guess` (no-op when equal).
    pub fn update(&mut self, features: &[u32], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        for &f in features {
            let next = self.index.len() as u32;
            let r = *self.index.entry(f).or_insert(next) as usize;
            if r == next as usize {
                self.w.resize(self.w.len() + self.classes, 0.0);
                self.acc.resize(self.acc.len() + self.classes, 0.0);
                self.updates.push(0);
            }
            self.updates[r] = self.updates[r].saturating_add(1);
            let base = r * self.classes;
            self.w[base + truth] += 1.0;
            self.acc[base + truth] += self.t as f64;
            self.w[base + guess] -= 1.0;
            self.acc[base + guess] -= self.t as f64;
        }
    }

    /// Averaged weights, quantised to i16 against the largest magnitude; rows updated
    /// fewer than `min_updates` times (rare features, mostly noise) and rows that round
    /// to zeros are dropped.
    /// Keys come out sorted, so the bytes are reproducible.
    pub fn finish(&self, min_updates: u32) -> Weights {
        let (keys, data) = self.averaged(min_updates);
        Weights::new(self.classes, &keys, &data)
    }

    /// As `finish`, for a table that keeps only each row's non-zero weights.
    pub fn finish_sparse(&self, min_updates: u32) -> SparseWeights {
        let (keys, data) = self.averaged(min_updates);
        SparseWeights::from_dense(self.classes, &keys, &data)
    }

    fn averaged(&self, min_updates: u32) -> (Vec<u32>, Vec<i16>) {
        let t = self.t.max(1) as f64;
        let avg: Vec<f32> = self
            .w
            .iter()
            .zip(&self.acc)
            .map(|(&w, &a)| (w as f64 - a / t) as f32)
            .collect();
        let max = avg.iter().fold(0f32, |m, &x| m.max(x.abs())).max(1e-9);
        let scale = 32767.0 / max;
        let mut keys: Vec<(u32, u32)> = self.index.iter().map(|(&k, &r)| (k, r)).collect();
        keys.sort_unstable();
        let mut out_keys = Vec::with_capacity(keys.len());
        let mut data = Vec::with_capacity(keys.len() * self.classes);
        for (k, r) in keys {
            let row = &avg[r as usize * self.classes..(r as usize + 1) * self.classes];
            let q: Vec<i16> = row
                .iter()
                .map(|&x| (x * scale).round().clamp(-32767.0, 32767.0) as i16)
                .collect();
            if self.updates[r as usize] >= min_updates && q.iter().any(|&x| x != 0) {
                out_keys.push(k);
                data.extend_from_slice(&q);
            }
        }
        (out_keys, data)
    }
}
