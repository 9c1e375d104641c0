//! The `network` command: the seed article's discourse network, every tie
//! traced back to the assessments the filter selected.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use crate::harness::TestApp;

fn request(mode: &str, qualifier: &str, normalisation: &str) -> Value {
    json!({
        "mode": mode,
        "level": "actor",
        "qualifier": qualifier,
        "normalisation": normalisation,
        "duplicates": "include",
    })
}

fn ids(values: &[Value]) -> BTreeSet<i64> {
    values.iter().map(|a| a["id"].as_i64().expect("an id")).collect()
}

fn edge_ids(edge: &Value) -> Vec<i64> {
    edge["assessment_ids"]
        .as_array()
        .expect("assessment ids")
        .iter()
        .map(|id| id.as_i64().expect("an id"))
        .collect()
}

#[test]
fn two_mode_ties_account_for_every_assessment_once() {
    let test = TestApp::new();
    test.import_seed();
    let assessments = test.assessments(json!({}));
    assert!(assessments.len() >= 3, "the seed yields stances");

    let graph = test.ok(
        "network",
        json!({ "filter": {}, "request": request("two_mode", "ignore", "none") }),
    );
    assert_eq!(graph["directed"], true);
    assert_eq!(graph["assessment_count"], assessments.len());
    let nodes = graph["nodes"].as_array().expect("nodes");
    let edges = graph["edges"].as_array().expect("edges");
    let node_ids: BTreeSet<&str> = nodes.iter().map(|n| n["id"].as_str().expect("id")).collect();
    assert_eq!(node_ids.len(), nodes.len(), "node ids are unique");

    let mut seen = Vec::new();
    for edge in edges {
        assert!(node_ids.contains(edge["source"].as_str().expect("source")));
        assert!(node_ids.contains(edge["target"].as_str().expect("target")));
        let behind = edge_ids(edge);
        // Two-mode, every stance counted: the weight is the evidence count.
        assert_eq!(edge["weight"].as_f64(), Some(behind.len() as f64), "{edge}");
        let (positive, negative) = (
            edge["positive"].as_f64().unwrap_or(-1.0),
            edge["negative"].as_f64().unwrap_or(-1.0),
        );
        let expected = match (positive > 0.0, negative > 0.0) {
            (true, false) => "positive",
            (false, true) => "negative",
            _ => "mixed",
        };
        assert_eq!(edge["polarity"], expected, "{edge}");
        seen.extend(behind);
    }
    let distinct: BTreeSet<i64> = seen.iter().copied().collect();
    assert_eq!(distinct.len(), seen.len(), "no assessment behind two ties");
    assert_eq!(distinct, ids(&assessments), "every assessment behind some tie");
}

#[test]
fn the_filter_limits_the_network_to_its_assessments() {
    let test = TestApp::new();
    test.import_seed();
    let one = test.assessments(json!({}))[0].clone();
    let graph = test.ok(
        "network",
        json!({ "filter": { "ids": [one["id"]] }, "request": request("two_mode", "ignore", "none") }),
    );
    assert_eq!(graph["assessment_count"], 1);
    let edges = graph["edges"].as_array().expect("edges");
    assert_eq!(edges.len(), 1);
    assert_eq!(edge_ids(&edges[0]), vec![one["id"].as_i64().expect("an id")]);
    let label = |id: &Value| {
        graph["nodes"]
            .as_array()
            .and_then(|nodes| nodes.iter().find(|n| &n["id"] == id))
            .map(|n| n["label"].clone())
    };
    assert_eq!(label(&edges[0]["source"]), Some(one["holder"]["name"].clone()));
    assert_eq!(label(&edges[0]["target"]), Some(one["target"]["name"].clone()));
    assert_eq!(
        edges[0]["polarity_label"], one["polarity"],
        "support/oppose as the stance's"
    );
}

#[test]
fn one_mode_ties_are_undirected_and_rest_on_both_actors_stances() {
    let test = TestApp::new();
    test.import_seed();
    let assessments = test.assessments(json!({}));
    let graph = test.ok(
        "network",
        json!({ "filter": {}, "request": request("one_mode", "ignore", "jaccard") }),
    );
    assert_eq!(graph["directed"], false);
    let nodes = graph["nodes"].as_array().expect("nodes");
    assert!(nodes.iter().all(|n| n["is_issue"] == false), "actors only");
    let label = |id: &Value| {
        nodes
            .iter()
            .find(|n| &n["id"] == id)
            .and_then(|n| n["label"].as_str())
            .map(str::to_owned)
    };
    let edges = graph["edges"].as_array().expect("edges");
    assert!(!edges.is_empty(), "the seed's actors share targets");
    for edge in edges {
        let weight = edge["weight"].as_f64().expect("a weight");
        assert!(weight > 0.0, "only non-zero ties: {edge}");
        let holders: BTreeSet<String> = edge_ids(edge)
            .iter()
            .map(|id| {
                let a = assessments
                    .iter()
                    .find(|a| a["id"] == *id)
                    .expect("a listed assessment");
                a["holder"]["name"].as_str().expect("a holder name").to_owned()
            })
            .collect();
        let ends: BTreeSet<String> = [label(&edge["source"]), label(&edge["target"])]
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(holders, ends, "a tie rests on both actors' stances: {edge}");
    }
}

#[test]
fn a_two_mode_network_refuses_a_normalisation() {
    let test = TestApp::new();
    let code = test.error_code(
        "network",
        json!({ "filter": {}, "request": request("two_mode", "ignore", "cosine") }),
    );
    assert_eq!(code, "invalid");
}

#[test]
fn an_unknown_setting_is_refused() {
    let test = TestApp::new();
    let error = test
        .invoke(
            "network",
            json!({ "filter": {}, "request": request("three_mode", "ignore", "none") }),
        )
        .expect_err("no such mode");
    assert!(error.to_string().contains("three_mode"), "{error}");
}
