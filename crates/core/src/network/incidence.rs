//! The step every network shares: credit each assessment to a holder node
//! (rolling people up to their affiliation when asked), collapse duplicate
//! stances the way DNA does, and gather what is left into a sparse holder ×
//! target table of support and oppose counts.
//!
//! It never builds a dense matrix: cells exist only where a holder took a
//! stance on a target, so a million assessments stay a million cells at most.

use std::collections::{HashMap, HashSet};

use crate::model::{ActorKind, Polarity, StanceRecord, TargetKind};

use super::options::{Duplicates, Level};
use chrono::Datelike;

use super::period::parse_day;
use super::{Node, NodeKey, NodeKind};

/// One holder's stances on one target, after duplicates were collapsed.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cell {
    pub row: u32,
    pub column: u32,
    pub support: f64,
    pub oppose: f64,
    /// This cell's range in [`Incidence::evidence`].
    pub evidence_start: u32,
    pub evidence_end: u32,
}

impl Cell {
    pub fn count(&self, polarity: Polarity) -> f64 {
        match polarity {
            Polarity::Support => self.support,
            Polarity::Oppose => self.oppose,
        }
    }
}

/// The sparse holder × target table.
#[derive(Debug, Clone, Default)]
pub(crate) struct Incidence {
    /// Holder nodes, sorted by label.
    pub rows: Vec<Node>,
    /// Target nodes, sorted by label.
    pub columns: Vec<Node>,
    /// Sorted by (row, column).
    pub cells: Vec<Cell>,
    /// `cells[row_starts[r]..row_starts[r + 1]]` are row r's cells.
    pub row_starts: Vec<usize>,
    /// The assessments behind each cell, duplicates included (they are still
    /// evidence even when they are not counted twice).
    pub evidence: Vec<(i64, Polarity)>,
}

impl Incidence {
    pub fn row_cells(&self, row: usize) -> &[Cell] {
        &self.cells[self.row_starts[row]..self.row_starts[row + 1]]
    }

    pub fn cell_evidence(&self, cell: &Cell) -> &[(i64, Polarity)] {
        &self.evidence[cell.evidence_start as usize..cell.evidence_end as usize]
    }

    /// The cell of `row` on `column`, if the holder took a stance on it.
    pub fn cell(&self, row: usize, column: usize) -> Option<&Cell> {
        let cells = self.row_cells(row);
        cells
            .binary_search_by_key(&(column as u32), |cell| cell.column)
            .ok()
            .map(|index| &cells[index])
    }

    /// The number of counted stances of each row (DNA's actor activity).
    pub fn row_totals(&self) -> Vec<f64> {
        (0..self.rows.len())
            .map(|row| self.row_cells(row).iter().map(|cell| cell.support + cell.oppose).sum())
            .collect()
    }
}

/// The key under which two stances count as one (DNA's duplicate filter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Period {
    Article(i64),
    /// ISO (week-based year, week), (year, month) or year; `None` when undated.
    Calendar(Option<(i64, i64)>),
    Everything,
}

fn period(assessment: &impl StanceRecord, duplicates: Duplicates) -> Period {
    let day = assessment.published().and_then(parse_day);
    let calendar = |key: fn(chrono::NaiveDate) -> (i64, i64)| Period::Calendar(day.map(key));
    match duplicates {
        Duplicates::Include | Duplicates::Document => Period::Article(assessment.article_id()),
        // ISO weeks run Monday to Sunday and belong to the year of their Thursday.
        Duplicates::Week => calendar(|d| (i64::from(d.iso_week().year()), i64::from(d.iso_week().week()))),
        Duplicates::Month => calendar(|d| (i64::from(d.year()), i64::from(d.month()))),
        Duplicates::Year => calendar(|d| (i64::from(d.year()), 0)),
        Duplicates::All => Period::Everything,
    }
}

/// Builds node tables while assessments stream in.
#[derive(Default)]
struct NodeTable {
    index: HashMap<NodeKey, u32>,
    nodes: Vec<Node>,
}

impl NodeTable {
    fn intern(&mut self, key: NodeKey, make: impl FnOnce() -> Node) -> u32 {
        if let Some(&index) = self.index.get(&key) {
            return index;
        }
        let index = self.nodes.len() as u32;
        self.nodes.push(make());
        self.index.insert(key, index);
        index
    }

    /// Sorts nodes by label (then key, so equal names stay apart and the
    /// order is stable) and returns the old → new index map.
    fn sorted(self) -> (Vec<Node>, Vec<u32>) {
        let mut order: Vec<u32> = (0..self.nodes.len() as u32).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&self.nodes[a as usize], &self.nodes[b as usize]);
            a.label.cmp(&b.label).then(a.key.cmp(&b.key))
        });
        let mut remap = vec![0u32; order.len()];
        for (new, &old) in order.iter().enumerate() {
            remap[old as usize] = new as u32;
        }
        let mut slots: Vec<Option<Node>> = self.nodes.into_iter().map(Some).collect();
        let nodes = order.iter().filter_map(|&old| slots[old as usize].take()).collect();
        (nodes, remap)
    }
}

/// One assessment reduced to what counting needs.
struct Entry {
    row: u32,
    column: u32,
    polarity: Polarity,
    id: i64,
    counted: bool,
}

/// Credits, de-duplicates and tabulates `assessments`.
///
/// `polarity_distinguishes_duplicates` is false only when polarity plays no
/// part in the network (DNA then treats a support and an oppose of the same
/// target in the same period as duplicates too).
pub(crate) fn tabulate<'a, A: StanceRecord + 'a>(
    assessments: impl IntoIterator<Item = &'a A>,
    level: Level,
    duplicates: Duplicates,
    polarity_distinguishes_duplicates: bool,
) -> Incidence {
    let mut holders = NodeTable::default();
    let mut targets = NodeTable::default();
    // Kinds of actors seen as holders, so a rolled-up affiliation can show its kind.
    let mut actor_kinds: HashMap<i64, ActorKind> = HashMap::new();
    let mut chosen: Vec<(&A, u32, u32)> = Vec::new();

    for assessment in assessments {
        let holder = assessment.holder();
        actor_kinds.insert(holder.id, holder.kind);
        let row = match (&holder.affiliation, level) {
            (Some((parent_id, parent_name)), Level::Affiliation) => {
                holders.intern(NodeKey::Actor(*parent_id), || Node {
                    key: NodeKey::Actor(*parent_id),
                    label: parent_name.clone(),
                    kind: NodeKind::Actor(None),
                    affiliation: None,
                    bloc: None,
                })
            }
            _ => holders.intern(NodeKey::Actor(holder.id), || Node {
                key: NodeKey::Actor(holder.id),
                label: holder.name.clone(),
                kind: NodeKind::Actor(Some(holder.kind)),
                affiliation: holder.affiliation.as_ref().map(|(_, name)| name.clone()),
                bloc: None,
            }),
        };
        let target = assessment.target();
        let key = match target.kind {
            TargetKind::Actor => NodeKey::Actor(target.id),
            TargetKind::Issue => NodeKey::Issue(target.id),
        };
        let column = targets.intern(key, || Node {
            key,
            label: target.name.clone(),
            kind: match target.kind {
                TargetKind::Actor => NodeKind::Actor(None),
                TargetKind::Issue => NodeKind::Issue,
            },
            affiliation: None,
            bloc: None,
        });
        chosen.push((assessment, row, column));
    }

    // DNA keeps the earliest of a set of duplicates: walk in date order.
    chosen.sort_by(|(a, ..), (b, ..)| a.published().cmp(&b.published()).then(a.id().cmp(&b.id())));
    let mut seen: HashSet<(u32, u32, Option<Polarity>, Period)> = HashSet::new();
    let mut entries: Vec<Entry> = chosen
        .iter()
        .map(|&(assessment, row, column)| {
            let counted = duplicates == Duplicates::Include || {
                let polarity = polarity_distinguishes_duplicates.then_some(assessment.polarity());
                seen.insert((row, column, polarity, period(assessment, duplicates)))
            };
            Entry {
                row,
                column,
                polarity: assessment.polarity(),
                id: assessment.id(),
                counted,
            }
        })
        .collect();
    drop(seen);

    let (mut rows, row_map) = holders.sorted();
    let (mut columns, column_map) = targets.sorted();
    for node in rows.iter_mut().chain(columns.iter_mut()) {
        if let (NodeKind::Actor(kind @ None), NodeKey::Actor(id)) = (&mut node.kind, node.key) {
            *kind = actor_kinds.get(&id).copied();
        }
    }
    for entry in &mut entries {
        entry.row = row_map[entry.row as usize];
        entry.column = column_map[entry.column as usize];
    }
    entries.sort_unstable_by_key(|entry| (entry.row, entry.column, entry.id));

    let mut cells: Vec<Cell> = Vec::new();
    let mut evidence = Vec::with_capacity(entries.len());
    for entry in &entries {
        let same_cell = cells
            .last()
            .is_some_and(|cell| cell.row == entry.row && cell.column == entry.column);
        if !same_cell {
            let start = evidence.len() as u32;
            cells.push(Cell {
                row: entry.row,
                column: entry.column,
                support: 0.0,
                oppose: 0.0,
                evidence_start: start,
                evidence_end: start,
            });
        }
        evidence.push((entry.id, entry.polarity));
        if let Some(cell) = cells.last_mut() {
            cell.evidence_end = evidence.len() as u32;
            if entry.counted {
                match entry.polarity {
                    Polarity::Support => cell.support += 1.0,
                    Polarity::Oppose => cell.oppose += 1.0,
                }
            }
        }
    }

    let mut row_starts = vec![0usize; rows.len() + 1];
    for cell in &cells {
        row_starts[cell.row as usize + 1] += 1;
    }
    for row in 0..rows.len() {
        row_starts[row + 1] += row_starts[row];
    }
    rows.shrink_to_fit();
    columns.shrink_to_fit();
    Incidence {
        rows,
        columns,
        cells,
        row_starts,
        evidence,
    }
}
