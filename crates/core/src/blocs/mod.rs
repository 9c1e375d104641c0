//! Signed blocs: actors partitioned by structural balance. Support ties are
//! positive, opposition ties negative; the partition minimises frustration
//! (positive ties between blocs plus negative ties within them), as in
//! Doreian and Mrvar's partitioning of signed networks. One algorithm for
//! the matrix "blocs" order, the network colours and `standpoint blocs`.
//!
//! The signed network has two kinds of tie between actors `a` and `b`:
//! - a direct stance of one on the other: the cell's balance
//!   `net / (support + oppose)` in [−1, 1];
//! - stances on a shared target (actor or issue): the product of their two
//!   balances, so agreeing actors attract and disagreeing ones repel
//!   (DNA's "subtract" qualifier, scaled to [−1, 1] per target).
//!
//! The search is a deterministic local search: every actor starts alone;
//! sweeps in a fixed order move each actor to the bloc it is most
//! positively tied to (or a new one) while that lowers frustration, and
//! blocs tied positively on balance are merged, until nothing improves.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::matrix::Matrix;
use crate::model::{StanceRecord, TargetKind};

/// Weights closer to zero than this are no tie.
const EPSILON: f64 = 1e-9;
/// A bound on sweeps; each sweep strictly lowers frustration, so it is never reached in practice.
const MAX_ROUNDS: usize = 200;

/// Actors and the signed, undirected ties between them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SignedGraph {
    /// (actor id, name), sorted by id.
    pub nodes: Vec<(i64, String)>,
    /// (node index, node index, weight) with the first index smaller; no zero weights.
    pub ties: Vec<(usize, usize, f64)>,
}

impl SignedGraph {
    /// The signed network of these assessments (see the module docs).
    pub fn from_assessments<A: StanceRecord>(assessments: &[A]) -> SignedGraph {
        SignedGraph::from_matrix(&Matrix::build(assessments))
    }

    /// The signed network of a stance matrix's cells.
    ///
    /// Ties are summed one node at a time into a dense scratch row (its
    /// ties to higher-numbered nodes), so the cost is the number of
    /// (holder, holder) pairs sharing a target, in O(nodes) memory.
    pub fn from_matrix(matrix: &Matrix) -> SignedGraph {
        let mut nodes: BTreeMap<i64, String> = BTreeMap::new();
        for holder in &matrix.holders {
            nodes.insert(holder.id, holder.name.clone());
        }
        for target in matrix.targets.iter().filter(|t| t.kind == TargetKind::Actor) {
            nodes.entry(target.id).or_insert_with(|| target.name.clone());
        }
        let index: HashMap<i64, usize> = nodes.keys().enumerate().map(|(i, id)| (*id, i)).collect();
        let n = nodes.len();
        // Direct stances filed under the lower node; each holder's targets; each target's holders.
        let mut direct: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
        let mut targets_of: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
        let mut holders_of: Vec<Vec<(usize, f64)>> = vec![Vec::new(); matrix.targets.len()];
        for cell in &matrix.cells {
            let count = f64::from(cell.support + cell.oppose);
            if count == 0.0 {
                continue;
            }
            let balance = cell.net as f64 / count;
            let holder = index[&matrix.holders[cell.row].id];
            let target = &matrix.targets[cell.col];
            if target.kind == TargetKind::Actor {
                let other = index[&target.id];
                if other != holder {
                    direct[holder.min(other)].push((holder.max(other), balance));
                }
            }
            targets_of[holder].push((cell.col, balance));
            holders_of[cell.col].push((holder, balance));
        }
        let mut row = vec![0.0f64; n];
        let mut touched: Vec<usize> = Vec::new();
        let mut ties = Vec::new();
        for a in 0..n {
            let mut add = |b: usize, w: f64, row: &mut [f64]| {
                if row[b] == 0.0 {
                    touched.push(b);
                }
                // A sum that returns to exactly 0 is pushed again: dedup below.
                row[b] += w;
            };
            for &(b, w) in &direct[a] {
                add(b, w, &mut row);
            }
            for &(col, ba) in &targets_of[a] {
                for &(b, bb) in &holders_of[col] {
                    if b > a {
                        add(b, ba * bb, &mut row);
                    }
                }
            }
            touched.sort_unstable();
            touched.dedup();
            for &b in &touched {
                if row[b].abs() > EPSILON {
                    ties.push((a, b, row[b]));
                }
                row[b] = 0.0;
            }
            touched.clear();
        }
        SignedGraph {
            nodes: nodes.into_iter().collect(),
            ties,
        }
    }
}

/// One actor's bloc.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BlocMember {
    pub actor_id: i64,
    pub name: String,
    /// 1 is the largest bloc.
    pub bloc: usize,
}

/// A partition of the actors into blocs and how far it is from balance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct BlocPartition {
    /// By bloc, then name.
    pub members: Vec<BlocMember>,
    pub blocs: usize,
    /// The summed weight of frustrated ties: positive between blocs, negative within.
    pub frustration: f64,
    /// `frustration` over the summed absolute weight of all ties, in [0, 1];
    /// 0 is perfectly balanced (and a network without ties).
    pub frustration_index: f64,
    pub ties: usize,
    pub frustrated_ties: usize,
}

impl BlocPartition {
    /// Each actor's bloc by actor id.
    pub fn bloc_of(&self) -> HashMap<i64, usize> {
        self.members.iter().map(|m| (m.actor_id, m.bloc)).collect()
    }
}

/// The blocs of the actors in these assessments.
pub fn signed_blocs<A: StanceRecord>(assessments: &[A]) -> BlocPartition {
    partition(&SignedGraph::from_assessments(assessments))
}

/// The matrix's rows in bloc order: bloc 1 first, within a bloc by name.
pub fn holder_order(matrix: &Matrix) -> Vec<usize> {
    rows_in_blocs(matrix, &matrix_blocs(matrix))
}

/// The matrix's columns in bloc order: an actor target in its own bloc, any
/// other target with the bloc that backs it most (net balance summed over
/// the bloc's members; unclaimed targets last), then by name.
pub fn target_order(matrix: &Matrix) -> Vec<usize> {
    columns_in_blocs(matrix, &matrix_blocs(matrix))
}

/// Rows and columns in bloc order from one partition (see [`holder_order`], [`target_order`]).
pub fn orders(matrix: &Matrix) -> (Vec<usize>, Vec<usize>) {
    let bloc = matrix_blocs(matrix);
    (rows_in_blocs(matrix, &bloc), columns_in_blocs(matrix, &bloc))
}

/// Each actor's bloc (by id) in the partition of the matrix's signed network.
pub fn matrix_blocs(matrix: &Matrix) -> HashMap<i64, usize> {
    partition(&SignedGraph::from_matrix(matrix)).bloc_of()
}

fn rows_in_blocs(matrix: &Matrix, bloc: &HashMap<i64, usize>) -> Vec<usize> {
    let mut rows: Vec<usize> = (0..matrix.holders.len()).collect();
    let key = |row: usize| {
        let holder = &matrix.holders[row];
        (
            bloc.get(&holder.id).copied().unwrap_or(usize::MAX),
            holder.name.to_lowercase(),
            row,
        )
    };
    rows.sort_by_cached_key(|&row| key(row));
    rows
}

fn columns_in_blocs(matrix: &Matrix, bloc: &HashMap<i64, usize>) -> Vec<usize> {
    let groups = column_blocs(matrix, bloc);
    let mut cols: Vec<usize> = (0..matrix.targets.len()).collect();
    cols.sort_by_cached_key(|&col| {
        (
            groups[col].unwrap_or(usize::MAX),
            matrix.targets[col].name.to_lowercase(),
            col,
        )
    });
    cols
}

/// Each column's bloc: an actor target's own, else the bloc that backs the
/// target most (net balance summed over its members), else none.
pub fn column_blocs(matrix: &Matrix, bloc: &HashMap<i64, usize>) -> Vec<Option<usize>> {
    let mut backing: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); matrix.targets.len()];
    for cell in &matrix.cells {
        let n = f64::from(cell.support + cell.oppose);
        if let (Some(b), true) = (bloc.get(&matrix.holders[cell.row].id), n > 0.0) {
            *backing[cell.col].entry(*b).or_default() += cell.net as f64 / n;
        }
    }
    let group = |col: usize| -> Option<usize> {
        let target = &matrix.targets[col];
        if target.kind == TargetKind::Actor {
            if let Some(b) = bloc.get(&target.id) {
                return Some(*b);
            }
        }
        let mut best: Option<(usize, f64)> = None;
        for (&b, &w) in &backing[col] {
            if w > EPSILON && best.is_none_or(|(_, bw)| w > bw + EPSILON) {
                best = Some((b, w));
            }
        }
        best.map(|(b, _)| b)
    };
    (0..matrix.targets.len()).map(group).collect()
}

/// Adjacency lists: for each node, (neighbour, weight).
fn adjacency(graph: &SignedGraph) -> Vec<Vec<(usize, f64)>> {
    let mut adjacent = vec![Vec::new(); graph.nodes.len()];
    for &(a, b, w) in &graph.ties {
        adjacent[a].push((b, w));
        adjacent[b].push((a, w));
    }
    adjacent
}

/// Minimises frustration by local moves and bloc merges (see the module docs).
pub fn partition(graph: &SignedGraph) -> BlocPartition {
    let n = graph.nodes.len();
    let adjacent = adjacency(graph);
    // Strongest ties first, then by id: a fixed order makes the result deterministic.
    let strength: Vec<f64> = adjacent
        .iter()
        .map(|list| list.iter().map(|(_, w)| w.abs()).sum())
        .collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| strength[b].total_cmp(&strength[a]).then(a.cmp(&b)));
    let mut bloc: Vec<usize> = (0..n).collect();
    for _ in 0..MAX_ROUNDS {
        let moved = sweep(&order, &adjacent, &mut bloc);
        let merged = merge_best(graph, &mut bloc);
        if !moved && !merged {
            break;
        }
    }
    summarise(graph, &bloc, &strength)
}

/// Moves each node to the bloc it is most positively tied to, or to an
/// empty bloc when every tie is negative; true if anything moved.
fn sweep(order: &[usize], adjacent: &[Vec<(usize, f64)>], bloc: &mut [usize]) -> bool {
    let mut size = vec![0usize; bloc.len()];
    for &b in bloc.iter() {
        size[b] += 1;
    }
    let mut moved = false;
    let mut pull: BTreeMap<usize, f64> = BTreeMap::new();
    for &v in order {
        pull.clear();
        for &(u, w) in &adjacent[v] {
            *pull.entry(bloc[u]).or_default() += w;
        }
        let current = bloc[v];
        let stay = pull.get(&current).copied().unwrap_or(0.0);
        // Leaving for an empty bloc pulls 0; ties go to the lowest bloc number.
        let mut best = (stay, current);
        for (&b, &p) in &pull {
            if b != current && p > best.0 + EPSILON {
                best = (p, b);
            }
        }
        // Every bloc pulls away: alone is better (a bloc number is free
        // whenever the current bloc holds more than this node).
        if best.0 < -EPSILON && size[current] > 1 {
            if let Some(empty) = size.iter().position(|&s| s == 0) {
                best = (0.0, empty);
            }
        }
        if best.1 != current {
            size[current] -= 1;
            size[best.1] += 1;
            bloc[v] = best.1;
            moved = true;
        }
    }
    moved
}

/// Merges the two blocs with the largest positive total tie between them; true if it merged.
fn merge_best(graph: &SignedGraph, bloc: &mut [usize]) -> bool {
    let mut between: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for &(a, b, w) in &graph.ties {
        let (x, y) = (bloc[a], bloc[b]);
        if x != y {
            *between.entry((x.min(y), x.max(y))).or_default() += w;
        }
    }
    let mut best: Option<((usize, usize), f64)> = None;
    for (&pair, &w) in &between {
        if w > EPSILON && best.is_none_or(|(_, bw)| w > bw + EPSILON) {
            best = Some((pair, w));
        }
    }
    let Some(((keep, gone), _)) = best else { return false };
    for b in bloc.iter_mut() {
        if *b == gone {
            *b = keep;
        }
    }
    true
}

/// Numbers blocs by size (then strength, then first name) and measures frustration.
fn summarise(graph: &SignedGraph, bloc: &[usize], strength: &[f64]) -> BlocPartition {
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (v, &b) in bloc.iter().enumerate() {
        groups.entry(b).or_default().push(v);
    }
    let name = |v: usize| graph.nodes[v].1.to_lowercase();
    let mut groups: Vec<Vec<usize>> = groups.into_values().collect();
    for group in &mut groups {
        group.sort_by(|&a, &b| name(a).cmp(&name(b)).then(a.cmp(&b)));
    }
    let weight = |group: &Vec<usize>| group.iter().map(|&v| strength[v]).sum::<f64>();
    groups.sort_by(|a, b| {
        b.len()
            .cmp(&a.len())
            .then(weight(b).total_cmp(&weight(a)))
            .then_with(|| name(a[0]).cmp(&name(b[0])))
            .then(a[0].cmp(&b[0]))
    });
    let mut number = vec![0; bloc.len()];
    let mut members = Vec::with_capacity(bloc.len());
    for (i, group) in groups.iter().enumerate() {
        for &v in group {
            number[v] = i + 1;
            members.push(BlocMember {
                actor_id: graph.nodes[v].0,
                name: graph.nodes[v].1.clone(),
                bloc: i + 1,
            });
        }
    }
    let (mut frustration, mut total, mut frustrated) = (0.0, 0.0, 0);
    for &(a, b, w) in &graph.ties {
        total += w.abs();
        let same = number[a] == number[b];
        if (same && w < 0.0) || (!same && w > 0.0) {
            frustration += w.abs();
            frustrated += 1;
        }
    }
    BlocPartition {
        members,
        blocs: groups.len(),
        frustration,
        frustration_index: if total > 0.0 { frustration / total } else { 0.0 },
        ties: graph.ties.len(),
        frustrated_ties: frustrated,
    }
}

#[cfg(test)]
mod tests;
