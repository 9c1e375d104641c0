//! One rule for the matrix's order: for every row order, column order and
//! grouping, the app's `matrix` command and `standpoint matrix --format json`
//! on the same workspace list the same holders, targets and groups.

use std::path::PathBuf;
use std::process::Command;

use serde_json::{json, Value};

use crate::harness::{fixture, TestApp};

const ORDERS: [&str; 5] = ["name", "activity", "affiliation", "kind", "blocs"];
const GROUPINGS: [&str; 4] = ["none", "affiliation", "kind", "blocs"];

/// The `standpoint` binary beside this test's own (`cargo test --workspace`
/// builds it; cargo holds the build lock while tests run, so a test cannot).
fn cli() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    let dir = exe.parent().and_then(|deps| deps.parent()).expect("target/<profile>");
    let cli = dir.join(format!("standpoint{}", std::env::consts::EXE_SUFFIX));
    assert!(
        cli.exists(),
        "{} is missing: run `cargo test --workspace` (or `cargo build -p standpoint-cli`) first",
        cli.display()
    );
    cli
}

/// Who and what, in order: holder ids, target kind:id, and the groups.
fn arrangement(laid_out: &Value) -> (Vec<Value>, Vec<String>, Value, Value) {
    let holders = laid_out["matrix"]["holders"]
        .as_array()
        .expect("holders")
        .iter()
        .map(|h| h["id"].clone())
        .collect();
    let targets = laid_out["matrix"]["targets"]
        .as_array()
        .expect("targets")
        .iter()
        .map(|t| format!("{}:{}", t["kind"].as_str().expect("kind"), t["id"]))
        .collect();
    (
        holders,
        targets,
        laid_out["row_groups"].clone(),
        laid_out["col_groups"].clone(),
    )
}

#[test]
fn the_cli_and_the_app_lay_the_matrix_out_alike_for_every_ordering() {
    let test = TestApp::new();
    test.import(&[fixture("seed/seed.txt"), fixture("dna/sample.dna")]);
    // Affiliations, so grouping has groups to form.
    let actors = test.ok("actors", json!({}));
    let ids: Vec<i64> = actors
        .as_array()
        .expect("actors")
        .iter()
        .filter_map(|a| a["id"].as_i64())
        .collect();
    assert!(ids.len() >= 6, "enough actors to order: {actors}");
    for &member in &ids[1..4] {
        test.ok("edit_actor", json!({ "id": member, "edit": { "affiliation": ids[0] } }));
    }
    let workspace = test.dir.path().join("test.standpoint");
    let filter = json!({ "review_states": ["suggested", "accepted", "rejected", "edited"] });

    let mut compared = 0;
    for rows in ORDERS {
        for cols in ORDERS {
            for group in GROUPINGS {
                let layout = json!({ "rows": rows, "cols": cols, "group": group });
                let app = test.ok("matrix", json!({ "filter": filter, "layout": layout }));
                let output = Command::new(cli())
                    .args(["--db".as_ref(), workspace.as_os_str()])
                    .args(["matrix", "--format", "json", "--with-rejected"])
                    .args(["--rows", rows, "--cols", cols, "--group", group])
                    .output()
                    .expect("the CLI runs");
                assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
                let cli: Value = serde_json::from_slice(&output.stdout).expect("JSON from the CLI");
                let (app_rows, app_cols, app_row_groups, app_col_groups) = arrangement(&app);
                assert!(app_rows.len() > 3 && app_cols.len() > 3, "{app}");
                assert_eq!(
                    arrangement(&cli),
                    (app_rows, app_cols, app_row_groups, app_col_groups),
                    "rows {rows}, columns {cols}, groups {group}"
                );
                compared += 1;
            }
        }
    }
    assert_eq!(compared, ORDERS.len() * ORDERS.len() * GROUPINGS.len());
}
