//! The `network` command: the discourse network of the assessments a filter
//! selects, as the nodes and ties the app's network view draws, every tie
//! with the ids of the assessments behind it (so a click lists its evidence).
//!
//! It only translates: the settings arrive as the UI's closed sets and become
//! `standpoint_core::network`'s options; the network itself is computed there,
//! as the CLI's `standpoint network` does. It lays nothing out and draws nothing.

use serde::{Deserialize, Serialize};
use standpoint_core::network::{
    self, Duplicates, EdgeSign, Level, Network, NetworkSpec, Normalisation, OneModeOptions, Qualifier, TwoModeOptions,
    TwoModeWeight,
};
use standpoint_store::AssessmentFilter;
use tauri::State;

use crate::error::{ShellError, ShellResult};
use crate::AppState;

/// Two-mode (holders × targets) or one-mode (actors × actors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum NetworkMode {
    TwoMode,
    OneMode,
}

/// Whose stance a tie counts: the holder, or the organisation it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum NetworkLevel {
    Actor,
    Affiliation,
}

/// DNA's qualifier: in a two-mode network ignore = all stances, congruence =
/// support only, conflict = oppose only, subtract = support minus oppose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum NetworkQualifier {
    Ignore,
    Congruence,
    Conflict,
    Subtract,
}

/// How one-mode ties are scaled; two-mode networks take `none` only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum NetworkNormalisation {
    None,
    Average,
    Jaccard,
    Cosine,
}

/// Which repeated stances count once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum NetworkDuplicates {
    Include,
    Document,
    Week,
    Month,
    Year,
    All,
}

/// The network the view asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct NetworkRequest {
    pub mode: NetworkMode,
    pub level: NetworkLevel,
    pub qualifier: NetworkQualifier,
    pub normalisation: NetworkNormalisation,
    pub duplicates: NetworkDuplicates,
}

/// Whether a tie leans positive (support, congruence), negative (oppose,
/// conflict) or both; the view colours it by this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum TiePolarity {
    Positive,
    Negative,
    Mixed,
}

/// One node: an actor, or an issue in a two-mode network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct NetworkNode {
    /// Unique within the graph: `a3` (one-mode), `h3`/`t3` (two-mode sides).
    pub id: String,
    pub label: String,
    /// "issue", an actor kind ("person", "country" …), or "actor".
    pub kind: String,
    pub is_issue: bool,
    /// The name of the actor this one belongs to, if any.
    pub affiliation: Option<String>,
    /// `#rrggbb`, shared by an affiliation's members (the domain's palette).
    pub colour: String,
}

/// One tie, with the assessments it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct NetworkEdge {
    pub source: String,
    pub target: String,
    /// What the settings ask for (a count, a net count or a normalised score).
    pub weight: f64,
    /// Support (two-mode) or congruence (one-mode) before normalisation.
    pub positive: f64,
    /// Oppose (two-mode) or conflict (one-mode) before normalisation.
    pub negative: f64,
    pub polarity: TiePolarity,
    /// "support", "oppose", "congruence", "conflict" or "mixed".
    pub polarity_label: String,
    /// Ascending ids of the assessments behind the tie.
    pub assessment_ids: Vec<i64>,
}

/// A computed network as the view draws it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct NetworkGraph {
    /// Two-mode ties run from holder to target; one-mode ties have no direction.
    pub directed: bool,
    pub nodes: Vec<NetworkNode>,
    pub edges: Vec<NetworkEdge>,
    /// How many assessments the filter selected (the network's input).
    pub assessment_count: usize,
}

impl NetworkRequest {
    /// The domain's settings; a two-mode network with a normalisation is refused.
    pub fn spec(self) -> ShellResult<NetworkSpec> {
        let level = match self.level {
            NetworkLevel::Actor => Level::Actor,
            NetworkLevel::Affiliation => Level::Affiliation,
        };
        let duplicates = match self.duplicates {
            NetworkDuplicates::Include => Duplicates::Include,
            NetworkDuplicates::Document => Duplicates::Document,
            NetworkDuplicates::Week => Duplicates::Week,
            NetworkDuplicates::Month => Duplicates::Month,
            NetworkDuplicates::Year => Duplicates::Year,
            NetworkDuplicates::All => Duplicates::All,
        };
        let qualifier = match self.qualifier {
            NetworkQualifier::Ignore => Qualifier::Ignore,
            NetworkQualifier::Congruence => Qualifier::Congruence,
            NetworkQualifier::Conflict => Qualifier::Conflict,
            NetworkQualifier::Subtract => Qualifier::Subtract,
        };
        let normalisation = match self.normalisation {
            NetworkNormalisation::None => Normalisation::None,
            NetworkNormalisation::Average => Normalisation::Average,
            NetworkNormalisation::Jaccard => Normalisation::Jaccard,
            NetworkNormalisation::Cosine => Normalisation::Cosine,
        };
        Ok(match self.mode {
            NetworkMode::OneMode => NetworkSpec::OneMode(OneModeOptions {
                level,
                qualifier,
                normalisation,
                duplicates,
            }),
            NetworkMode::TwoMode => {
                if normalisation != Normalisation::None {
                    return Err(ShellError::Invalid(
                        "a normalisation applies to one-mode networks only".into(),
                    ));
                }
                // The same reading of DNA's qualifier as `standpoint network`.
                let weight = match qualifier {
                    Qualifier::Ignore => TwoModeWeight::Total,
                    Qualifier::Congruence => TwoModeWeight::Support,
                    Qualifier::Conflict => TwoModeWeight::Oppose,
                    Qualifier::Subtract => TwoModeWeight::Net,
                };
                NetworkSpec::TwoMode(TwoModeOptions {
                    level,
                    weight,
                    duplicates,
                })
            }
        })
    }
}

/// The view's graph of a computed network.
pub fn to_graph(network: &Network, assessment_count: usize) -> NetworkGraph {
    let nodes = network
        .nodes()
        .into_iter()
        .map(|(id, node)| NetworkNode {
            id,
            label: node.label.clone(),
            kind: node.kind.label().to_owned(),
            is_issue: node.kind == network::NodeKind::Issue,
            affiliation: node.affiliation.clone(),
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
                polarity: match sign {
                    EdgeSign::Positive => TiePolarity::Positive,
                    EdgeSign::Negative => TiePolarity::Negative,
                    EdgeSign::Mixed => TiePolarity::Mixed,
                },
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

/// The network of the assessments `filter` selects, with `request`'s settings.
#[tauri::command(rename_all = "snake_case")]
pub async fn network(
    state: State<'_, AppState>,
    filter: AssessmentFilter,
    request: NetworkRequest,
) -> ShellResult<NetworkGraph> {
    let spec = request.spec()?;
    // Read under the workspace lock, compute outside it.
    let assessments = state.workspaces.with_store(|store| store.assessments(&filter))?;
    let network = network::build(&assessments, spec);
    Ok(to_graph(&network, assessments.len()))
}
