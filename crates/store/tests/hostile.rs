//! Hostile input at the store's edge: stored text holding the characters
//! search used to mark highlights with, huge articles and long queries,
//! impossible date bounds, and a workspace
//! whose bytes were overwritten.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use standpoint_core::import::ImportOptions;
use standpoint_store::{AssessmentFilter, Store, MAX_QUERY_WORDS};

fn store_with(dir: &Path, texts: &[(&str, &str)]) -> Store {
    let mut store = Store::open(dir.join("w.standpoint")).expect("open");
    let paths: Vec<PathBuf> = texts
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).expect("write");
            path
        })
        .collect();
    let report = store
        .import_paths(&paths, &ImportOptions::default(), &mut |_| {}, &AtomicBool::new(false))
        .expect("import");
    assert_eq!(report.imported, texts.len(), "{report:?}");
    store
}

/// Overwrites every `from` in the file with `to` (same length), as a disk
/// fault would: the SQLite structure stays, the values do not.
fn overwrite_in_place(path: &Path, from: &[u8], to: &[u8]) {
    assert_eq!(from.len(), to.len());
    let mut bytes = std::fs::read(path).expect("read");
    let mut hits = 0;
    for i in 0..bytes.len().saturating_sub(from.len()) {
        if &bytes[i..i + from.len()] == from {
            bytes[i..i + from.len()].copy_from_slice(to);
            hits += 1;
        }
    }
    assert!(hits >= 1, "nothing to overwrite");
    std::fs::write(path, &bytes).expect("overwrite");
}

fn highlighted(store: &Store, query: &str) -> Vec<String> {
    let hits = store.search(query, 10).expect("search");
    assert_eq!(hits.len(), 1, "{query}");
    let snippet = &hits[0].snippet;
    snippet
        .highlights
        .iter()
        .map(|span| span.slice(&snippet.text).expect("on the text").to_owned())
        .collect()
}

#[test]
fn marker_characters_in_the_text_do_not_bend_highlights() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A text file with control characters reads as binary; JSON carries them.
    let text = "Alpha \u{2}beta\u{3} gamma: Russia backs \u{3}the deal\u{2} firmly.";
    let record = serde_json::json!({ "title": "Markers", "text": text }).to_string();
    let store = store_with(dir.path(), &[("a.json", &record)]);
    assert_eq!(highlighted(&store, "russia"), ["Russia"]);
    assert_eq!(highlighted(&store, "deal"), ["deal"]);
    let hits = store.search("beta", 10).expect("search");
    assert!(hits[0].snippet.text.contains("\u{2}beta\u{3}"), "text kept as stored");
}

#[test]
fn a_big_article_gets_a_short_snippet_around_its_match() {
    let dir = tempfile::tempdir().expect("tempdir");
    let filler = "The committee met again and talked at length about procedure. ".repeat(40_000);
    let text = format!("{filler}Then the Kremlin spoke. {filler}");
    let store = store_with(dir.path(), &[("big.txt", &text)]);
    let hits = store.search("kremlin", 10).expect("search");
    let snippet = &hits[0].snippet;
    assert!(snippet.text.len() < 400, "{} bytes", snippet.text.len());
    assert_eq!(highlighted(&store, "kremlin"), ["Kremlin"]);
    // A match only in the title shows the title.
    let store = store_with(
        tempfile::tempdir().expect("tempdir").path(),
        &[("t.html", "<title>Zanzibar talks</title><p>Nothing here.</p>")],
    );
    assert_eq!(highlighted(&store, "zanzibar"), ["Zanzibar"]);
}

#[test]
fn a_query_of_too_many_words_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = store_with(dir.path(), &[("a.txt", "Russia backs the deal.")]);
    let many: Vec<String> = (0..800).map(|i| format!("word{i}")).collect();
    let error = store.search(&many.join(" "), 10).expect_err("800 words");
    assert_eq!(error.code(), "invalid");
    assert!(error.to_string().contains("at most 32 words"), "{error}");
    let chained = vec!["a"; 3 * MAX_QUERY_WORDS].join("-");
    assert!(store.search(&chained, 10).is_err(), "one word of 96 tokens");
    let enough = vec!["russia"; MAX_QUERY_WORDS].join(" ");
    assert_eq!(store.search(&enough, 10).expect("32 words").len(), 1);
}

#[test]
fn impossible_date_bounds_are_errors_not_empty_results() {
    let store = Store::open_in_memory().expect("open");
    for bad in ["x", "2020-13-45", "2020-02-30", "2020-1-5", "20200105"] {
        let filter = AssessmentFilter {
            published_from: Some(bad.to_owned()),
            ..AssessmentFilter::default()
        };
        let error = store.assessments(&filter).expect_err(bad);
        assert_eq!(error.code(), "invalid", "{bad}");
        assert!(error.to_string().contains("YYYY-MM-DD"), "{error}");
    }
    let fine = AssessmentFilter {
        published_from: Some("2020-02-29".to_owned()),
        published_to: Some("2020-12-31".to_owned()),
        ..AssessmentFilter::default()
    };
    assert!(store.assessments(&fine).expect("leap day").is_empty());
}

#[test]
fn a_workspace_with_overwritten_bytes_is_reported_as_damaged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let texts: Vec<(String, String)> = (0..200)
        .map(|i| {
            (
                format!("{i}.txt"),
                format!("Article {i}: Russia backs the Syrian government."),
            )
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
    let path = {
        let store = store_with(dir.path(), &borrowed);
        store.path().expect("a file").to_owned()
    };
    // Past the header page, every byte overwritten: schema and rows alike.
    let mut bytes = std::fs::read(&path).expect("read");
    for byte in bytes.iter_mut().skip(4096) {
        *byte = b'x';
    }
    std::fs::write(&path, &bytes).expect("overwrite");
    let error = Store::open(&path)
        .and_then(|store| store.articles().map(|_| store))
        .err()
        .expect("damage noticed");
    assert_eq!(error.code(), "damaged", "{error}");
    assert!(error.to_string().contains("damaged"), "{error}");
}

#[test]
fn a_value_overwritten_inside_a_row_is_reported_as_damage_not_a_conversion_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = {
        let store = store_with(dir.path(), &[("a.md", "Russia backs the Syrian government.")]);
        store.path().expect("a file").to_owned()
    };
    // The format column holds "markdown"; bytes overwritten in place make it
    // a value no Standpoint writes.
    overwrite_in_place(&path, b"markdown", b"zzzzzzzz");
    let store = Store::open(&path).expect("the schema is intact");
    let error = store.articles().expect_err("the row is not");
    assert_eq!(error.code(), "damaged", "{error}");
    assert!(!error.to_string().contains("Conversion error"), "{error}");
}

#[test]
fn a_damaged_polarity_fails_the_lean_read_as_damage_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = {
        let mut store = store_with(
            dir.path(),
            &[("a.md", "Russia rejects the deal. Turkey rejects the plan.")],
        );
        let ids = store.article_ids().expect("ids");
        let extractor = standpoint_core::extract::RuleExtractor::rules_only();
        store
            .analyse(&ids, &extractor, &mut |_| {}, &AtomicBool::new(false))
            .expect("analyse");
        let lean = store.lean_assessments(&AssessmentFilter::default()).expect("lean read");
        assert!(!lean.is_empty(), "the extractor found the stances");
        store.path().expect("a file").to_owned()
    };
    overwrite_in_place(&path, b"oppose", b"zzzzzz");
    let store = Store::open(&path).expect("the schema is intact");
    let error = store
        .lean_assessments(&AssessmentFilter::default())
        .expect_err("the rows are not");
    assert_eq!(error.code(), "damaged", "{error}");
    assert!(error.to_string().contains("zzzzzz"), "{error}");
}
