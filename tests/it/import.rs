//! Import, analysis, reading and export commands, with their events.

use serde_json::json;

use crate::harness::{drain, find, fixture, TestApp};

#[test]
fn import_reports_each_file_and_analyses_what_it_stored() {
    let test = TestApp::new();
    let progress = test.record("import-progress");
    let finished = test.record("import-finished");
    let result = test.import(&[
        fixture("seed/seed.txt"),
        fixture("import/broken/empty.txt"),
        fixture("import/broken/notes.xyz"),
    ]);
    let items = result["import"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 3, "{result}");
    assert_eq!(items[0]["outcome"]["status"], "imported");
    for failed in &items[1..] {
        assert_eq!(failed["outcome"]["status"], "failed", "{failed}");
        assert!(!failed["outcome"]["reason"].as_str().unwrap().is_empty());
    }
    assert_eq!(
        (
            result["import"]["imported"].as_u64(),
            result["import"]["failed"].as_u64()
        ),
        (Some(1), Some(2))
    );
    let analysed = result["analysis"]["articles"]
        .as_array()
        .expect("the new article was analysed");
    assert_eq!(analysed.len(), 1);
    assert!(analysed[0]["suggestions"].as_u64().unwrap() > 0, "{result}");

    let progress = drain(&progress);
    assert!(!progress.is_empty(), "import-progress was sent");
    assert!(progress
        .iter()
        .all(|p| p["kind"] == "import" && p["job_id"] == result["job_id"]));
    assert_eq!(progress.last().unwrap()["done"], progress.last().unwrap()["total"]);
    let finished = drain(&finished);
    assert_eq!(finished, vec![result], "import-finished carries the same result");

    let articles = test.ok("articles", json!({}));
    assert_eq!(articles.as_array().unwrap().len(), 1);
    assert_eq!(test.ok("current_workspace", json!({}))["article_count"], 1);
}

#[test]
fn the_same_text_twice_is_a_duplicate_and_is_not_analysed_again() {
    let test = TestApp::new();
    let id = test.import_seed();
    let again = test.import(&[fixture("import/broken/duplicate-of-seed.txt")]);
    let outcome = &again["import"]["items"][0]["outcome"];
    assert_eq!(outcome["status"], "duplicate", "{again}");
    assert_eq!(outcome["article_id"], id);
    assert!(again["analysis"].is_null());
}

#[test]
fn reading_commands_show_the_seed_article() {
    let test = TestApp::new();
    let id = test.import_seed();
    let article = test.ok("article", json!({ "id": id }));
    let text = article["text"].as_str().unwrap();
    assert!(text.starts_with("The US and Russia are considering"));
    let mentions = article["mentions"].as_array().unwrap();
    assert!(!mentions.is_empty());
    for mention in mentions {
        let (start, end) = (
            mention["span"]["start"].as_u64().unwrap() as usize,
            mention["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            text.get(start..end),
            mention["text"].as_str(),
            "mention offsets are UTF-8 byte offsets"
        );
    }
    let hits = test.ok("search_articles", json!({ "query": "Pentagon", "limit": 10 }));
    assert_eq!(hits[0]["article"]["id"], id);
    assert_eq!(
        test.ok("search_articles", json!({ "query": "zebra", "limit": 10 })),
        json!([])
    );
    assert!(!test.ok("actors", json!({})).as_array().unwrap().is_empty());
    assert_eq!(test.error_code("article", json!({ "id": 999 })), "not_found");
}

#[test]
fn the_matrix_holds_russia_backing_the_syrian_government() {
    let test = TestApp::new();
    test.import_seed();
    let assessments = test.assessments(json!({}));
    let backs = find(&assessments, "Russia", "Syria").or_else(|| find(&assessments, "Russia", "Assad"));
    let backs = backs.unwrap_or_else(|| panic!("no Russia → Syrian government stance in {assessments:#?}"));
    assert_eq!(backs["polarity"], "support");

    let laid_out = test.ok("matrix", json!({ "filter": {} }));
    let matrix = &laid_out["matrix"];
    let row = matrix["holders"]
        .as_array()
        .unwrap()
        .iter()
        .position(|h| h["id"] == backs["holder"]["id"])
        .unwrap();
    let col = matrix["targets"]
        .as_array()
        .unwrap()
        .iter()
        .position(|t| t["id"] == backs["target"]["id"] && t["kind"] == backs["target"]["kind"])
        .unwrap();
    let cell = matrix["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["row"] == row && c["col"] == col)
        .unwrap();
    assert!(cell["support"].as_u64().unwrap() >= 1);
    // Counts only: the cell's assessments are read by its holder and target.
    assert!(cell.get("assessment_ids").is_none(), "{cell}");
    let listed = test.ok(
        "assessments",
        json!({ "filter": { "holder_ids": [backs["holder"]["id"]], "targets": [{ "kind": backs["target"]["kind"], "id": backs["target"]["id"] }] } }),
    );
    assert!(listed.as_array().unwrap().iter().any(|a| a["id"] == backs["id"]));

    // A filter the assessments cannot meet empties the matrix.
    let none = test.ok("matrix", json!({ "filter": { "min_confidence": 1.01 } }));
    assert_eq!(none["matrix"]["cells"], json!([]));
}

#[test]
fn exports_write_the_matrix_and_the_assessments_as_csv() {
    let test = TestApp::new();
    test.import_seed();
    let matrix_path = test.dir.path().join("matrix.csv");
    let summary = test.ok(
        "export_matrix_csv",
        json!({ "path": matrix_path, "filter": {}, "order": null }),
    );
    assert_eq!(summary["path"], json!(matrix_path));
    let csv = std::fs::read_to_string(&matrix_path).unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("holder,"));
    assert_eq!(lines.count() as u64, summary["rows"].as_u64().unwrap());
    assert!(csv.lines().any(|line| line.starts_with("Russia")), "{csv}");

    let list_path = test.dir.path().join("assessments.csv");
    let summary = test.ok("export_assessments_csv", json!({ "path": list_path, "filter": {} }));
    let csv = std::fs::read_to_string(&list_path).unwrap();
    assert!(csv.starts_with("assessment_id,article_id,article_title"));
    assert_eq!(csv.lines().count() as u64, 1 + summary["rows"].as_u64().unwrap());
    let leftovers: Vec<_> = std::fs::read_dir(test.dir.path())
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // The workspace itself is never an export target: refused, and intact.
    let workspace = test.dir.path().join("test.standpoint");
    let code = test.error_code("export_assessments_csv", json!({ "path": workspace, "filter": {} }));
    assert_eq!(code, "invalid");
    assert_eq!(
        test.assessments(json!({})).len() as u64,
        summary["rows"].as_u64().unwrap()
    );
}

#[test]
fn the_matrix_export_follows_the_order_on_screen() {
    let test = TestApp::new();
    test.import_seed();
    let laid_out = test.ok("matrix", json!({ "filter": {} }));
    let matrix = &laid_out["matrix"];
    let holders = matrix["holders"].as_array().unwrap();
    assert!(holders.len() >= 2, "{matrix}");
    // Show only the last two holders, reversed, and only the first target.
    let shown = [&holders[holders.len() - 1], &holders[holders.len() - 2]];
    let order = json!({
        "holder_ids": [shown[0]["id"], shown[1]["id"]],
        "targets": [{ "kind": matrix["targets"][0]["kind"], "id": matrix["targets"][0]["id"] }],
    });
    let path = test.dir.path().join("ordered.csv");
    test.ok(
        "export_matrix_csv",
        json!({ "path": path, "filter": {}, "order": order }),
    );
    let csv = std::fs::read_to_string(&path).unwrap();
    let first_cells: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|line| line.split(',').next().unwrap())
        .collect();
    let expected: Vec<String> = shown.iter().map(|h| h["name"].as_str().unwrap().to_owned()).collect();
    assert_eq!(first_cells.len(), 2, "{csv}");
    for (cell, name) in first_cells.iter().zip(&expected) {
        assert_eq!(cell.trim_matches('"'), name);
    }
    assert_eq!(
        csv.lines().next().unwrap().split(',').count(),
        2,
        "holder column + one target"
    );
}

#[test]
fn an_export_to_a_missing_folder_fails_with_io_and_leaves_nothing() {
    let test = TestApp::new();
    test.import_seed();
    let path = test.dir.path().join("no such folder/matrix.csv");
    assert_eq!(
        test.error_code("export_matrix_csv", json!({ "path": path, "filter": {} })),
        "io"
    );
    assert!(!path.exists());
}

#[test]
fn analyse_reruns_the_extractor_and_cancel_without_a_job_is_a_no_op() {
    let test = TestApp::new();
    let id = test.import_seed();
    // The import analysed the seed with this very extractor: nothing is outdated.
    let status = test.ok("analysis_status", json!({}));
    assert_eq!(
        (status["articles"].clone(), status["outdated"].clone()),
        (json!(1), json!(0))
    );
    assert!(
        status["extractor"].as_str().is_some_and(|e| e.starts_with("rules")),
        "{status}"
    );
    let report = test.ok("analyse", json!({ "scope": { "scope": "outdated" } }));
    assert_eq!(report["articles"], json!([]), "nothing outdated, nothing analysed");
    let progress = test.record("analyse-progress");
    let report = test.ok("analyse", json!({ "scope": { "scope": "all" } }));
    assert_eq!(report["articles"][0]["article_id"], id);
    assert_eq!(report["cancelled"], false);
    assert!(drain(&progress).iter().all(|p| p["kind"] == "analyse"));
    let report = test.ok(
        "analyse",
        json!({ "scope": { "scope": "articles", "ids": [id, 4242] } }),
    );
    assert_eq!(report["missing"], json!([4242]));
    assert_eq!(test.ok("cancel_job", json!({})), json!(false));
}

#[test]
fn while_a_job_runs_others_are_refused_and_cancel_reaches_it() {
    use standpoint_app::jobs::JobKind;
    use standpoint_app::AppState;
    use tauri::Manager;

    let test = TestApp::new();
    let state = test.app.state::<AppState>();
    let running = state.jobs.start(JobKind::Import).expect("no job yet");
    assert_eq!(
        test.error_code("import_paths", json!({ "paths": [fixture("seed/seed.txt")] })),
        "busy"
    );
    assert_eq!(
        test.error_code(
            "export_matrix_csv",
            json!({ "path": test.dir.path().join("m.csv"), "filter": {} })
        ),
        "busy"
    );
    // Switching workspaces under a running job would pull the file from under it.
    assert_eq!(
        test.error_code("create_workspace", json!({ "path": test.dir.path().join("other") })),
        "busy"
    );
    assert_eq!(test.ok("cancel_job", json!({})), json!(true));
    assert!(running.is_cancelled());
    drop(running);
    test.import_seed();
}

#[test]
fn sources_and_delete_article() {
    let test = TestApp::new();
    let id = test.import_seed();
    let wire = test.dir.path().join("wire.jsonl");
    std::fs::write(
        &wire,
        concat!(
            r#"{"id": "r1", "source": "Reuters", "text": "The Pentagon is uneasy with the proposed deal."}"#,
            "\n",
            r#"{"id": "b1", "source": "BBC", "text": "Russia backs the Assad regime."}"#,
            "\n",
        ),
    )
    .unwrap();
    assert_eq!(test.import(&[wire])["import"]["imported"], 2);
    let mut sources: Vec<String> = serde_json::from_value(test.ok("sources", json!({}))).unwrap();
    sources.sort();
    assert_eq!(sources, ["BBC", "Reuters"]);
    test.ok("delete_article", json!({ "id": id }));
    assert_eq!(test.error_code("article", json!({ "id": id })), "not_found");
    let left = test.ok("articles", json!({}));
    assert!(left.as_array().unwrap().iter().all(|a| a["id"] != id));
    // The library reads a page at a time, newest first.
    let ids = |list: serde_json::Value| -> Vec<i64> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_i64().unwrap())
            .collect()
    };
    let all = ids(left);
    assert!(all.len() >= 2 && all.windows(2).all(|w| w[0] > w[1]), "{all:?}");
    assert_eq!(ids(test.ok("articles", json!({ "limit": 1 }))), all[..1]);
    assert_eq!(
        ids(test.ok("articles", json!({ "before": all[0], "limit": 10 }))),
        all[1..]
    );
    assert_eq!(test.ok("current_workspace", json!({}))["article_count"], all.len());
    assert!(test.assessments(json!({})).iter().all(|a| a["article_id"] != id));
}
