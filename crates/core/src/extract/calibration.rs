//! Turns a kept stance's raw number into a confidence an analyst can read as
//! odds: of the suggestions shown at 0.7, about seven in ten should be
//! stances the article takes.
//!
//! Why a separate step: the weights' probability is fitted to single
//! candidates of the training articles, where the model is sure of itself, and
//! a rule's confidence is a hand-set discount (`confidence.rs`). On articles
//! the model had not seen both were far too high: held out, stances given
//! 0.9–1.0 were right 38 % of the time. Each source gets its own logistic map
//! over the raw number's logit and the number of sentences in which the
//! article states the same stance (a stance said three times is more often
//! real), fitted on what the inner cross-validation suggested for articles it
//! had not trained on. The map only sets the confidence shown; the threshold
//! and the rule floor still compare raw numbers, so no decision changes.

/// Where a kept stance's raw number came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A rule finding kept at or above the rule floor: its rule confidence.
    Rule,
    /// The weights' probability of the stance's polarity.
    Weights,
}

/// Inputs of a map: a constant, the raw number's logit, the log of the
/// number of sentences stating the stance.
const INPUTS: usize = 3;

/// One map from (raw number, sentences) to a confidence:
/// `σ(w · [1, logit(raw), ln(sentences)])`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Map {
    pub weights: [f64; INPUTS],
}

impl Default for Map {
    /// The identity: a raw number is shown as it is, whatever the count.
    fn default() -> Self {
        Map {
            weights: [0.0, 1.0, 0.0],
        }
    }
}

/// Raw numbers are kept this far from 0 and 1 so their logit is finite.
const EDGE: f64 = 1e-4;

fn logit(p: f64) -> f64 {
    let p = p.clamp(EDGE, 1.0 - EDGE);
    (p / (1.0 - p)).ln()
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

fn inputs(raw: f64, sentences: usize) -> [f64; INPUTS] {
    [1.0, logit(raw), (sentences.max(1) as f64).ln()]
}

/// One stance the inner cross-validation suggested: where its number came
/// from, the number, in how many sentences, and whether the gold holds it.
#[derive(Debug, Clone, Copy)]
pub struct Point {
    pub source: Source,
    pub raw: f64,
    pub sentences: usize,
    pub right: bool,
}

impl Map {
    pub fn map(&self, raw: f64, sentences: usize) -> f64 {
        sigmoid(dot(&self.weights, &inputs(raw, sentences)))
    }

    /// The map that best predicts `right` (maximum likelihood, Newton's
    /// method with step halving), pulled toward the identity so that a
    /// handful of points cannot make a steep one. Deterministic.
    ///
    /// A higher raw number never gets a lower confidence: when the best fit
    /// would fall with it (the raw number then says nothing about being
    /// right), the raw number's weight is held at zero instead.
    pub fn fit(points: &[(f64, usize, bool)]) -> Map {
        let map = Map::fit_with(points, Map::default().weights);
        if map.weights[1] >= 0.0 {
            return map;
        }
        Map::fit_with(points, [0.0, 0.0, 0.0])
    }

    /// [`Map::fit`] from `start`, with the raw number's weight held at its
    /// start value when that is zero.
    // Index loops read as the formulas of a 3×3 Newton step.
    #[allow(clippy::needless_range_loop)]
    fn fit_with(points: &[(f64, usize, bool)], start: [f64; INPUTS]) -> Map {
        // The pull toward the start, as if this many points agreed with it.
        const PRIOR: f64 = 1.0;
        let anchor = start;
        let free = [true, start[1] != 0.0, true];
        let rows: Vec<([f64; INPUTS], bool)> = points
            .iter()
            .map(|&(raw, sentences, right)| (inputs(raw, sentences), right))
            .collect();
        let cost = |w: &[f64; INPUTS]| -> f64 {
            let pull: f64 = w.iter().zip(&anchor).map(|(a, b)| (a - b).powi(2)).sum::<f64>() * PRIOR / 2.0;
            rows.iter().fold(pull, |sum, (x, right)| {
                // −log p of what happened, written to stay finite for large |z|.
                let z = dot(w, x);
                let z = if *right { z } else { -z };
                sum + (-z).max(0.0) + (-z.abs()).exp().ln_1p()
            })
        };
        let mut w = anchor;
        let mut current = cost(&w);
        for _ in 0..100 {
            let mut gradient = [0.0; INPUTS];
            let mut hessian = [[0.0; INPUTS]; INPUTS];
            for i in 0..INPUTS {
                gradient[i] = PRIOR * (w[i] - anchor[i]);
                hessian[i][i] = PRIOR;
            }
            for (x, right) in &rows {
                let p = sigmoid(dot(&w, x));
                let residual = p - f64::from(u8::from(*right));
                let weight = p * (1.0 - p);
                for i in 0..INPUTS {
                    gradient[i] += residual * x[i];
                    for j in 0..INPUTS {
                        hessian[i][j] += weight * x[i] * x[j];
                    }
                }
            }
            for i in (0..INPUTS).filter(|i| !free[*i]) {
                gradient[i] = 0.0;
                for j in 0..INPUTS {
                    hessian[i][j] = f64::from(u8::from(i == j));
                    hessian[j][i] = f64::from(u8::from(i == j));
                }
            }
            // The prior keeps the Hessian positive definite, so it solves.
            let Some(step) = solve(hessian, gradient) else {
                break;
            };
            // A full step from far away can overshoot: halve it until the
            // cost falls.
            let mut scale = 1.0;
            let (next, value) = loop {
                let mut next = w;
                for i in 0..INPUTS {
                    next[i] -= scale * step[i];
                }
                let value = cost(&next);
                if value <= current || scale < 1e-6 {
                    break (next, value);
                }
                scale /= 2.0;
            };
            let moved = next.iter().zip(&w).map(|(a, b)| (a - b).abs()).fold(0.0, f64::max);
            (w, current) = (next, value);
            if moved < 1e-9 {
                break;
            }
        }
        Map { weights: w }
    }
}

fn dot(a: &[f64; INPUTS], b: &[f64; INPUTS]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Solves `a · x = b` by Gaussian elimination with partial pivoting.
#[allow(clippy::needless_range_loop)]
fn solve(mut a: [[f64; INPUTS]; INPUTS], mut b: [f64; INPUTS]) -> Option<[f64; INPUTS]> {
    for col in 0..INPUTS {
        let pivot = (col..INPUTS).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for row in col + 1..INPUTS {
            let factor = a[row][col] / a[col][col];
            for k in col..INPUTS {
                a[row][k] -= factor * a[col][k];
            }
            b[row] -= factor * b[col];
        }
    }
    let mut x = [0.0; INPUTS];
    for row in (0..INPUTS).rev() {
        let rest: f64 = (row + 1..INPUTS).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - rest) / a[row][row];
    }
    Some(x)
}

/// A map for each source of a raw number.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Calibration {
    pub rule: Map,
    pub weights: Map,
}

impl Calibration {
    /// The confidence shown for a stance kept with `raw` from `source` and
    /// stated in `sentences` sentences of the article.
    pub fn confidence(&self, source: Source, raw: f64, sentences: usize) -> f64 {
        match source {
            Source::Rule => self.rule.map(raw, sentences),
            Source::Weights => self.weights.map(raw, sentences),
        }
    }

    /// Fits each source's map on its own points.
    pub fn fit(points: &[Point]) -> Calibration {
        let of = |source: Source| -> Vec<(f64, usize, bool)> {
            points
                .iter()
                .filter(|p| p.source == source)
                .map(|p| (p.raw, p.sentences, p.right))
                .collect()
        };
        Calibration {
            rule: Map::fit(&of(Source::Rule)),
            weights: Map::fit(&of(Source::Weights)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_identity_changes_nothing() {
        for raw in [0.05, 0.3, 0.5, 0.9] {
            for sentences in [1, 4] {
                assert!((Map::default().map(raw, sentences) - raw).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn an_overconfident_source_is_brought_down_to_its_share_right() {
        // Said 0.9 a hundred times, right forty times; said 0.6 a hundred
        // times, right twenty times.
        let mut points = Vec::new();
        for i in 0..100 {
            points.push((0.9, 1, i < 40));
            points.push((0.6, 1, i < 20));
        }
        let map = Map::fit(&points);
        assert!((map.map(0.9, 1) - 0.4).abs() < 0.02, "{}", map.map(0.9, 1));
        assert!((map.map(0.6, 1) - 0.2).abs() < 0.02, "{}", map.map(0.6, 1));
    }

    #[test]
    fn a_stance_stated_more_often_is_more_confident_when_the_data_say_so() {
        let mut points = Vec::new();
        for i in 0..100 {
            points.push((0.7, 1, i < 30));
            points.push((0.7, 3, i < 80));
        }
        let map = Map::fit(&points);
        assert!((map.map(0.7, 1) - 0.3).abs() < 0.03, "{}", map.map(0.7, 1));
        assert!((map.map(0.7, 3) - 0.8).abs() < 0.03, "{}", map.map(0.7, 3));
    }

    #[test]
    fn a_raw_number_that_says_nothing_never_lowers_the_confidence() {
        // Right more often at the lower raw number: the fit would fall.
        let mut points = Vec::new();
        for i in 0..100 {
            points.push((0.6, 1, i < 40));
            points.push((0.95, 1, i < 30));
        }
        let map = Map::fit(&points);
        assert_eq!(map.weights[1], 0.0, "{map:?}");
        assert!((map.map(0.6, 1) - 0.35).abs() < 0.02, "{}", map.map(0.6, 1));
        assert_eq!(map.map(0.6, 1), map.map(0.95, 1));
    }

    #[test]
    fn few_points_stay_near_the_identity_and_none_leave_it() {
        assert_eq!(Map::fit(&[]), Map::default());
        let map = Map::fit(&[(0.9, 1, false)]);
        assert!(map.map(0.9, 1) > 0.3, "one miss must not make a 0.9 worthless: {map:?}");
    }

    #[test]
    fn each_source_gets_its_own_map() {
        let mut points = Vec::new();
        for i in 0..200 {
            for (source, right) in [(Source::Rule, i < 180), (Source::Weights, i < 60)] {
                points.push(Point {
                    source,
                    raw: 0.9,
                    sentences: 1,
                    right,
                });
            }
        }
        let calibration = Calibration::fit(&points);
        assert!((calibration.confidence(Source::Rule, 0.9, 1) - 0.9).abs() < 0.02);
        assert!((calibration.confidence(Source::Weights, 0.9, 1) - 0.3).abs() < 0.02);
    }
}
