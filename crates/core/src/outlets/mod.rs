//! Outlet comparison: how two sources (outlets) report the same stances.
//! Their matrices on one shared set of rows and columns, side by side, and
//! the difference view: the cells both report whose net stances differ in
//! sign, with each outlet's evidence. Also the matrix per source, the
//! shape of `standpoint matrix --by-source`.
//!
//! Pure: it takes assessments the caller read (any filter but the source).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::matrix::{Cell, Matrix};
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
    cell.assessment_ids.push(a.id);
}

/// Compares the outlets `left` and `right` (article sources, compared exactly).
pub fn compare(assessments: &[Assessment], left: &str, right: &str) -> OutletComparison {
    let chosen: Vec<Assessment> = assessments
        .iter()
        .filter(|a| matches!(a.source.as_deref(), Some(s) if s == left || s == right))
        .cloned()
        .collect();
    let by_id: BTreeMap<i64, &Assessment> = chosen.iter().map(|a| (a.id, a)).collect();
    let union = Matrix::build(&chosen);
    let mut left_cells = Vec::new();
    let mut right_cells = Vec::new();
    let mut differences = Vec::new();
    for cell in &union.cells {
        let (mut l, mut r) = (Cell::empty(cell.row, cell.col), Cell::empty(cell.row, cell.col));
        for a in cell.assessment_ids.iter().filter_map(|id| by_id.get(id)) {
            // The same name on both sides compares an outlet with itself: left only.
            if a.source.as_deref() == Some(left) {
                add(&mut l, a);
            } else {
                add(&mut r, a);
            }
        }
        let both = !l.assessment_ids.is_empty() && !r.assessment_ids.is_empty();
        if both && l.net.signum() != r.net.signum() {
            let quotes = |c: &Cell| -> Vec<EvidenceQuote> {
                c.assessment_ids
                    .iter()
                    .filter_map(|id| by_id.get(id))
                    .map(|a| EvidenceQuote::of(a))
                    .collect()
            };
            differences.push(OutletDifference {
                holder: union.holders[cell.row].clone(),
                target: union.targets[cell.col].clone(),
                left_evidence: quotes(&l),
                right_evidence: quotes(&r),
                left: l.clone(),
                right: r.clone(),
            });
        }
        if !l.assessment_ids.is_empty() {
            left_cells.push(l);
        }
        if !r.assessment_ids.is_empty() {
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
