//! Row and column orders for the stance matrix. Each returns a permutation
//! (`order[new] = old index`) for [`super::Matrix::permuted`]; all are
//! deterministic, with names and then indexes breaking ties.
//!
//! "Blocs" is the signed blocs of [`crate::blocs`] (structural balance of
//! the support/opposition network), the same partition `standpoint blocs`
//! lists and the network view colours: rows bloc by bloc, columns with the
//! bloc that backs them.

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
    /// Signed blocs (structural balance) together, bloc 1 first.
    Blocs,
}

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

/// Row and column orders; blocs on both axes share one partition.
pub fn orders(matrix: &Matrix, rows: Order, cols: Order) -> (Vec<usize>, Vec<usize>) {
    if rows == Order::Blocs && cols == Order::Blocs {
        return crate::blocs::orders(matrix);
    }
    (holder_order(matrix, rows), target_order(matrix, cols))
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
        Order::Blocs => rows = crate::blocs::holder_order(matrix),
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
        Order::Blocs => cols = crate::blocs::target_order(matrix),
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
