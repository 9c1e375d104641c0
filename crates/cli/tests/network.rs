//! End-to-end test of `standpoint import FILE.dna` and `standpoint network`:
//! DNA's sample database goes into a fresh workspace, and the networks
//! written as CSV carry DNA's published figures (7 × 6 with total 40;
//! 7 × 7 with total 276) and the hand-counted congruence/conflict totals.

use std::path::{Path, PathBuf};

mod common;
use common::standpoint;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/dna/sample.dna")
}

/// Reads a CSV matrix: (column labels, rows of (label, weights)).
fn read_matrix(path: &Path) -> (Vec<String>, Vec<(String, Vec<f64>)>) {
    let mut reader = csv::Reader::from_path(path).expect("CSV opens");
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .skip(1)
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|record| {
            let record = record.expect("record");
            let weights = record
                .iter()
                .skip(1)
                .map(|cell| cell.parse::<f64>().expect("a number"))
                .collect();
            (record[0].to_owned(), weights)
        })
        .collect();
    (header, rows)
}

fn total(rows: &[(String, Vec<f64>)]) -> f64 {
    rows.iter().flat_map(|(_, weights)| weights).sum()
}

#[test]
fn dna_sample_networks_match_dna_figures() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("workspace.standpoint");
    let sample = sample();
    let import = standpoint(&db, &["import", sample.to_str().expect("utf-8 path")]);
    assert!(
        import.status.success(),
        "import failed: {}",
        String::from_utf8_lossy(&import.stderr)
    );

    let run = |name: &str, args: &[&str]| {
        let output = dir.path().join(name);
        let mut all = vec![
            "network",
            "--level",
            "affiliation",
            "--output",
            output.to_str().expect("utf-8 path"),
        ];
        all.extend_from_slice(args);
        let result = standpoint(&db, &all);
        assert!(
            result.status.success(),
            "network {args:?} failed: {}",
            String::from_utf8_lossy(&result.stderr)
        );
        read_matrix(&output)
    };

    let (columns, rows) = run("two.csv", &["--mode", "two-mode"]);
    assert_eq!((rows.len(), columns.len(), total(&rows)), (7, 6, 40.0));

    let (columns, rows) = run("one.csv", &["--mode", "one-mode", "--qualifier", "ignore"]);
    assert_eq!((rows.len(), columns.len(), total(&rows)), (7, 7, 276.0));
    let labels: Vec<&str> = rows.iter().map(|(label, _)| label.as_str()).collect();
    assert_eq!(labels, columns, "one-mode rows and columns are the same organisations");

    for (qualifier, expected) in [("congruence", 160.0), ("conflict", 116.0), ("subtract", 44.0)] {
        let (_, rows) = run(
            &format!("{qualifier}.csv"),
            &["--mode", "one-mode", "--qualifier", qualifier],
        );
        assert_eq!(total(&rows), expected, "{qualifier}");
    }
    let (_, rows) = run(
        "dedup.csv",
        &[
            "--mode",
            "one-mode",
            "--qualifier",
            "congruence",
            "--duplicates",
            "document",
        ],
    );
    assert_eq!(total(&rows), 48.0);

    // One file per month: the sample's hearings fall in January (4 statements) and February 2005.
    let plain = dir.path().join("slice.csv");
    let sliced = standpoint(
        &db,
        &[
            "network",
            "--mode",
            "two-mode",
            "--slice",
            "month",
            "--output",
            plain.to_str().expect("path"),
        ],
    );
    assert!(sliced.status.success(), "{}", String::from_utf8_lossy(&sliced.stderr));
    assert!(!plain.exists(), "with --slice each file is named after its month");
    let (_, january) = read_matrix(&dir.path().join("slice-2005-01-01.csv"));
    let (_, february) = read_matrix(&dir.path().join("slice-2005-02-01.csv"));
    assert_eq!((total(&january), total(&february)), (4.0, 36.0));
}

#[test]
fn graphml_and_json_keep_the_assessments_behind_each_tie() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("workspace.standpoint");
    let sample = sample();
    assert!(standpoint(&db, &["import", sample.to_str().expect("utf-8 path")])
        .status
        .success());

    let graphml = dir.path().join("net.graphml");
    let result = standpoint(
        &db,
        &[
            "network",
            "--mode",
            "two-mode",
            "--output",
            graphml.to_str().expect("path"),
        ],
    );
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let xml = std::fs::read_to_string(&graphml).expect("graphml written");
    assert!(xml.contains("<graphml") && xml.contains("edgedefault=\"directed\""));
    assert_eq!(xml.matches("<node ").count(), 7 + 6);

    let json_path = dir.path().join("net.json");
    let result = standpoint(
        &db,
        &[
            "network",
            "--mode",
            "two-mode",
            "--output",
            json_path.to_str().expect("path"),
        ],
    );
    assert!(result.status.success());
    let graph: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json_path).expect("json")).expect("valid JSON");
    let edges = graph["edges"].as_array().expect("edges");
    let ids: usize = edges
        .iter()
        .map(|e| e["assessments"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(ids, 40, "every assessment is behind exactly one two-mode tie");
}

#[test]
fn bad_settings_and_non_dna_files_fail_with_a_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("workspace.standpoint");
    let out = dir.path().join("x.csv");
    let result = standpoint(
        &db,
        &[
            "network",
            "--mode",
            "two-mode",
            "--normalisation",
            "jaccard",
            "--output",
            out.to_str().expect("path"),
        ],
    );
    assert!(!result.status.success());
    assert!(String::from_utf8_lossy(&result.stderr).contains("one-mode networks only"));

    let result = standpoint(
        &db,
        &[
            "network",
            "--mode",
            "one-mode",
            "--qualifier",
            "agree",
            "--output",
            "x.csv",
        ],
    );
    assert!(!result.status.success());
    assert!(
        String::from_utf8_lossy(&result.stderr).contains("congruence"),
        "the choices are listed"
    );

    let fake = dir.path().join("fake.dna");
    std::fs::write(&fake, "not a database, just text that happens to end in .dna").expect("write");
    let result = standpoint(&db, &["import", fake.to_str().expect("path")]);
    let stdout = String::from_utf8_lossy(&result.stdout);
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(!result.status.success(), "a failed file makes a non-zero status");
    assert!(
        format!("{stdout}{stderr}").contains("not a DNA database"),
        "{stdout}{stderr}"
    );
}
