//! A computed network as a graph view draws it: nodes with their label,
//! kind, affiliation and colour, ties with their weight, polarity and the
//! assessments behind them. The app's network view receives exactly this.

use serde::{Deserialize, Serialize};

use super::{EdgeSign, Network, NodeKind};

/// One node: an actor, or an issue in a two-mode network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NetworkNode {
    /// Unique within the graph: `a3` (one-mode), `h3`/`t3` (two-mode sides).
    pub id: String,
    pub label: String,
    /// "issue", an actor kind ("person", "country" …), or "actor".
    pub kind: String,
    pub is_issue: bool,
    /// The name of the actor this one belongs to, if any.
    pub affiliation: Option<String>,
    /// The actor's signed bloc (1 the largest; see `standpoint_core::blocs`), if it has one.
    pub bloc: Option<usize>,
    /// `#rrggbb`: the bloc's colour, shared by its members (else the affiliation's).
    pub colour: String,
}

/// One tie, with the assessments it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NetworkEdge {
    pub source: String,
    pub target: String,
    /// What the settings ask for (a count, a net count or a normalised score).
    pub weight: f64,
    /// Support (two-mode) or congruence (one-mode) before normalisation.
    pub positive: f64,
    /// Oppose (two-mode) or conflict (one-mode) before normalisation.
    pub negative: f64,
    pub polarity: EdgeSign,
    /// "support", "oppose", "congruence", "conflict" or "mixed".
    pub polarity_label: String,
    /// Ascending ids of the assessments behind the tie.
    pub assessment_ids: Vec<i64>,
}

/// A computed network as a view draws it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NetworkGraph {
    /// Two-mode ties run from holder to target; one-mode ties have no direction.
    pub directed: bool,
    pub nodes: Vec<NetworkNode>,
    pub edges: Vec<NetworkEdge>,
    /// How many assessments the network was computed from.
    pub assessment_count: usize,
}

impl NetworkGraph {
    /// The graph of `network`, computed from `assessment_count` assessments.
    pub fn of(network: &Network, assessment_count: usize) -> NetworkGraph {
        let nodes = network
            .nodes()
            .into_iter()
            .map(|(id, node)| NetworkNode {
                id,
                label: node.label.clone(),
                kind: node.kind.label().to_owned(),
                is_issue: node.kind == NodeKind::Issue,
                affiliation: node.affiliation.clone(),
                bloc: node.bloc,
                colour: node.colour_hex(),
            })
            .collect();
        let edges = network
            .edges
            .iter()
            .map(|edge| {
                let sign = edge.sign();
                NetworkEdge {
                    source: network.row_node_id(edge.row),
                    target: network.column_node_id(edge.column),
                    weight: edge.weight,
                    positive: edge.positive,
                    negative: edge.negative,
                    polarity: sign,
                    polarity_label: network.kind.sign_label(sign).to_owned(),
                    assessment_ids: network.edge_assessments(edge),
                }
            })
            .collect();
        NetworkGraph {
            directed: !network.is_one_mode(),
            nodes,
            edges,
            assessment_count,
        }
    }
}
