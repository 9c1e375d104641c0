//! Row and column orders for the stance matrix. Each returns a permutation
//! (`order[new] = old index`) for [`super::Matrix::permuted`]; all are
//! deterministic, with names and then indexes breaking ties.
//!
//! "Blocs" puts holders with similar stance vectors next to each other:
//! average-linkage agglomerative clustering on cosine similarity, whose
//! merges are oriented so the most similar ends touch. It is O(n³) in the
//! number of rows, so above [`CLUSTER_LIMIT`] rows it falls back to a
//! greedy nearest-neighbour chain, O(n²).

use std::cmp::Ordering;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Matrix;
use crate::model::{ActorKind, ActorRef, TargetKind};

/// How to order rows or columns.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Order {
    /// Alphabetical, case-insensitive.
    #[default]
    Name,
    /// Most assessments first.
    Activity,
    /// Grouped under the actor they belong to (the parent first), then by name.
    Affiliation,
    /// Grouped by actor kind (issues last), then by name.
    Kind,
    /// Similar stances together.
    Blocs,
}

/// Above this many items, blocs use the greedy chain instead of clustering.
pub const CLUSTER_LIMIT: usize = 700;

/// Lower-cased name, the primary key of every alphabetical comparison.
fn name_key(name: &str) -> String {
    name.to_lowercase()
}

/// Group label and whether the item heads its group, for affiliation order.
fn affiliation_key(actor: Option<&ActorRef>, own_name: &str) -> (String, bool) {
    match actor.and_then(|a| a.affiliation.as_ref()) {
        Some((_, parent)) => (name_key(parent), false),
        None => (name_key(own_name), true),
    }
}

fn kind_rank(kind: Option<ActorKind>) -> usize {
    kind.and_then(|k| ActorKind::ALL.iter().position(|&x| x == k))
        .unwrap_or(ActorKind::ALL.len())
}

/// Row order for holders.
pub fn holder_order(matrix: &Matrix, order: Order) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..matrix.holders.len()).collect();
    let names: Vec<String> = matrix.holders.iter().map(|h| name_key(&h.name)).collect();
    let by_name = |a: &usize, b: &usize| names[*a].cmp(&names[*b]).then(a.cmp(b));
    match order {
        Order::Name => rows.sort_by(by_name),
        Order::Activity => {
            let activity = activity(matrix, true);
            rows.sort_by(|a, b| activity[*b].cmp(&activity[*a]).then_with(|| by_name(a, b)));
        }
        Order::Affiliation => {
            let keys: Vec<(String, bool)> = matrix
                .holders
                .iter()
                .map(|h| affiliation_key(Some(h), &h.name))
                .collect();
            rows.sort_by(|a, b| {
                keys[*a]
                    .0
                    .cmp(&keys[*b].0)
                    .then(keys[*b].1.cmp(&keys[*a].1))
                    .then_with(|| by_name(a, b))
            });
        }
        Order::Kind => {
            let ranks: Vec<usize> = matrix.holders.iter().map(|h| kind_rank(Some(h.kind))).collect();
            rows.sort_by(|a, b| ranks[*a].cmp(&ranks[*b]).then_with(|| by_name(a, b)));
        }
        Order::Blocs => {
            let vectors = stance_vectors(matrix, true);
            rows = blocs(&vectors, &activity(matrix, true));
        }
    }
    rows
}

/// Column order for targets. Target actors that also hold stances bring
/// their kind and affiliation; other targets group as unknown, issues last.
pub fn target_order(matrix: &Matrix, order: Order) -> Vec<usize> {
    let mut cols: Vec<usize> = (0..matrix.targets.len()).collect();
    let names: Vec<String> = matrix.targets.iter().map(|t| name_key(&t.name)).collect();
    let by_name = |a: &usize, b: &usize| names[*a].cmp(&names[*b]).then(a.cmp(b));
    let known: HashMap<i64, &ActorRef> = matrix.holders.iter().map(|h| (h.id, h)).collect();
    let actor_of = |col: usize| -> Option<&ActorRef> {
        let target = &matrix.targets[col];
        match target.kind {
            TargetKind::Actor => known.get(&target.id).copied(),
            TargetKind::Issue => None,
        }
    };
    let is_issue = |col: usize| matrix.targets[col].kind == TargetKind::Issue;
    match order {
        Order::Name => cols.sort_by(by_name),
        Order::Activity => {
            let activity = activity(matrix, false);
            cols.sort_by(|a, b| activity[*b].cmp(&activity[*a]).then_with(|| by_name(a, b)));
        }
        Order::Affiliation => {
            let keys: Vec<(bool, String, bool)> = (0..matrix.targets.len())
                .map(|col| {
                    let (group, head) = affiliation_key(actor_of(col), &matrix.targets[col].name);
                    (is_issue(col), group, head)
                })
                .collect();
            cols.sort_by(|a, b| {
                let (ka, kb) = (&keys[*a], &keys[*b]);
                ka.0.cmp(&kb.0)
                    .then(ka.1.cmp(&kb.1))
                    .then(kb.2.cmp(&ka.2))
                    .then_with(|| by_name(a, b))
            });
        }
        Order::Kind => {
            let ranks: Vec<usize> = (0..matrix.targets.len())
                .map(|col| {
                    if is_issue(col) {
                        usize::MAX
                    } else {
                        kind_rank(actor_of(col).map(|a| a.kind))
                    }
                })
                .collect();
            cols.sort_by(|a, b| ranks[*a].cmp(&ranks[*b]).then_with(|| by_name(a, b)));
        }
        Order::Blocs => {
            let vectors = stance_vectors(matrix, false);
            cols = blocs(&vectors, &activity(matrix, false));
        }
    }
    cols
}

/// Assessments per row (`rows`) or per column.
fn activity(matrix: &Matrix, rows: bool) -> Vec<u64> {
    let len = if rows {
        matrix.holders.len()
    } else {
        matrix.targets.len()
    };
    let mut counts = vec![0u64; len];
    for cell in &matrix.cells {
        let index = if rows { cell.row } else { cell.col };
        if let Some(count) = counts.get_mut(index) {
            *count += u64::from(cell.support + cell.oppose);
        }
    }
    counts
}

/// Sparse stance vectors, L2-normalised: for a row, its cells' balance
/// `net / (support + oppose)` in [−1, 1] by column (or the other way round).
fn stance_vectors(matrix: &Matrix, rows: bool) -> Vec<Vec<(usize, f64)>> {
    let len = if rows {
        matrix.holders.len()
    } else {
        matrix.targets.len()
    };
    let mut vectors: Vec<Vec<(usize, f64)>> = vec![Vec::new(); len];
    for cell in &matrix.cells {
        let total = f64::from(cell.support + cell.oppose);
        if total == 0.0 {
            continue;
        }
        let value = cell.net as f64 / total;
        let (item, dimension) = if rows {
            (cell.row, cell.col)
        } else {
            (cell.col, cell.row)
        };
        if let Some(vector) = vectors.get_mut(item) {
            vector.push((dimension, value));
        }
    }
    for vector in &mut vectors {
        vector.sort_unstable_by_key(|&(dimension, _)| dimension);
        let norm = vector.iter().map(|(_, v)| v * v).sum::<f64>().sqrt();
        if norm > 0.0 {
            for (_, v) in vector.iter_mut() {
                *v /= norm;
            }
        }
    }
    vectors
}

/// Cosine similarities of all pairs (the vectors are normalised), dense n × n,
/// computed per shared dimension so sparse data costs what it holds.
fn similarities(vectors: &[Vec<(usize, f64)>]) -> Vec<f64> {
    let n = vectors.len();
    let mut by_dimension: HashMap<usize, Vec<(usize, f64)>> = HashMap::new();
    for (item, vector) in vectors.iter().enumerate() {
        for &(dimension, value) in vector {
            by_dimension.entry(dimension).or_default().push((item, value));
        }
    }
    let mut sim = vec![0.0; n * n];
    for entries in by_dimension.values() {
        for (i, &(a, va)) in entries.iter().enumerate() {
            for &(b, vb) in &entries[i + 1..] {
                sim[a * n + b] += va * vb;
                sim[b * n + a] += va * vb;
            }
        }
    }
    sim
}

/// The blocs order of items with these vectors; `activity` breaks ties.
fn blocs(vectors: &[Vec<(usize, f64)>], activity: &[u64]) -> Vec<usize> {
    let n = vectors.len();
    if n <= 2 {
        return (0..n).collect();
    }
    let sim = similarities(vectors);
    if n <= CLUSTER_LIMIT {
        cluster_order(n, &sim)
    } else {
        greedy_chain(n, &sim, activity)
    }
}

/// Average-linkage clustering; each merge joins two leaf sequences so that
/// their most similar ends meet. Ties go to the lowest indexes.
fn cluster_order(n: usize, sim: &[f64]) -> Vec<usize> {
    // Sums of pairwise similarities between live clusters, and their sizes.
    let mut linkage: Vec<f64> = sim.to_vec();
    let mut size: Vec<usize> = vec![1; n];
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut alive: Vec<usize> = (0..n).collect();
    while alive.len() > 1 {
        let mut best: Option<(f64, usize, usize)> = None;
        for (x, &a) in alive.iter().enumerate() {
            for &b in &alive[x + 1..] {
                let average = linkage[a * n + b] / (size[a] * size[b]) as f64;
                let better = match best {
                    None => true,
                    Some((value, _, _)) => average > value + 1e-12,
                };
                if better {
                    best = Some((average, a, b));
                }
            }
        }
        let Some((_, a, b)) = best else { break };
        let right = std::mem::take(&mut members[b]);
        let left = std::mem::take(&mut members[a]);
        members[a] = join_oriented(left, right, sim, n);
        for &c in &alive {
            if c != a && c != b {
                let merged = linkage[a * n + c] + linkage[b * n + c];
                linkage[a * n + c] = merged;
                linkage[c * n + a] = merged;
            }
        }
        size[a] += size[b];
        alive.retain(|&c| c != b);
    }
    alive
        .first()
        .map(|&root| std::mem::take(&mut members[root]))
        .unwrap_or_default()
}

/// Concatenates two sequences, flipping either so the touching ends are
/// the most similar of the four possibilities.
fn join_oriented(mut left: Vec<usize>, mut right: Vec<usize>, sim: &[f64], n: usize) -> Vec<usize> {
    let (l_first, l_last) = (left[0], left[left.len() - 1]);
    let (r_first, r_last) = (right[0], right[right.len() - 1]);
    let options = [
        (sim[l_last * n + r_first], false, false),
        (sim[l_last * n + r_last], false, true),
        (sim[l_first * n + r_first], true, false),
        (sim[l_first * n + r_last], true, true),
    ];
    let mut chosen = options[0];
    for option in &options[1..] {
        if option.0 > chosen.0 + 1e-12 {
            chosen = *option;
        }
    }
    if chosen.1 {
        left.reverse();
    }
    if chosen.2 {
        right.reverse();
    }
    left.extend(right);
    left
}

/// Starts from the most active item and keeps appending the unplaced item
/// most similar to the last one.
fn greedy_chain(n: usize, sim: &[f64], activity: &[u64]) -> Vec<usize> {
    let mut placed = vec![false; n];
    let start = (0..n)
        .max_by(|&a, &b| activity.get(a).cmp(&activity.get(b)).then(b.cmp(&a)))
        .unwrap_or(0);
    let mut order = Vec::with_capacity(n);
    let mut last = start;
    placed[start] = true;
    order.push(start);
    while order.len() < n {
        let mut best: Option<(f64, usize)> = None;
        for candidate in (0..n).filter(|&c| !placed[c]) {
            let value = sim[last * n + candidate];
            let better = match best {
                None => true,
                Some((v, _)) => value.partial_cmp(&v) == Some(Ordering::Greater),
            };
            if better {
                best = Some((value, candidate));
            }
        }
        let Some((_, next)) = best else { break };
        placed[next] = true;
        order.push(next);
        last = next;
    }
    order
}
