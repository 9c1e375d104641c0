//! Outlet comparison: how two sources (outlets) report the same stances.
//! Their matrices on one shared set of rows and columns, side by side, and
//! the difference view: the cells both report whose net stances differ in
//! sign, with each outlet's evidence. Also the matrix per source, the
//! shape of `standpoint matrix --by-source`.
//!
//! Pure: it takes assessments the caller read (any filter but the source).

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::matrix::{Cell, Matrix, TargetKey};
use crate::model::{ActorRef, Assessment, Polarity, TargetRef};
use crate::timeline::EvidenceQuote;

/// One cell both outlets report, with stances of different sign.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OutletDifference {
    pub holder: ActorRef,
    pub target: TargetRef,
    /// Each outlet's cell, indexed into [`OutletComparison::holders`] and `targets`.
    pub left: Cell,
    pub right: Cell,
    pub left_evidence: Vec<EvidenceQuote>,
    pub right_evidence: Vec<EvidenceQuote>,
}

/// Two outlets' matrices on the same axes, and where they disagree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct OutletComparison {
    pub left_source: String,
    pub right_source: String,
    /// Every holder and target either outlet reports, by name.
    pub holders: Vec<ActorRef>,
    pub targets: Vec<TargetRef>,
    /// Each outlet's cells, sorted by (row, col).
    pub left: Vec<Cell>,
    pub right: Vec<Cell>,
    /// Opposite stances first, then by the gap between the two nets, then row and column.
    pub differences: Vec<OutletDifference>,
}

fn add(cell: &mut Cell, a: &Assessment) {
    match a.polarity {
        Polarity::Support => cell.support += 1,
        Polarity::Oppose => cell.oppose += 1,
    }
    cell.net += a.polarity.sign();
}

/// Compares the outlets `left` and `right` (article sources, compared exactly).
pub fn compare(assessments: &[Assessment], left: &str, right: &str) -> OutletComparison {
    let chosen: Vec<Assessment> = assessments
        .iter()
        .filter(|a| matches!(a.source.as_deref(), Some(s) if s == left || s == right))
        .cloned()
        .collect();
    let union = Matrix::build(&chosen);
    let row_of: HashMap<i64, usize> = union.holders.iter().enumerate().map(|(i, h)| (h.id, i)).collect();
    let col_of: HashMap<TargetKey, usize> = union
        .targets
        .iter()
        .enumerate()
        .map(|(i, t)| (TargetKey { kind: t.kind, id: t.id }, i))
        .collect();
    // Each union cell's two sides: the outlet's cell and the assessments behind it.
    type Side<'a> = (Cell, Vec<&'a Assessment>);
    let mut sides: BTreeMap<(usize, usize), [Side; 2]> = BTreeMap::new();
    for a in &chosen {
        let (row, col) = (
            row_of[&a.holder.id],
            col_of[&TargetKey {
                kind: a.target.kind,
                id: a.target.id,
            }],
        );
        let pair = sides
            .entry((row, col))
            .or_insert_with(|| [(Cell::empty(row, col), Vec::new()), (Cell::empty(row, col), Vec::new())]);
        // The same name on both sides compares an outlet with itself: left only.
        let side = &mut pair[usize::from(a.source.as_deref() != Some(left))];
        add(&mut side.0, a);
        side.1.push(a);
    }
    let mut left_cells = Vec::new();
    let mut right_cells = Vec::new();
    let mut differences = Vec::new();
    for ((row, col), [(l, l_of), (r, r_of)]) in sides {
        let quotes = |of: &[&Assessment]| -> Vec<EvidenceQuote> { of.iter().map(|a| EvidenceQuote::of(a)).collect() };
        if !l_of.is_empty() && !r_of.is_empty() && l.net.signum() != r.net.signum() {
            differences.push(OutletDifference {
                holder: union.holders[row].clone(),
                target: union.targets[col].clone(),
                left_evidence: quotes(&l_of),
                right_evidence: quotes(&r_of),
                left: l.clone(),
                right: r.clone(),
            });
        }
        if !l_of.is_empty() {
            left_cells.push(l);
        }
        if !r_of.is_empty() {
            right_cells.push(r);
        }
    }
    differences.sort_by(|a, b| {
        let opposed = |d: &OutletDifference| d.left.net.signum() * d.right.net.signum() < 0;
        opposed(b)
            .cmp(&opposed(a))
            .then_with(|| (b.left.net - b.right.net).abs().cmp(&(a.left.net - a.right.net).abs()))
            .then_with(|| (a.left.row, a.left.col).cmp(&(b.left.row, b.left.col)))
    });
    OutletComparison {
        left_source: left.to_owned(),
        right_source: right.to_owned(),
        holders: union.holders,
        targets: union.targets,
        left: left_cells,
        right: right_cells,
        differences,
    }
}

/// One matrix per source, by source name; articles without a source fall
/// under the empty name.
pub fn by_source(assessments: &[Assessment]) -> BTreeMap<String, Matrix> {
    let mut groups: BTreeMap<String, Vec<Assessment>> = BTreeMap::new();
    for a in assessments {
        groups
            .entry(a.source.clone().unwrap_or_default())
            .or_default()
            .push(a.clone());
    }
    groups
        .into_iter()
        .map(|(source, list)| (source, Matrix::build(&list)))
        .collect()
}

#[cfg(test)]
mod tests;
