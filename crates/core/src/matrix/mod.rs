//! The stance matrix: holders as rows, targets (actors and issues) as
//! columns, and for each pair the support and oppose counts behind it.
//!
//! Pure: it takes the assessments the caller already filtered and builds a
//! sparse matrix; [`order`] computes row and column orders (name, activity,
//! affiliation, kind, blocs) and [`layout`] applies them, with groups and
//! pinning, for every reader of the matrix. It reads no database and no file.

pub mod layout;
pub mod order;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::{ActorRef, Polarity, StanceRecord, TargetRef};

pub use layout::{Group, Grouping, LaidOutMatrix, Layout, MatrixOrder, TargetKey};
pub use order::Order;

/// One non-empty holder × target pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Cell {
    /// Index into [`Matrix::holders`].
    pub row: usize,
    /// Index into [`Matrix::targets`].
    pub col: usize,
    pub support: u32,
    pub oppose: u32,
    /// `support − oppose`.
    pub net: i64,
}

impl Cell {
    /// A cell at `row`, `col` before any assessment is counted in it.
    pub fn empty(row: usize, col: usize) -> Self {
        Cell {
            row,
            col,
            support: 0,
            oppose: 0,
            net: 0,
        }
    }
}

/// A sparse stance matrix. `cells` holds only pairs with at least one
/// assessment, sorted by (row, col).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Matrix {
    pub holders: Vec<ActorRef>,
    pub targets: Vec<TargetRef>,
    pub cells: Vec<Cell>,
}

impl Matrix {
    /// Aggregates `assessments` (full or lean) into a matrix with holders and
    /// targets sorted by name. Cells carry counts, not the assessments behind
    /// them: readers list a cell's assessments by its holder and target (at
    /// 30k articles the ids were 2.9 MB over IPC that nothing read).
    pub fn build<A: StanceRecord>(assessments: &[A]) -> Matrix {
        let mut holder_index: HashMap<i64, usize> = HashMap::new();
        let mut holders: Vec<ActorRef> = Vec::new();
        // Targets are unique by kind and id: an actor and an issue may share an id.
        let mut target_index: HashMap<TargetKey, usize> = HashMap::new();
        let mut targets: Vec<TargetRef> = Vec::new();
        let mut cells: HashMap<(usize, usize), Cell> = HashMap::new();
        for assessment in assessments {
            let row = *holder_index.entry(assessment.holder().id).or_insert_with(|| {
                holders.push(assessment.holder().clone());
                holders.len() - 1
            });
            let key = TargetKey {
                kind: assessment.target().kind,
                id: assessment.target().id,
            };
            let col = *target_index.entry(key).or_insert_with(|| {
                targets.push(assessment.target().clone());
                targets.len() - 1
            });
            let cell = cells.entry((row, col)).or_insert_with(|| Cell::empty(row, col));
            match assessment.polarity() {
                Polarity::Support => cell.support += 1,
                Polarity::Oppose => cell.oppose += 1,
            }
            cell.net += assessment.polarity().sign();
        }
        let matrix = Matrix {
            holders,
            targets,
            cells: cells.into_values().collect(),
        };
        let rows = order::holder_order(&matrix, Order::Name);
        let cols = order::target_order(&matrix, Order::Name);
        matrix.permuted(&rows, &cols)
    }

    /// The cell at (`row`, `col`), if any assessment falls there.
    pub fn cell(&self, row: usize, col: usize) -> Option<&Cell> {
        self.cells
            .binary_search_by(|cell| (cell.row, cell.col).cmp(&(row, col)))
            .ok()
            .map(|index| &self.cells[index])
    }

    /// The same matrix with holders in `rows` order and targets in `cols`
    /// order (each a permutation of the old indexes: `rows[new] = old`).
    /// Indexes out of range or repeated are ignored, so a bad order can
    /// lose rows but never panic.
    pub fn permuted(mut self, rows: &[usize], cols: &[usize]) -> Matrix {
        let new_row = inverse(rows, self.holders.len());
        let new_col = inverse(cols, self.targets.len());
        let holders = pick(&self.holders, rows);
        let targets = pick(&self.targets, cols);
        let mut cells: Vec<Cell> = std::mem::take(&mut self.cells)
            .into_iter()
            .filter_map(|mut cell| {
                cell.row = new_row.get(cell.row).copied().flatten()?;
                cell.col = new_col.get(cell.col).copied().flatten()?;
                Some(cell)
            })
            .collect();
        cells.sort_unstable_by_key(|cell| (cell.row, cell.col));
        Matrix {
            holders,
            targets,
            cells,
        }
    }

    /// Reorders rows and columns by the given orders.
    pub fn ordered(self, rows: Order, cols: Order) -> Matrix {
        let (row_order, col_order) = order::orders(&self, rows, cols);
        self.permuted(&row_order, &col_order)
    }

    /// Total number of assessments in the matrix.
    pub fn assessment_count(&self) -> usize {
        self.cells
            .iter()
            .map(|cell| (cell.support + cell.oppose) as usize)
            .sum()
    }
}

/// `old → new` positions for a permutation given as `new → old`; the first
/// occurrence of an old index wins.
fn inverse(order: &[usize], len: usize) -> Vec<Option<usize>> {
    let mut inverse = vec![None; len];
    let mut next = 0;
    for &old in order {
        if old < len && inverse[old].is_none() {
            inverse[old] = Some(next);
            next += 1;
        }
    }
    inverse
}

fn pick<T: Clone>(items: &[T], order: &[usize]) -> Vec<T> {
    let mut seen = vec![false; items.len()];
    let mut picked = Vec::with_capacity(items.len());
    for &old in order {
        if old < items.len() && !seen[old] {
            seen[old] = true;
            picked.push(items[old].clone());
        }
    }
    picked
}

#[cfg(test)]
mod tests;
