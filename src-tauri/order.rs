//! The row and column order the UI shows, applied to an exported matrix, so
//! the CSV has exactly the rows and columns on screen, in the same order.
//!
//! A plain function over `core::matrix::Matrix`; it never reads the store.

use std::collections::HashMap;

use serde::Deserialize;
use standpoint_core::matrix::Matrix;
use standpoint_core::model::TargetKind;

/// A matrix column's identity: ids are unique per kind only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct TargetKey {
    pub kind: TargetKind,
    #[cfg_attr(test, ts(type = "number"))]
    pub id: i64,
}

/// The holders and targets to export, in display order. Ids the matrix does
/// not hold are skipped; rows and columns not listed are left out (the UI
/// hid them).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct MatrixOrder {
    #[cfg_attr(test, ts(type = "Array<number>"))]
    pub holder_ids: Vec<i64>,
    pub targets: Vec<TargetKey>,
}

impl MatrixOrder {
    pub fn apply(&self, matrix: Matrix) -> Matrix {
        let holder_index: HashMap<i64, usize> = matrix
            .holders
            .iter()
            .enumerate()
            .map(|(index, holder)| (holder.id, index))
            .collect();
        let target_index: HashMap<TargetKey, usize> = matrix
            .targets
            .iter()
            .enumerate()
            .map(|(index, target)| {
                (
                    TargetKey {
                        kind: target.kind,
                        id: target.id,
                    },
                    index,
                )
            })
            .collect();
        let rows: Vec<usize> = self
            .holder_ids
            .iter()
            .filter_map(|id| holder_index.get(id).copied())
            .collect();
        let cols: Vec<usize> = self
            .targets
            .iter()
            .filter_map(|key| target_index.get(key).copied())
            .collect();
        matrix.permuted(&rows, &cols)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use standpoint_core::model::{ActorKind, ActorRef, Assessment, Origin, Polarity, ReviewState, Span, TargetRef};

    fn assessment(id: i64, holder: (i64, &str), target: (TargetKind, i64, &str), polarity: Polarity) -> Assessment {
        Assessment {
            id,
            article_id: 1,
            article_title: "seed".into(),
            published: None,
            source: None,
            holder: ActorRef {
                id: holder.0,
                name: holder.1.into(),
                kind: ActorKind::Country,
                affiliation: None,
            },
            target: TargetRef {
                id: target.1,
                name: target.2.into(),
                kind: target.0,
            },
            polarity,
            confidence: 0.9,
            evidence_text: "x".into(),
            evidence: Span::new(0, 1),
            cue: None,
            holder_span: None,
            target_span: None,
            origin: Origin::Analyst,
            review: ReviewState::Suggested,
        }
    }

    fn sample() -> Matrix {
        Matrix::build(&[
            assessment(
                1,
                (1, "Russia"),
                (TargetKind::Actor, 3, "Syrian government"),
                Polarity::Support,
            ),
            assessment(
                2,
                (2, "United States"),
                (TargetKind::Actor, 3, "Syrian government"),
                Polarity::Oppose,
            ),
            // An issue with the same id as an actor: a different column.
            assessment(
                3,
                (2, "United States"),
                (TargetKind::Issue, 3, "the deal"),
                Polarity::Support,
            ),
        ])
    }

    #[test]
    fn rows_and_columns_follow_the_given_order() {
        let order = MatrixOrder {
            holder_ids: vec![2, 1],
            targets: vec![
                TargetKey {
                    kind: TargetKind::Issue,
                    id: 3,
                },
                TargetKey {
                    kind: TargetKind::Actor,
                    id: 3,
                },
            ],
        };
        let matrix = order.apply(sample());
        let holders: Vec<_> = matrix.holders.iter().map(|h| h.name.as_str()).collect();
        let targets: Vec<_> = matrix.targets.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(holders, ["United States", "Russia"]);
        assert_eq!(targets, ["the deal", "Syrian government"]);
        assert_eq!(
            matrix.cell(1, 1).map(|cell| cell.net),
            Some(1),
            "Russia backs the government"
        );
        assert_eq!(matrix.cell(0, 0).map(|cell| cell.net), Some(1), "the US backs the deal");
    }

    #[test]
    fn unlisted_rows_and_unknown_ids_are_left_out() {
        let order = MatrixOrder {
            holder_ids: vec![99, 1],
            targets: vec![TargetKey {
                kind: TargetKind::Actor,
                id: 3,
            }],
        };
        let matrix = order.apply(sample());
        assert_eq!(matrix.holders.len(), 1);
        assert_eq!(matrix.targets.len(), 1);
        assert_eq!(matrix.assessment_count(), 1);
    }
}
