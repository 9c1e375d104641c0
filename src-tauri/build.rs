//! Tauri's build step: reads the root tauri.conf.json (see ARCHITECTURE.md,
//! "Why the root is a package") and the capabilities in src-tauri/capabilities/.
//!
//! Declaring the app's commands here makes Tauri generate an `allow-<command>`
//! permission for each, so a command the capabilities do not list cannot be
//! called from the window at all.

/// Every command in `lib.rs`'s `generate_handler!`, in the same order.
const COMMANDS: &[&str] = &[
    "current_workspace",
    "open_workspace",
    "create_workspace",
    "recent_workspaces",
    "import_paths",
    "analyse",
    "cancel_job",
    "analysis_status",
    "export_matrix_csv",
    "export_assessments_csv",
    "articles",
    "search_articles",
    "article",
    "delete_article",
    "assessments",
    "matrix",
    "sources",
    "actors",
    "issues",
    "set_review",
    "edit_assessment",
    "add_assessment",
    "undo",
    "redo",
    "history_state",
    "history",
    "create_actor",
    "create_issue",
    "rename_actor",
    "merge_actors",
    "add_alias",
    "edit_actor",
    "rename_issue",
    "merge_issues",
    "network",
    "timeline",
    "shifts",
    "compare_outlets",
    "blocs",
    "save_chart",
    "export_timeline_csv",
    "export_shifts_csv",
];

fn main() {
    // Every build embeds the UI (the `custom-protocol` feature, see Cargo.toml),
    // tests included: say how to make it rather than fail inside Tauri's macro.
    let index = std::path::Path::new("ui/dist/index.html");
    println!("cargo:rerun-if-changed=ui/dist/index.html");
    assert!(
        index.exists(),
        "ui/dist is missing: build the UI first with `npm --prefix ui ci && npm --prefix ui run build` \
         (scripts/test-all.sh and scripts/run-app.sh do)"
    );
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        // A build script reports failure by panicking; say why first.
        panic!("the Tauri build step failed: {error:#}");
    }
}
