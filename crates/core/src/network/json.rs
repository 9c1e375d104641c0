//! The JSON graph export: nodes and edges as plain objects (the shape most
//! graph libraries and the app's network view read), every edge with the ids
//! of the assessments behind it.

use serde_json::{json, Value};

use super::{Network, NetworkKind};

/// The network as a JSON value: `{settings, nodes: [...], edges: [...]}`.
pub fn to_json(network: &Network) -> Value {
    let (positive, negative) = match network.kind {
        NetworkKind::TwoMode(_) => ("support", "oppose"),
        NetworkKind::OneMode(_) => ("congruence", "conflict"),
    };
    let nodes: Vec<Value> = network
        .nodes()
        .into_iter()
        .map(|(id, node)| {
            json!({
                "id": id,
                "ref": node.key,
                "label": node.label,
                "kind": node.kind.label(),
                "affiliation": node.affiliation,
                "bloc": node.bloc,
                "colour": node.colour_hex(),
            })
        })
        .collect();
    let edges: Vec<Value> = network
        .edges
        .iter()
        .map(|edge| {
            let mut object = json!({
                "source": network.row_node_id(edge.row),
                "target": network.column_node_id(edge.column),
                "weight": edge.weight,
                "polarity": network.kind.sign_label(edge.sign()),
                "assessments": network.edge_assessments(edge),
            });
            object[positive] = json!(edge.positive);
            object[negative] = json!(edge.negative);
            object
        })
        .collect();
    json!({
        "settings": network.kind,
        "directed": !network.is_one_mode(),
        "nodes": nodes,
        "edges": edges,
    })
}
