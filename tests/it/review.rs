//! Review commands: accept, reject, edit, add, and undo/redo over them.

use serde_json::{json, Value};

use crate::harness::{find, TestApp};

fn russia_backs_syria(test: &TestApp) -> Value {
    let assessments = test.assessments(json!({}));
    find(&assessments, "Russia", "Syria")
        .or_else(|| find(&assessments, "Russia", "Assad"))
        .cloned()
        .expect("the seed's Russia → Syrian government stance")
}

#[test]
fn accept_reject_undo_redo() {
    let test = TestApp::new();
    test.import_seed();
    let backs = russia_backs_syria(&test);
    let id = backs["id"].clone();
    assert_eq!(backs["review"], "suggested");

    let accepted = test.ok("set_review", json!({ "id": id, "review": "accepted" }));
    assert_eq!(accepted["review"], "accepted");
    let other = test
        .assessments(json!({}))
        .into_iter()
        .find(|a| a["id"] != id)
        .expect("a second assessment");
    let rejected = test.ok("set_review", json!({ "id": other["id"], "review": "rejected" }));
    assert_eq!(rejected["review"], "rejected");
    // The default filter hides rejected assessments; accepted-only shows one.
    assert!(test.assessments(json!({})).iter().all(|a| a["id"] != other["id"]));
    let accepted_only = test.assessments(json!({ "accepted_only": true }));
    assert_eq!(accepted_only.len(), 1);
    assert_eq!(accepted_only[0]["id"], id);

    let state = test.ok("history_state", json!({}));
    assert_eq!(
        (state["can_undo"].as_bool(), state["can_redo"].as_bool()),
        (Some(true), Some(false))
    );
    assert!(
        state["undo_label"].as_str().is_some_and(|l| l.starts_with("reject ")),
        "{state}"
    );
    test.ok("undo", json!({}));
    let back = test.assessments(json!({ "ids": [other["id"]] }));
    assert_eq!(back[0]["review"], "suggested", "undo restored the rejected one");
    let state = test.ok("history_state", json!({}));
    assert_eq!(
        (state["can_undo"].as_bool(), state["can_redo"].as_bool()),
        (Some(true), Some(true))
    );
    test.ok("redo", json!({}));
    let again = test.assessments(json!({ "ids": [other["id"]], "review_states": ["rejected"] }));
    assert_eq!(again.len(), 1);

    let history = test.ok("history", json!({}));
    assert_eq!(history.as_array().unwrap().len(), 2);
    assert_eq!(history[0]["who"], "analyst");
}

#[test]
fn undo_with_nothing_to_undo_says_so() {
    let test = TestApp::new();
    assert_eq!(test.error_code("undo", json!({})), "nothing_to_do");
    assert_eq!(test.error_code("redo", json!({})), "nothing_to_do");
}

#[test]
fn review_of_a_missing_assessment_is_not_found() {
    let test = TestApp::new();
    test.import_seed();
    assert_eq!(
        test.error_code("set_review", json!({ "id": 9999, "review": "accepted" })),
        "not_found"
    );
    // A review state outside the closed set never reaches the store.
    assert!(test
        .invoke("set_review", json!({ "id": 1, "review": "maybe" }))
        .is_err());
}

#[test]
fn edit_changes_polarity_and_marks_it_edited() {
    let test = TestApp::new();
    test.import_seed();
    let backs = russia_backs_syria(&test);
    let edited = test.ok(
        "edit_assessment",
        json!({
            "id": backs["id"],
            "holder_id": backs["holder"]["id"],
            "target": { "kind": backs["target"]["kind"], "id": backs["target"]["id"] },
            "polarity": "oppose",
        }),
    );
    assert_eq!(edited["polarity"], "oppose");
    assert_eq!(edited["review"], "edited");
    test.ok("undo", json!({}));
    let restored = test.assessments(json!({ "ids": [backs["id"]] }));
    assert_eq!(restored[0]["polarity"], "support");
}

#[test]
fn add_an_assessment_from_selected_text() {
    let test = TestApp::new();
    let article_id = test.import_seed();
    let article = test.ok("article", json!({ "id": article_id }));
    let text = article["text"].as_str().unwrap();
    let sentence = "Russia backs the Assad regime";
    let start = text.find(sentence).expect("the seed says it");
    let holder = test.ok("create_actor", json!({ "name": "Analyst's Russia", "kind": "country" }));
    let issue = test.ok("create_issue", json!({ "name": "Assad regime survival" }));
    let added = test.ok(
        "add_assessment",
        json!({ "assessment": {
            "article_id": article_id,
            "holder_id": holder,
            "target": { "kind": "issue", "id": issue },
            "polarity": "support",
            "evidence": { "start": start, "end": start + sentence.len() },
            "cue": null, "holder_span": null, "target_span": null, "confidence": null,
        }}),
    );
    assert_eq!(added["origin"]["type"], "analyst");
    assert_eq!(added["evidence_text"], sentence);

    // A span past the end of the text is refused.
    let bad = json!({ "assessment": {
        "article_id": article_id, "holder_id": holder, "target": { "kind": "issue", "id": issue },
        "polarity": "oppose", "evidence": { "start": text.len(), "end": text.len() + 5 },
        "cue": null, "holder_span": null, "target_span": null, "confidence": null,
    }});
    assert_eq!(test.error_code("add_assessment", bad), "invalid");
}
