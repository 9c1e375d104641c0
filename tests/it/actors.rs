//! Actor and issue commands: create, rename, alias, kind, colour,
//! affiliation, merge.

use serde_json::{json, Value};

use crate::harness::TestApp;

fn actor(test: &TestApp, id: &Value) -> Value {
    let actors = test.ok("actors", json!({}));
    actors
        .as_array()
        .unwrap()
        .iter()
        .find(|a| &a["id"] == id)
        .cloned()
        .expect("the actor")
}

#[test]
fn rename_alias_kind_colour_affiliation() {
    let test = TestApp::new();
    let kremlin = test.ok("create_actor", json!({ "name": "Kremlin", "kind": "government_body" }));
    let russia = test.ok("create_actor", json!({ "name": "Russia", "kind": "country" }));
    test.ok("rename_actor", json!({ "id": kremlin, "name": "Russian government" }));
    test.ok("add_alias", json!({ "id": kremlin, "alias": "the Kremlin" }));
    test.ok(
        "edit_actor",
        json!({ "id": kremlin, "edit": { "kind": "organisation", "colour": "#aa3322", "affiliation": russia } }),
    );
    let state = test.ok("history_state", json!({}));
    assert_eq!(
        state["undo_label"],
        "edit 'Russian government': set kind of 'Russian government' to organisation, \
         set colour of 'Russian government' to #aa3322, set affiliation of 'Russian government' to 'Russia'",
        "one edit is one undo step, named by the store"
    );
    let seen = actor(&test, &kremlin);
    assert_eq!(seen["name"], "Russian government");
    assert!(seen["aliases"].as_array().unwrap().contains(&json!("the Kremlin")));
    assert_eq!(seen["colour"], "#aa3322");
    assert_eq!(seen["kind"], "organisation");
    assert_eq!(seen["affiliation"], json!([russia, "Russia"]));

    test.ok(
        "edit_actor",
        json!({ "id": kremlin, "edit": { "colour": null, "affiliation": null } }),
    );
    let cleared = actor(&test, &kremlin);
    assert!(cleared["colour"].is_null() && cleared["affiliation"].is_null());
    assert_eq!(cleared["kind"], "organisation", "a field left out stays as it was");

    test.ok("undo", json!({}));
    test.ok("undo", json!({}));
    let undone = actor(&test, &kremlin);
    assert_eq!(
        (&undone["kind"], &undone["colour"], &undone["affiliation"]),
        (&json!("government_body"), &Value::Null, &Value::Null),
        "two undos take back both edits, all fields at once"
    );
    assert_eq!(
        test.ok("history_state", json!({}))["undo_label"],
        "add alias 'the Kremlin' to 'Russian government'"
    );
}

#[test]
fn names_are_unique_and_merge_removes_the_merged_actor() {
    let test = TestApp::new();
    let a = test.ok("create_actor", json!({ "name": "Washington", "kind": "country" }));
    let b = test.ok("create_actor", json!({ "name": "United States", "kind": "country" }));
    assert_eq!(
        test.error_code("create_actor", json!({ "name": "United States", "kind": "country" })),
        "name_taken"
    );
    assert_eq!(
        test.error_code("merge_actors", json!({ "from": a, "into": a })),
        "invalid"
    );
    test.ok("merge_actors", json!({ "from": a, "into": b }));
    let names: Vec<Value> = test
        .ok("actors", json!({}))
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].clone())
        .collect();
    assert_eq!(names, [json!("United States")]);
    test.ok("undo", json!({}));
    assert_eq!(
        test.ok("actors", json!({})).as_array().unwrap().len(),
        2,
        "merge is one undo step"
    );
}

#[test]
fn issues_rename_and_merge() {
    let test = TestApp::new();
    let deal = test.ok("create_issue", json!({ "name": "the deal" }));
    let other = test.ok("create_issue", json!({ "name": "intelligence-sharing deal" }));
    test.ok(
        "rename_issue",
        json!({ "id": deal, "name": "US–Russia intelligence-sharing deal" }),
    );
    test.ok("merge_issues", json!({ "from": other, "into": deal }));
    let issues = test.ok("issues", json!({}));
    assert_eq!(issues.as_array().unwrap().len(), 1);
    assert_eq!(issues[0]["name"], "US–Russia intelligence-sharing deal");
    assert_eq!(
        test.error_code("rename_issue", json!({ "id": 777, "name": "x" })),
        "not_found"
    );
}
