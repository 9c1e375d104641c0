//! The change-and-comparison commands through IPC on the shifts fixture
//! (tests/data/shifts): the articles are imported and the stances recorded
//! with the app's own commands, then `timeline`, `shifts`,
//! `compare_outlets` and `blocs` answer as the fixture's README says.
//! Only analyst decisions are read (`accepted_only`), so the extractor's
//! suggestions on the same articles do not blur the expected figures.

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::harness::{fixture, TestApp};

/// Imports the fixture's articles and adds its stances as the analyst.
fn shifts_fixture(test: &TestApp) {
    let result = test.import(&[fixture("shifts/articles.jsonl")]);
    assert_eq!(result["import"]["items"].as_array().map(Vec::len), Some(8), "{result}");
    let spec: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("shifts/stances.json")).expect("stances")).expect("JSON");
    let articles: HashMap<String, i64> = test
        .ok("articles", json!({}))
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| {
            (
                a["title"].as_str().expect("title").to_owned(),
                a["id"].as_i64().expect("id"),
            )
        })
        .collect();
    // The extractor may already know an actor or issue by name: reuse it.
    let known_actors: HashMap<String, i64> = test
        .ok("actors", json!({}))
        .as_array()
        .expect("actors")
        .iter()
        .map(|a| {
            (
                a["name"].as_str().expect("name").to_owned(),
                a["id"].as_i64().expect("id"),
            )
        })
        .collect();
    let known_issues: HashMap<String, i64> = test
        .ok("issues", json!({}))
        .as_array()
        .expect("issues")
        .iter()
        .map(|a| {
            (
                a["name"].as_str().expect("name").to_owned(),
                a["id"].as_i64().expect("id"),
            )
        })
        .collect();
    let mut actors = HashMap::new();
    for (name, kind) in spec["actors"].as_object().expect("actors") {
        let id = match known_actors.get(name) {
            Some(id) => *id,
            None => test
                .ok("create_actor", json!({ "name": name, "kind": kind }))
                .as_i64()
                .expect("id"),
        };
        actors.insert(name.clone(), id);
    }
    let mut issues = HashMap::new();
    for name in spec["issues"].as_array().expect("issues") {
        let name = name.as_str().expect("name");
        let id = match known_issues.get(name) {
            Some(id) => *id,
            None => test.ok("create_issue", json!({ "name": name })).as_i64().expect("id"),
        };
        issues.insert(name.to_owned(), id);
    }
    for stance in spec["stances"].as_array().expect("stances") {
        let field = |key: &str| stance[key].as_str().expect(key).to_owned();
        let article_id = articles[&field("article")];
        let text = test.ok("article", json!({ "id": article_id }))["text"]
            .as_str()
            .expect("text")
            .to_owned();
        let evidence = field("evidence");
        let start = text.find(&evidence).expect("evidence in the text");
        let target = match field("target_kind").as_str() {
            "actor" => json!({ "kind": "actor", "id": actors[&field("target")] }),
            _ => json!({ "kind": "issue", "id": issues[&field("target")] }),
        };
        test.ok(
            "add_assessment",
            json!({ "assessment": {
                "article_id": article_id,
                "holder_id": actors[&field("holder")],
                "target": target,
                "polarity": field("polarity"),
                "evidence": { "start": start, "end": start + evidence.len() },
                "cue": null, "holder_span": null, "target_span": null, "confidence": null,
            }}),
        );
    }
}

fn analyst_only() -> Value {
    json!({ "accepted_only": true })
}

#[test]
fn shifts_timeline_outlets_and_blocs_answer_from_the_fixture() {
    let test = TestApp::new();
    shifts_fixture(&test);

    let found = test.ok(
        "shifts",
        json!({ "filter": analyst_only(), "spec": { "period": "month", "min_evidence": 2.0 } }),
    );
    let shifts = found["shifts"].as_array().expect("shifts");
    let summary: Vec<String> = shifts
        .iter()
        .map(|s| {
            format!(
                "{}: {} → {} on {}, {} → {}",
                s["holder"]["name"].as_str().unwrap_or("?"),
                s["from"].as_str().unwrap_or("?"),
                s["to"].as_str().unwrap_or("?"),
                s["target"]["name"].as_str().unwrap_or("?"),
                s["before"]["label"].as_str().unwrap_or("?"),
                s["after"]["label"].as_str().unwrap_or("?"),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            "EU: support → oppose on Cyprus deal, 2004-09 → 2004-10",
            "EU: oppose → support on Cyprus deal, 2004-10 → 2004-12",
            "Turkey: support → oppose on Cyprus deal, 2004-10 → 2004-12",
        ]
    );
    assert_eq!(
        shifts[2]["last_before"]["evidence_text"],
        "Turkey supports the Cyprus deal, officials said."
    );
    assert_eq!(
        shifts[2]["first_after"]["evidence_text"],
        "Turkey rejects the Cyprus deal."
    );
    assert_eq!(found["undated"], 1);

    let turkey = shifts[2]["holder"]["id"].as_i64().expect("id");
    let deal = shifts[2]["target"]["id"].as_i64().expect("id");
    let timeline = test.ok(
        "timeline",
        json!({ "filter": analyst_only(), "spec": {
            "holder_id": turkey, "target": { "kind": "issue", "id": deal }, "period": "month" } }),
    );
    let labels: Vec<&str> = timeline["periods"]
        .as_array()
        .expect("periods")
        .iter()
        .map(|p| p["label"].as_str().expect("label"))
        .collect();
    assert_eq!(labels, ["2004-09", "2004-10", "2004-11", "2004-12", "2005-01"]);
    let series = &timeline["series"][0];
    let counts: Vec<(i64, i64)> = series["points"]
        .as_array()
        .expect("points")
        .iter()
        .map(|p| (p["support"].as_i64().unwrap_or(-1), p["oppose"].as_i64().unwrap_or(-1)))
        .collect();
    assert_eq!(counts, [(2, 0), (1, 0), (0, 0), (0, 2), (0, 1)]);
    assert_eq!(
        (series["undated"]["oppose"].as_i64(), timeline["undated"].as_i64()),
        (Some(1), Some(1))
    );

    let comparison = test.ok(
        "compare_outlets",
        json!({ "filter": analyst_only(), "left": "Reuters", "right": "BBC" }),
    );
    let differences = comparison["differences"].as_array().expect("differences");
    assert_eq!(differences.len(), 1, "{comparison:#}");
    assert_eq!(differences[0]["holder"]["name"], "EU");
    assert_eq!(
        (
            differences[0]["left"]["net"].as_i64(),
            differences[0]["right"]["net"].as_i64()
        ),
        (Some(2), Some(-1))
    );
    assert_eq!(
        differences[0]["right_evidence"][0]["evidence_text"],
        "The EU has doubts about the Cyprus deal."
    );

    let blocs = test.ok("blocs", json!({ "filter": analyst_only() }));
    let bloc: HashMap<&str, i64> = blocs["members"]
        .as_array()
        .expect("members")
        .iter()
        .map(|m| (m["name"].as_str().expect("name"), m["bloc"].as_i64().expect("bloc")))
        .collect();
    assert_eq!(bloc.len(), 3);
    assert_eq!(bloc["EU"], bloc["Turkey"]);
    assert_ne!(bloc["EU"], bloc["Greece"]);
    assert_eq!(blocs["frustration_index"], 0.0);

    // The same partition orders the matrix and colours the network.
    let layout = json!({ "rows": "blocs", "cols": "blocs", "group": "none" });
    let laid_out = test.ok("matrix", json!({ "filter": analyst_only(), "layout": layout }));
    let holders: Vec<&str> = laid_out["matrix"]["holders"]
        .as_array()
        .expect("holders")
        .iter()
        .filter_map(|h| h["name"].as_str())
        .collect();
    assert_eq!(holders, ["EU", "Turkey", "Greece"], "bloc 1 by name, then bloc 2");
    let request = json!({ "mode": "one_mode", "level": "actor", "qualifier": "subtract", "normalisation": "none", "duplicates": "include" });
    let graph = test.ok("network", json!({ "filter": analyst_only(), "request": request }));
    // Each actor's (bloc, colour) by name.
    let drawn: HashMap<&str, (Option<i64>, &str)> = graph["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| {
            let colour = n["colour"].as_str().expect("colour");
            (n["label"].as_str().expect("label"), (n["bloc"].as_i64(), colour))
        })
        .collect();
    for name in ["EU", "Turkey", "Greece"] {
        assert_eq!(drawn[name].0, Some(bloc[name]), "{name}");
    }
    assert_eq!(drawn["EU"].1, drawn["Turkey"].1);
    assert_ne!(drawn["EU"].1, drawn["Greece"].1);
}

#[test]
fn a_negative_minimum_is_refused_and_an_empty_workspace_has_no_shifts() {
    let test = TestApp::new();
    let code = test.error_code("shifts", json!({ "filter": {}, "spec": { "min_evidence": -1.0 } }));
    assert_eq!(code, "invalid");
    let empty = test.ok("shifts", json!({ "filter": {}, "spec": {} }));
    assert_eq!(empty["shifts"], json!([]));
    let timeline = test.ok("timeline", json!({ "filter": {}, "spec": {} }));
    assert_eq!(timeline["series"], json!([]));
}
