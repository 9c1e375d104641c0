//! Discourse networks computed from stance assessments, as Discourse Network
//! Analyzer (DNA) defines them: the two-mode holder × target network and the
//! one-mode actor × actor networks of shared stances, with DNA's qualifier,
//! normalisation and duplicate settings, time slices, and exports (CSV matrix,
//! GraphML for Gephi and visone, JSON graph).
//!
//! Pure functions over assessments (anything that is a
//! [`StanceRecord`](crate::model::StanceRecord)): no database, no files. Every tie can
//! name the assessments behind it ([`Network::edge_assessments`]), so a
//! network never loses the link back to its evidence.

mod graph;
mod incidence;
mod one_mode;
pub mod options;
mod period;
mod slices;
mod two_mode;

pub mod csv;
pub mod graphml;
pub mod json;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use std::collections::HashMap;

use crate::blocs::signed_blocs;
use crate::model::{ActorKind, Polarity, StanceRecord};

pub use graph::{NetworkEdge, NetworkGraph, NetworkNode};
use incidence::Incidence;
pub use options::{
    Duplicates, Level, Mode, NetworkRequest, NetworkSpec, Normalisation, OneModeOptions, Qualifier, SettingsError,
    TwoModeOptions, TwoModeWeight,
};
/// Shared with the timeline, which cuts time the same way.
pub(crate) use period::parse_day;
pub use slices::{time_slices, Slicing, TimeSlice, TimeSlices, TooManySlices, MAX_SLICES};

/// What a node stands for: an actor or an issue, by its store id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "type", content = "id", rename_all = "snake_case")]
pub enum NodeKey {
    Actor(i64),
    Issue(i64),
}

/// An actor (with its kind when known) or an issue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    Actor(Option<ActorKind>),
    Issue,
}

impl NodeKind {
    /// "issue", the actor kind ("person", "country", …), or "actor" when unknown.
    pub fn label(self) -> &'static str {
        match self {
            NodeKind::Issue => "issue",
            NodeKind::Actor(Some(kind)) => kind.as_str(),
            NodeKind::Actor(None) => "actor",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub key: NodeKey,
    pub label: String,
    pub kind: NodeKind,
    /// The name of the actor this one belongs to, if any.
    pub affiliation: Option<String>,
    /// The actor's signed bloc ([`crate::blocs`], 1 the largest), when it has one.
    pub bloc: Option<usize>,
}

/// A colour-blind-safe palette (Okabe–Ito, without black) for node groups.
const PALETTE: [[u8; 3]; 7] = [
    [230, 159, 0],
    [86, 180, 233],
    [0, 158, 115],
    [240, 228, 66],
    [0, 114, 178],
    [213, 94, 0],
    [204, 121, 167],
];

impl Node {
    /// The node's colour as RGB: issues are grey; actors take their signed
    /// bloc's colour (the palette in bloc order), so blocs read at a glance;
    /// an actor in no bloc shares a colour with its affiliation (or picks
    /// its own). Stable across runs: it depends only on the bloc number or
    /// the group's name.
    pub fn colour(&self) -> [u8; 3] {
        if self.kind == NodeKind::Issue {
            return [160, 160, 160];
        }
        if let Some(bloc) = self.bloc {
            return PALETTE[bloc.saturating_sub(1) % PALETTE.len()];
        }
        let group = self.affiliation.as_deref().unwrap_or(&self.label);
        // FNV-1a: a fixed hash, unlike std's randomised one.
        let hash = group.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
        PALETTE[(hash % PALETTE.len() as u64) as usize]
    }

    /// The colour as `#rrggbb`.
    pub fn colour_hex(&self) -> String {
        let [r, g, b] = self.colour();
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

/// A tie between `rows[row]` and `columns[column]`.
///
/// In a two-mode network `positive`/`negative` count the support and oppose
/// stances; in a one-mode network they are the congruence and conflict tie
/// strengths before normalisation. `weight` is what the settings ask for.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    pub row: usize,
    pub column: usize,
    pub weight: f64,
    pub positive: f64,
    pub negative: f64,
}

/// Whether a tie leans positive (support, congruence), negative, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum EdgeSign {
    Positive,
    Negative,
    Mixed,
}

impl Edge {
    pub fn sign(&self) -> EdgeSign {
        match (self.positive > 0.0, self.negative > 0.0) {
            (true, false) => EdgeSign::Positive,
            (false, true) => EdgeSign::Negative,
            _ => EdgeSign::Mixed,
        }
    }
}

/// Which network this is and with which settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum NetworkKind {
    TwoMode(TwoModeOptions),
    OneMode(OneModeOptions),
}

impl NetworkKind {
    /// The word for a positive and a negative tie in this kind of network.
    pub fn sign_label(self, sign: EdgeSign) -> &'static str {
        match (self, sign) {
            (NetworkKind::TwoMode(_), EdgeSign::Positive) => "support",
            (NetworkKind::TwoMode(_), EdgeSign::Negative) => "oppose",
            (NetworkKind::OneMode(_), EdgeSign::Positive) => "congruence",
            (NetworkKind::OneMode(_), EdgeSign::Negative) => "conflict",
            (_, EdgeSign::Mixed) => "mixed",
        }
    }
}

/// A computed network: nodes, the non-zero ties, and what they rest on.
#[derive(Debug, Clone)]
pub struct Network {
    pub kind: NetworkKind,
    /// Holders, sorted by label.
    pub rows: Vec<Node>,
    /// Targets in a two-mode network; the same actors as `rows` in a one-mode one.
    pub columns: Vec<Node>,
    /// Non-zero ties, sorted by (row, column). A one-mode network is
    /// undirected: each pair appears once, with `row < column`.
    pub edges: Vec<Edge>,
    incidence: Incidence,
}

impl Network {
    /// Puts each actor node in its signed bloc (by actor id), which gives its colour.
    pub(crate) fn with_blocs(mut self, bloc_of: &HashMap<i64, usize>) -> Network {
        for node in self.rows.iter_mut().chain(self.columns.iter_mut()) {
            if let NodeKey::Actor(id) = node.key {
                node.bloc = bloc_of.get(&id).copied();
            }
        }
        self
    }

    pub fn is_one_mode(&self) -> bool {
        matches!(self.kind, NetworkKind::OneMode(_))
    }

    /// Stable ids for export: `a3` for the actors of a one-mode network;
    /// `h3` (holder) and `t3` (target) for the two sides of a two-mode one.
    pub fn row_node_id(&self, row: usize) -> String {
        if self.is_one_mode() {
            format!("a{row}")
        } else {
            format!("h{row}")
        }
    }

    pub fn column_node_id(&self, column: usize) -> String {
        if self.is_one_mode() {
            format!("a{column}")
        } else {
            format!("t{column}")
        }
    }

    /// Every node once, with its export id: a one-mode network's columns are its rows.
    pub fn nodes(&self) -> Vec<(String, &Node)> {
        let rows = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, node)| (self.row_node_id(i), node));
        if self.is_one_mode() {
            rows.collect()
        } else {
            let columns = self
                .columns
                .iter()
                .enumerate()
                .map(|(j, node)| (self.column_node_id(j), node));
            rows.chain(columns).collect()
        }
    }

    /// The full matrix, rows × columns; a one-mode matrix is symmetric with a
    /// zero diagonal, as DNA's. Dense: for export and tests, not for huge networks.
    pub fn matrix(&self) -> Vec<Vec<f64>> {
        let mut matrix = vec![vec![0.0; self.columns.len()]; self.rows.len()];
        for edge in &self.edges {
            matrix[edge.row][edge.column] = edge.weight;
            if self.is_one_mode() {
                matrix[edge.column][edge.row] = edge.weight;
            }
        }
        matrix
    }

    /// The sum of all matrix entries (both triangles of a one-mode matrix),
    /// the figure DNA's R package reports.
    pub fn total(&self) -> f64 {
        // A fold from +0.0: `Sum` starts at −0.0, which prints as "-0" for an empty network.
        let sum = self.edges.iter().fold(0.0, |sum, edge| sum + edge.weight);
        if self.is_one_mode() {
            2.0 * sum
        } else {
            sum
        }
    }

    /// The ids of the assessments behind a tie, ascending: in a two-mode
    /// network the holder's stances on the target; in a one-mode network both
    /// actors' stances on the targets they share, limited to the polarity
    /// pairs the qualifier counts. Collapsed duplicates are included: they
    /// are evidence even when they are not counted twice.
    pub fn edge_assessments(&self, edge: &Edge) -> Vec<i64> {
        let mut ids = Vec::new();
        match self.kind {
            NetworkKind::TwoMode(options) => {
                if let Some(cell) = self.incidence.cell(edge.row, edge.column) {
                    let wanted = |polarity: Polarity| match options.weight {
                        TwoModeWeight::Support => polarity == Polarity::Support,
                        TwoModeWeight::Oppose => polarity == Polarity::Oppose,
                        TwoModeWeight::Total | TwoModeWeight::Net => true,
                    };
                    ids.extend(
                        self.incidence
                            .cell_evidence(cell)
                            .iter()
                            .filter(|(_, p)| wanted(*p))
                            .map(|(id, _)| *id),
                    );
                }
            }
            NetworkKind::OneMode(options) => {
                let first = self.incidence.row_cells(edge.row);
                for a in first {
                    let Some(b) = self.incidence.cell(edge.column, a.column as usize) else {
                        continue;
                    };
                    // A stance counts if the other actor has a stance it pairs with.
                    let pairs = |own: Polarity, other: &incidence::Cell| match options.qualifier {
                        Qualifier::Ignore | Qualifier::Subtract => true,
                        Qualifier::Congruence => other.count(own) > 0.0,
                        Qualifier::Conflict => other.count(own.flipped()) > 0.0,
                    };
                    for (cell, other) in [(a, b), (b, a)] {
                        ids.extend(
                            self.incidence
                                .cell_evidence(cell)
                                .iter()
                                .filter(|(_, polarity)| pairs(*polarity, other))
                                .map(|(id, _)| *id),
                        );
                    }
                }
            }
        }
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// The two-mode holder × target network.
pub fn two_mode<A: StanceRecord>(assessments: &[A], options: TwoModeOptions) -> Network {
    build(assessments, NetworkSpec::TwoMode(options))
}

/// The one-mode actor × actor network of shared stances.
pub fn one_mode<A: StanceRecord>(assessments: &[A], options: OneModeOptions) -> Network {
    build(assessments, NetworkSpec::OneMode(options))
}

/// The network `spec` asks for, from full assessments or the store's lean
/// read ([`crate::model::LeanAssessment`]) alike.
pub fn build<A: StanceRecord>(assessments: &[A], spec: NetworkSpec) -> Network {
    let blocs = signed_blocs(assessments).bloc_of();
    build_from(assessments.iter(), spec).with_blocs(&blocs)
}

/// The network `spec` asks for, without the signed blocs that colour its
/// nodes (every node's `bloc` is `None`): for outputs that show no colour,
/// such as the CSV matrix, where at a million assessments finding the blocs
/// would cost as much as the network itself. Otherwise the same as [`build`].
pub fn build_uncoloured<A: StanceRecord>(assessments: &[A], spec: NetworkSpec) -> Network {
    build_from(assessments.iter(), spec)
}

pub(crate) fn build_from<'a, A: StanceRecord + 'a>(
    assessments: impl IntoIterator<Item = &'a A>,
    spec: NetworkSpec,
) -> Network {
    match spec {
        NetworkSpec::TwoMode(options) => {
            // DNA's "ignore" qualifier also ignores polarity when spotting duplicates.
            let by_polarity = options.weight != TwoModeWeight::Total;
            let incidence = incidence::tabulate(assessments, options.level, options.duplicates, by_polarity);
            two_mode::build(incidence, options)
        }
        NetworkSpec::OneMode(options) => {
            let by_polarity = options.qualifier != Qualifier::Ignore;
            let incidence = incidence::tabulate(assessments, options.level, options.duplicates, by_polarity);
            one_mode::build(incidence, options)
        }
    }
}
