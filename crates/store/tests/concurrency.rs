//! Several connections on one workspace file at once, as the app and the
//! CLI (or two CLI runs) use it: each thread opens its own `Store`, so SQLite
//! coordinates them through file locks exactly as it does between processes.
//! Nothing may fail with "database is locked" and nothing may be lost.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier};

use standpoint_core::extract::RuleExtractor;
use standpoint_core::import::ImportOptions;
use standpoint_store::{ImportReport, Store};

/// `count` files of distinct text in a new folder `name` under `dir`.
fn articles(dir: &Path, name: &str, count: usize) -> PathBuf {
    let folder = dir.join(name);
    std::fs::create_dir(&folder).expect("folder");
    for i in 0..count {
        let text = format!("{name} report {i}. Russia backs the Syrian government. The Pentagon opposes the deal.");
        std::fs::write(folder.join(format!("{i:05}.txt")), text).expect("write");
    }
    folder
}

fn import(workspace: &Path, folder: &Path) -> ImportReport {
    let mut store = Store::open(workspace).expect("open");
    store
        .import_paths(
            &[folder.to_owned()],
            &ImportOptions::default(),
            &mut |_| {},
            &AtomicBool::new(false),
        )
        .expect("import runs")
}

fn failures(report: &ImportReport) -> Vec<String> {
    report
        .items
        .iter()
        .filter(|item| matches!(item.outcome, standpoint_store::ImportOutcome::Failed { .. }))
        .map(|item| format!("{}: {:?}", item.name, item.outcome))
        .collect()
}

#[test]
fn two_imports_into_one_workspace_store_every_file() {
    const EACH: usize = 300;
    let dir = tempfile::tempdir().expect("tempdir");
    let workspace = dir.path().join("w.standpoint");
    drop(Store::open(&workspace).expect("create"));
    let folders = [articles(dir.path(), "a", EACH), articles(dir.path(), "b", EACH)];
    let reports: Vec<ImportReport> = std::thread::scope(|scope| {
        let running: Vec<_> = folders
            .iter()
            .map(|folder| scope.spawn(|| import(&workspace, folder)))
            .collect();
        running.into_iter().map(|t| t.join().expect("no panic")).collect()
    });
    for report in &reports {
        assert_eq!(failures(report), Vec::<String>::new());
        assert_eq!(report.imported, EACH);
    }
    let stored = Store::open(&workspace).expect("open").articles().expect("list").len();
    assert_eq!(stored, 2 * EACH);
}

#[test]
fn analysing_during_an_import_loses_nothing() {
    const FILES: usize = 300;
    let dir = tempfile::tempdir().expect("tempdir");
    let workspace = dir.path().join("w.standpoint");
    let first = articles(dir.path(), "first", 40);
    import(&workspace, &first);
    let folder = articles(dir.path(), "second", FILES);
    let importing = AtomicBool::new(true);
    let (report, analysed) = std::thread::scope(|scope| {
        let analyst = scope.spawn(|| {
            // Re-analyses everything stored so far, again and again, until
            // the import ends: every article is a write that competes with it.
            let mut store = Store::open(&workspace).expect("open");
            let mut rounds = 0;
            while importing.load(Ordering::Relaxed) || rounds == 0 {
                let ids = store.article_ids().expect("ids");
                let report = store
                    .analyse(&ids, &RuleExtractor::default(), &mut |_| {}, &AtomicBool::new(false))
                    .expect("analysis is never refused");
                assert!(report.missing.is_empty());
                rounds += 1;
            }
            rounds
        });
        let report = import(&workspace, &folder);
        importing.store(false, Ordering::Relaxed);
        (report, analyst.join().expect("no panic"))
    });
    assert_eq!(failures(&report), Vec::<String>::new());
    assert_eq!(report.imported, FILES);
    assert!(analysed >= 1);
    let store = Store::open(&workspace).expect("open");
    assert_eq!(store.articles().expect("list").len(), 40 + FILES);
}

#[test]
fn processes_creating_the_same_new_workspace_all_succeed() {
    const OPENERS: usize = 6;
    for trial in 0..10 {
        let dir = tempfile::tempdir().expect("tempdir");
        let workspace = dir.path().join(format!("new-{trial}.standpoint"));
        let start = Arc::new(Barrier::new(OPENERS));
        let results: Vec<Result<usize, String>> = std::thread::scope(|scope| {
            let running: Vec<_> = (0..OPENERS)
                .map(|_| {
                    let start = Arc::clone(&start);
                    let workspace = &workspace;
                    scope.spawn(move || {
                        start.wait();
                        let store = Store::open(workspace).map_err(|e| e.to_string())?;
                        store.articles().map(|a| a.len()).map_err(|e| e.to_string())
                    })
                })
                .collect();
            running.into_iter().map(|t| t.join().expect("no panic")).collect()
        });
        for result in results {
            assert_eq!(result, Ok(0), "trial {trial}");
        }
    }
}
