//! The `standpoint` binary against hostile use: outputs aimed at its own
//! inputs or at the workspace, exports cut off mid-write, titles holding
//! terminal escapes, impossible dates and slice counts, odd `extract`
//! input, two processes on one workspace, and a damaged workspace file.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;
use common::{arg, ok, standpoint, stderr};

/// A JSON Lines file of `count` dated articles where Russia backs Syria.
fn jsonl(dir: &Path, name: &str, count: usize, date: impl Fn(usize) -> String) -> PathBuf {
    let lines: Vec<String> = (0..count)
        .map(|i| {
            serde_json::json!({
                "id": format!("{name}-{i}"),
                "title": format!("Report {i}"),
                "date": date(i),
                "text": format!("Report {i} from {name}. Russia backs the Syrian government. The Pentagon opposes the deal."),
            })
            .to_string()
        })
        .collect();
    let path = dir.join(name);
    std::fs::write(&path, lines.join("\n")).expect("write");
    path
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("list")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".partial"))
        .collect()
}

#[test]
fn no_command_writes_over_its_input_or_the_workspace() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("w.db");
    let articles = jsonl(dir.path(), "a.jsonl", 3, |_| "2016-07-12".to_owned());
    ok(&db, &["import", arg(&articles)]);
    ok(&db, &["analyse", "--all"]);
    let before = std::fs::read(&db).expect("workspace");

    let input = std::fs::read(&articles).expect("input");
    let same = dir.path().join("./a.jsonl");
    let output = standpoint(&db, &["extract", "--input", arg(&articles), "--output", arg(&same)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("same file as the input"),
        "{}",
        stderr(&output)
    );
    assert_eq!(std::fs::read(&articles).expect("input"), input, "input intact");

    for args in [
        vec!["export", "matrix", "--output"],
        vec!["export", "assessments", "--output"],
        vec!["network", "--mode", "one-mode", "--output"],
    ] {
        let mut args = args.clone();
        args.push(arg(&db));
        let output = standpoint(&db, &args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(stderr(&output).contains("the open workspace"), "{}", stderr(&output));
    }
    assert_eq!(std::fs::read(&db).expect("workspace"), before, "workspace intact");
    assert!(ok(&db, &["articles"]).contains("Report 2"));
}

/// Runs `standpoint` with writes past `kib` KiB failing (EFBIG), as a full
/// disk or quota would make them fail mid-export.
fn with_file_size_limit(db: &Path, kib: u32, args: &[&str]) -> Output {
    // An ignored SIGXFSZ stays ignored across exec, so the write fails
    // with EFBIG instead of killing the process.
    let script = format!("trap '' XFSZ; ulimit -f {kib}; bin=$0; db=$1; shift; exec \"$bin\" --db \"$db\" \"$@\"");
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_standpoint"))
        .arg(db)
        .args(args)
        .output()
        .expect("run sh")
}

#[cfg(unix)]
#[test]
fn an_export_cut_off_mid_write_leaves_the_old_file_and_no_partial_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("w.db");
    let articles = jsonl(dir.path(), "many.jsonl", 400, |_| "2016-07-12".to_owned());
    ok(&db, &["import", arg(&articles)]);
    ok(&db, &["analyse", "--all"]);
    let target = dir.path().join("assessments.csv");
    ok(&db, &["export", "assessments", "--output", arg(&target)]);
    let full = std::fs::metadata(&target).expect("export").len();
    assert!(
        full > 96 * 1024,
        "the export must be bigger than the limit: {full} bytes"
    );
    let old = "the previous export\r\n".repeat(1000);
    std::fs::write(&target, &old).expect("old file");

    let output = with_file_size_limit(&db, 64, &["export", "assessments", "--output", arg(&target)]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("was not written"), "{}", stderr(&output));
    assert_eq!(std::fs::read_to_string(&target).expect("old"), old);
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
}

#[test]
fn stored_terminal_escapes_never_reach_the_terminal_raw() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("w.db");
    let evil = dir.path().join("evil.jsonl");
    let record = serde_json::json!({
        "id": "e1",
        "title": "Breaking\u{1b}]0;pwned\u{7} news\u{9b}2J",
        "text": "Russia backs the Syrian government \u{1b}[2J firmly.",
    });
    std::fs::write(&evil, record.to_string()).expect("write");
    let mut printed = ok(&db, &["import", "-v", arg(&evil)]);
    for args in [
        vec!["search", "russia"],
        vec!["articles"],
        vec!["analyse", "--all", "-v"],
        vec!["assessments"],
        vec!["matrix"],
    ] {
        printed.push_str(&ok(&db, &args));
    }
    assert!(printed.contains("\\x1b]0;pwned\\x07 news\\x9b2J"), "{printed}");
    assert!(!printed.contains('\u{1b}') && !printed.contains('\u{7}') && !printed.contains('\u{9b}'));
}

#[test]
fn impossible_dates_and_endless_slices_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("w.db");
    let articles = jsonl(dir.path(), "old-and-new.jsonl", 2, |i| {
        if i == 0 { "1900-01-01" } else { "2100-12-31" }.to_owned()
    });
    ok(&db, &["import", arg(&articles)]);
    ok(&db, &["analyse", "--all"]);
    for bad in ["x", "2020-13-45"] {
        let output = standpoint(&db, &["matrix", "--from", bad]);
        assert_eq!(output.status.code(), Some(2), "clap's usage error for {bad}");
        assert!(stderr(&output).contains("YYYY-MM-DD"), "{}", stderr(&output));
    }
    let slices = dir.path().join("slices");
    std::fs::create_dir(&slices).expect("folder");
    let output = standpoint(
        &db,
        &[
            "network",
            "--mode",
            "two-mode",
            "--slice",
            "window",
            "--window-days",
            "1",
            "--step-days",
            "1",
            "--output",
            arg(&slices.join("net.csv")),
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("more than 2000 slices"), "{}", stderr(&output));
    assert_eq!(std::fs::read_dir(&slices).expect("list").count(), 0, "no file written");
    ok(
        &db,
        &[
            "network",
            "--mode",
            "two-mode",
            "--slice",
            "year",
            "--output",
            arg(&slices.join("net.csv")),
        ],
    );
    assert_eq!(std::fs::read_dir(&slices).expect("list").count(), 201);
}

#[test]
fn extract_takes_a_bom_names_the_bad_line_and_writes_nothing_on_failure() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("unused.db");
    let input = dir.path().join("in.jsonl");
    let output_path = dir.path().join("out.jsonl");
    let line = |id: &str| format!("{{\"id\": \"{id}\", \"text\": \"Russia backs the Syrian government.\"}}\n");
    std::fs::write(&input, format!("\u{feff}{}{}", line("a"), line("b"))).expect("write");
    ok(&db, &["extract", "--input", arg(&input), "--output", arg(&output_path)]);
    assert_eq!(std::fs::read_to_string(&output_path).expect("out").lines().count(), 2);

    let fresh = dir.path().join("fresh.jsonl");
    let mut bytes = format!("{}{}", line("a"), line("b")).into_bytes();
    bytes.extend_from_slice(b"{\"id\": \"c\", \"text\": \"caf\xe9\"}\n");
    std::fs::write(&input, bytes).expect("write");
    let output = standpoint(&db, &["extract", "--input", arg(&input), "--output", arg(&fresh)]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("line 3"), "{}", stderr(&output));
    assert!(!fresh.exists(), "no output for bad input");
    assert!(!db.exists(), "extract opens no workspace");
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
}

#[test]
fn two_processes_import_into_one_workspace_and_lose_nothing() {
    const EACH: usize = 250;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("shared.db");
    let folders: Vec<PathBuf> = ["a", "b"]
        .iter()
        .map(|name| {
            let folder = dir.path().join(name);
            std::fs::create_dir(&folder).expect("folder");
            for i in 0..EACH {
                let text = format!("{name} note {i}: Russia backs the Syrian government.");
                std::fs::write(folder.join(format!("{i}.txt")), text).expect("write");
            }
            folder
        })
        .collect();
    // Both start on a workspace that does not exist yet: creating it races too.
    let running: Vec<_> = folders
        .iter()
        .map(|folder| {
            Command::new(env!("CARGO_BIN_EXE_standpoint"))
                .arg("--db")
                .arg(&db)
                .arg("import")
                .arg(folder)
                .output_async()
        })
        .collect();
    for child in running {
        let output = child.wait_with_output().expect("wait");
        assert!(output.status.success(), "{}", stderr(&output));
    }
    let listed = ok(&db, &["articles"]);
    assert_eq!(listed.lines().count(), 1 + 2 * EACH);
}

/// `Command::output` without waiting: spawn with piped output.
trait OutputAsync {
    fn output_async(&mut self) -> std::process::Child;
}

impl OutputAsync for Command {
    fn output_async(&mut self) -> std::process::Child {
        self.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn")
    }
}

#[test]
fn a_db_argument_is_always_a_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let output = Command::new(env!("CARGO_BIN_EXE_standpoint"))
        .current_dir(dir.path())
        .args(["--db", "file:w.db?mode=ro", "articles"])
        .output()
        .expect("run");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(dir.path().join("file:w.db?mode=ro").is_file());
}

#[test]
fn a_damaged_workspace_says_so() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("w.db");
    let articles = jsonl(dir.path(), "a.jsonl", 200, |_| "2016-07-12".to_owned());
    ok(&db, &["import", arg(&articles)]);
    let mut bytes = std::fs::read(&db).expect("read");
    for byte in bytes.iter_mut().skip(4096) {
        *byte = b'x';
    }
    std::fs::write(&db, bytes).expect("overwrite");
    let output = standpoint(&db, &["articles"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("the workspace is damaged"),
        "{}",
        stderr(&output)
    );
}
