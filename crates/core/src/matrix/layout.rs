//! How the matrix is laid out for reading: each axis sorted by an
//! [`Order`], optionally grouped (by affiliation, kind or signed bloc) into labelled
//! ranges, and optionally pinned to an earlier arrangement so rows do not
//! jump while the analyst reviews. The app, the CLI and the exports all get
//! their row and column order here; the UI only draws what it receives.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::order::{self, Order};
use super::Matrix;
use crate::model::{ActorKind, ActorRef, TargetKind};

/// Ranges of rows or columns drawn under one label.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Grouping {
    #[default]
    None,
    /// Under the actor each belongs to; an actor others belong to heads its
    /// own group, the rest are "Other".
    Affiliation,
    /// By actor kind, in the order [`ActorKind::ALL`] lists them.
    Kind,
    /// By signed bloc ([`crate::blocs`]), bloc 1 first: columns with the
    /// bloc they are (actors) or that backs them most; the rest "Other",
    /// unclaimed issues "Issues".
    Blocs,
}

/// A matrix column's identity: ids are unique per kind only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TargetKey {
    pub kind: TargetKind,
    pub id: i64,
}

/// Rows and columns by identity, in the order a screen shows them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MatrixOrder {
    pub holder_ids: Vec<i64>,
    pub targets: Vec<TargetKey>,
}

impl MatrixOrder {
    /// The order `matrix` is in now.
    pub fn of(matrix: &Matrix) -> MatrixOrder {
        MatrixOrder {
            holder_ids: matrix.holders.iter().map(|h| h.id).collect(),
            targets: matrix
                .targets
                .iter()
                .map(|t| TargetKey { kind: t.kind, id: t.id })
                .collect(),
        }
    }

    /// Only the listed rows and columns, in this order: what a screen shows,
    /// for an export of exactly that. Ids the matrix does not hold are skipped.
    pub fn apply(&self, matrix: Matrix) -> Matrix {
        let (rows, cols) = self.positions(&matrix);
        let rows: Vec<usize> = rows.into_iter().flatten().collect();
        let cols: Vec<usize> = cols.into_iter().flatten().collect();
        matrix.permuted(&rows, &cols)
    }

    /// Indexes into `matrix` of the listed holders and targets (`None` for ids it lacks).
    fn positions(&self, matrix: &Matrix) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
        let holder_index: HashMap<i64, usize> = matrix.holders.iter().enumerate().map(|(i, h)| (h.id, i)).collect();
        let target_index: HashMap<TargetKey, usize> = matrix
            .targets
            .iter()
            .enumerate()
            .map(|(i, t)| (TargetKey { kind: t.kind, id: t.id }, i))
            .collect();
        (
            self.holder_ids.iter().map(|id| holder_index.get(id).copied()).collect(),
            self.targets.iter().map(|key| target_index.get(key).copied()).collect(),
        )
    }
}

/// What [`Matrix::laid_out`] does: sort rows and columns, group them, and
/// (when `pinned`) keep the rows and columns it lists where they were.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(default)]
pub struct Layout {
    pub rows: Order,
    pub cols: Order,
    pub group: Grouping,
    /// An earlier arrangement to keep: listed rows and columns stay in this
    /// order, new ones follow in `rows`/`cols` order.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub pinned: Option<MatrixOrder>,
}

impl Layout {
    /// Rows and columns in the same order, no groups.
    pub fn uniform(order: Order) -> Layout {
        Layout {
            rows: order,
            cols: order,
            ..Layout::default()
        }
    }
}

/// A run of consecutive rows (or columns) under one label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Group {
    pub label: String,
    /// Index of the group's first row (or column).
    pub start: usize,
    pub count: usize,
}

/// A matrix in reading order, with the groups its rows and columns form
/// (empty without a [`Grouping`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct LaidOutMatrix {
    pub matrix: Matrix,
    pub row_groups: Vec<Group>,
    pub col_groups: Vec<Group>,
}

/// Groups whose label names something come first, then issues, then the rest.
const NAMED: u8 = 0;
const ISSUES: u8 = 1;
const OTHER: u8 = 2;

/// Where a row or column goes when grouping.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct GroupKey {
    tier: u8,
    /// Kind rank (kind grouping); 0 otherwise.
    rank: usize,
    label: String,
}

impl GroupKey {
    fn named(rank: usize, label: &str) -> GroupKey {
        GroupKey {
            tier: NAMED,
            rank,
            label: label.to_owned(),
        }
    }

    fn issues() -> GroupKey {
        GroupKey {
            tier: ISSUES,
            rank: 0,
            label: "Issues".to_owned(),
        }
    }

    fn other() -> GroupKey {
        GroupKey {
            tier: OTHER,
            rank: 0,
            label: "Other".to_owned(),
        }
    }
}

impl Matrix {
    /// The matrix in the order `layout` asks for, with its groups. `actors`
    /// describes target actors that hold no stance here (their kind and
    /// affiliation place their columns); holders describe themselves.
    pub fn laid_out(self, layout: &Layout, actors: &[ActorRef]) -> LaidOutMatrix {
        let (mut rows, mut cols) = order::orders(&self, layout.rows, layout.cols);
        if let Some(pinned) = &layout.pinned {
            let (pinned_rows, pinned_cols) = pinned.positions(&self);
            rows = pin(pinned_rows, rows);
            cols = pin(pinned_cols, cols);
        }
        let (rows, row_groups, cols, col_groups) = match layout.group {
            Grouping::None => (rows, Vec::new(), cols, Vec::new()),
            grouping => {
                let mut known: HashMap<i64, &ActorRef> = actors.iter().map(|a| (a.id, a)).collect();
                known.extend(self.holders.iter().map(|h| (h.id, h)));
                let (row_keys, col_keys) = group_keys(&self, grouping, &known);
                // Groups follow the order their first member comes in, except
                // alphabetical groups by name and kinds in their fixed order.
                let row_appearance =
                    grouping == Grouping::Affiliation && (layout.rows != Order::Name || layout.pinned.is_some());
                let col_appearance =
                    grouping == Grouping::Affiliation && (layout.cols != Order::Name || layout.pinned.is_some());
                let (rows, row_groups) = group_axis(&rows, &row_keys, row_appearance);
                let (cols, col_groups) = group_axis(&cols, &col_keys, col_appearance);
                (rows, row_groups, cols, col_groups)
            }
        };
        LaidOutMatrix {
            matrix: self.permuted(&rows, &cols),
            row_groups,
            col_groups,
        }
    }
}

/// The pinned indexes first (in their order), then the rest of `sorted`.
fn pin(pinned: Vec<Option<usize>>, sorted: Vec<usize>) -> Vec<usize> {
    let mut placed: HashSet<usize> = HashSet::new();
    let mut out: Vec<usize> = pinned.into_iter().flatten().filter(|&i| placed.insert(i)).collect();
    out.extend(sorted.into_iter().filter(|i| !placed.contains(i)));
    out
}

/// The group of every holder and every target.
fn group_keys(matrix: &Matrix, grouping: Grouping, known: &HashMap<i64, &ActorRef>) -> (Vec<GroupKey>, Vec<GroupKey>) {
    let actor_of_target = |index: usize| {
        let target = &matrix.targets[index];
        match target.kind {
            TargetKind::Actor => Ok(known.get(&target.id).copied()),
            TargetKind::Issue => Err(()),
        }
    };
    match grouping {
        Grouping::None => (Vec::new(), Vec::new()),
        Grouping::Kind => {
            let by_kind = |actor: Option<&ActorRef>| match actor {
                Some(actor) => GroupKey::named(kind_rank(actor.kind), actor.kind.as_str()),
                None => GroupKey::other(),
            };
            let rows = matrix.holders.iter().map(|h| by_kind(Some(h))).collect();
            let cols = (0..matrix.targets.len())
                .map(|i| actor_of_target(i).map_or_else(|()| GroupKey::issues(), by_kind))
                .collect();
            (rows, cols)
        }
        Grouping::Blocs => {
            let bloc = crate::blocs::matrix_blocs(matrix);
            let labelled = |b: usize| GroupKey::named(b, &format!("Bloc {b}"));
            let rows = matrix
                .holders
                .iter()
                .map(|h| bloc.get(&h.id).map_or_else(GroupKey::other, |&b| labelled(b)))
                .collect();
            let cols = crate::blocs::column_blocs(matrix, &bloc)
                .into_iter()
                .enumerate()
                .map(|(i, b)| match (b, matrix.targets[i].kind) {
                    (Some(b), _) => labelled(b),
                    (None, TargetKind::Issue) => GroupKey::issues(),
                    (None, TargetKind::Actor) => GroupKey::other(),
                })
                .collect();
            (rows, cols)
        }
        Grouping::Affiliation => {
            // An actor another one on the axis belongs to heads a group of its own.
            let parents = |actors: &mut dyn Iterator<Item = Option<&ActorRef>>| -> HashSet<i64> {
                actors
                    .flatten()
                    .filter_map(|a| a.affiliation.as_ref().map(|(id, _)| *id))
                    .collect()
            };
            let by_parent = |actor: Option<&ActorRef>, heads: &HashSet<i64>| match actor {
                Some(ActorRef {
                    affiliation: Some((_, parent)),
                    ..
                }) => GroupKey::named(0, parent),
                Some(actor) if heads.contains(&actor.id) => GroupKey::named(0, &actor.name),
                _ => GroupKey::other(),
            };
            let row_heads = parents(&mut matrix.holders.iter().map(Some));
            let rows = matrix.holders.iter().map(|h| by_parent(Some(h), &row_heads)).collect();
            let col_heads = parents(&mut (0..matrix.targets.len()).filter_map(|i| actor_of_target(i).ok()));
            let cols = (0..matrix.targets.len())
                .map(|i| actor_of_target(i).map_or_else(|()| GroupKey::issues(), |a| by_parent(a, &col_heads)))
                .collect();
            (rows, cols)
        }
    }
}

fn kind_rank(kind: ActorKind) -> usize {
    ActorKind::ALL
        .iter()
        .position(|&k| k == kind)
        .unwrap_or(ActorKind::ALL.len())
}

/// Gathers `sequence` into its groups, keeping the sequence's order inside
/// each; groups by first appearance or by rank and label.
fn group_axis(sequence: &[usize], keys: &[GroupKey], by_appearance: bool) -> (Vec<usize>, Vec<Group>) {
    let mut groups: Vec<(&GroupKey, usize, Vec<usize>)> = Vec::new();
    let mut index: HashMap<&GroupKey, usize> = HashMap::new();
    for (position, &item) in sequence.iter().enumerate() {
        let key = &keys[item];
        match index.get(key) {
            Some(&group) => groups[group].2.push(item),
            None => {
                index.insert(key, groups.len());
                groups.push((key, position, vec![item]));
            }
        }
    }
    groups.sort_by(|(a, a_first, _), (b, b_first, _)| {
        a.tier.cmp(&b.tier).then_with(|| {
            if by_appearance {
                a_first.cmp(b_first)
            } else {
                a.rank
                    .cmp(&b.rank)
                    .then_with(|| a.label.to_lowercase().cmp(&b.label.to_lowercase()))
            }
        })
    });
    let mut order = Vec::with_capacity(sequence.len());
    let mut ranges = Vec::with_capacity(groups.len());
    for (key, _, members) in groups {
        ranges.push(Group {
            label: key.label.clone(),
            start: order.len(),
            count: members.len(),
        });
        order.extend(members);
    }
    (order, ranges)
}
