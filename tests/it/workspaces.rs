//! Workspace commands: the start-up choice, create, open, recent, and the
//! errors for files that are not workspaces.

use serde_json::json;

use crate::harness::TestApp;

#[test]
fn starts_on_the_workspace_it_was_pointed_at_and_empty() {
    let test = TestApp::new();
    let current = test.ok("current_workspace", json!({}));
    assert_eq!(current["name"], "test");
    assert_eq!(current["article_count"], 0);
    assert!(test.dir.path().join("test.standpoint").is_file());
    assert_eq!(test.ok("articles", json!({})), json!([]));
    assert_eq!(
        test.ok("history_state", json!({})),
        json!({ "can_undo": false, "can_redo": false, "undo_label": null, "redo_label": null })
    );
}

#[test]
fn without_a_choice_it_creates_the_default_workspace_in_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let launch = standpoint_app::Launch {
        workspace: None,
        config_dir: Some(dir.path().join("config")),
        data_dir: Some(dir.path().join("data")),
    };
    let test = TestApp::with_launch(launch, dir);
    let current = test.ok("current_workspace", json!({}));
    assert_eq!(current["name"], "workspace");
    assert!(test.dir.path().join("data/workspace.standpoint").is_file());
}

#[test]
fn create_open_and_recent() {
    let test = TestApp::new();
    let second = test.dir.path().join("Syria 2016");
    let created = test.ok("create_workspace", json!({ "path": second }));
    assert_eq!(created["name"], "Syria 2016");
    assert!(test.dir.path().join("Syria 2016.standpoint").is_file());
    assert_eq!(test.ok("current_workspace", json!({}))["name"], "Syria 2016");

    // Creating over an existing file is refused; the current one stays.
    assert_eq!(
        test.error_code("create_workspace", json!({ "path": second })),
        "invalid"
    );

    let first = test.dir.path().join("test.standpoint");
    assert_eq!(test.ok("open_workspace", json!({ "path": first }))["name"], "test");
    let recent = test.ok("recent_workspaces", json!({}));
    let names: Vec<&str> = recent
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["test", "Syria 2016"]);
    assert!(recent[0]["exists"].as_bool().unwrap());
}

#[test]
fn a_file_that_is_not_a_workspace_is_refused_with_its_code() {
    let test = TestApp::new();
    let notes = test.dir.path().join("notes.standpoint");
    std::fs::write(&notes, "plain text, not SQLite").unwrap();
    assert_eq!(
        test.error_code("open_workspace", json!({ "path": notes })),
        "not_a_workspace"
    );
    assert_eq!(test.ok("current_workspace", json!({}))["name"], "test");
}

#[test]
fn workspaces_keep_their_own_articles() {
    let test = TestApp::new();
    test.import_seed();
    test.ok("create_workspace", json!({ "path": test.dir.path().join("other") }));
    assert_eq!(test.ok("articles", json!({})), json!([]));
    test.ok(
        "open_workspace",
        json!({ "path": test.dir.path().join("test.standpoint") }),
    );
    assert_eq!(test.ok("articles", json!({})).as_array().unwrap().len(), 1);
}
