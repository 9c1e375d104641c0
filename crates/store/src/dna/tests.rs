//! Tests of the DNA import against DNA's own sample database (a copy lives
//! in tests/data/dna/sample.dna) and against files that are not DNA 3.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use standpoint_core::model::{Origin, Polarity, ReviewState};
use standpoint_core::network::{self, Level, OneModeOptions, TwoModeOptions};

use super::offsets::normalise;
use super::*;
use crate::AssessmentFilter;

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/dna/sample.dna")
}

/// The statement's text as DNA shows it: a Java substring (UTF-16 indexes)
/// of the raw document text, read straight from the file.
fn dna_substring(conn: &Connection, statement_id: i64) -> String {
    let (text, start, stop): (String, usize, usize) = conn
        .query_row(
            "SELECT d.Text, s.Start, s.Stop FROM STATEMENTS s JOIN DOCUMENTS d ON d.ID = s.DocumentId WHERE s.ID = ?1",
            [statement_id],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .expect("statement row");
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..stop]).expect("whole characters")
}

#[test]
fn reads_the_sample_documents_code_book_and_statements() {
    let database = read_dna(&sample_path()).expect("sample reads");
    assert_eq!(database.version, "3.0.7");
    assert_eq!(database.documents.len(), 7);
    assert_eq!(database.statements.len(), 40);
    assert_eq!(database.other_statements, 1, "the one annotation is left out");
    assert!(database.skipped.is_empty());
    assert_eq!(
        (
            database.persons.len(),
            database.organisations.len(),
            database.concepts.len()
        ),
        (7, 7, 6)
    );
    let bluestein = &database.persons[0];
    assert_eq!(
        (bluestein.name.as_str(), bluestein.colour.as_deref()),
        ("Joel Bluestein", Some("#ff9900"))
    );
    assert_eq!(database.organisations[1].name, "Senate");
    assert_eq!(
        database.organisations[1].colour, None,
        "DNA's default black is no colour"
    );
    let first = &database.documents[0];
    assert_eq!(first.title, "109-876: Bluestein, Joel-BUS-Y");
    assert_eq!(first.author.as_deref(), Some("Bluestein, Joel"));
    assert_eq!(first.source.as_deref(), Some("109"));
    assert_eq!(first.published.as_deref(), Some("2005-01-26"));
    let statement = &database.statements[0];
    assert_eq!(statement.person.as_deref(), Some("Joel Bluestein"));
    assert_eq!(
        statement.organisation.as_deref(),
        Some("Energy and Environmental Analysis, Inc.")
    );
    assert_eq!(
        statement.concept.as_deref(),
        Some("CO2 legislation will not hurt the economy.")
    );
    assert_eq!(statement.agreement, Some(false));
    assert_eq!(statement.coder, "Coder 1");
    assert_eq!(
        database.statements.iter().filter(|s| s.agreement == Some(true)).count(),
        29
    );
}

#[test]
fn statement_spans_land_on_the_same_characters_as_in_dna() {
    let database = read_dna(&sample_path()).expect("sample reads");
    let conn = Connection::open(sample_path()).expect("open sample");
    for statement in &database.statements {
        let document = database
            .documents
            .iter()
            .find(|d| d.id == statement.document_id)
            .expect("document");
        let ours = statement
            .span
            .slice(&document.text)
            .expect("span on character boundaries");
        assert_eq!(ours, dna_substring(&conn, statement.id), "statement {}", statement.id);
    }
    // Document 1 has bullets ("•", 1 UTF-16 unit, 3 UTF-8 bytes) before its
    // statements, so byte offsets really differ from DNA's: statement 1 is
    // at character 6351 but byte 6361.
    assert_eq!(database.statements[0].span.start, 6361);
    assert!(database.statements[0]
        .span
        .slice(&database.documents[0].text)
        .is_some_and(|t| t.starts_with("At the gas")));
}

#[test]
fn offsets_survive_line_endings_and_characters_outside_the_bmp() {
    let original = "a\r\nb🙂c\rd";
    let (text, mapped) = normalise(original);
    assert_eq!(text, "a\nb🙂c\nd");
    // UTF-16: a=0 \r=1 \n=2 b=3 🙂=4,5 c=6 \r=7 d=8, end=9.
    let slice = |start: usize, stop: usize| {
        let (s, e) = (
            mapped.byte_offset(start).expect("start"),
            mapped.byte_offset(stop).expect("stop"),
        );
        text[s..e].to_owned()
    };
    assert_eq!(slice(3, 7), "b🙂c");
    assert_eq!(slice(6, 9), "c\nd");
    assert_eq!(slice(1, 3), "\n");
    assert_eq!(mapped.utf16_len(), 9);
    assert_eq!(mapped.byte_offset(10), None);
}

#[test]
fn a_person_belongs_to_the_organisation_coded_with_them_most_often() {
    let statement = |id: i64, person: &str, organisation: Option<&str>| DnaStatement {
        id,
        document_id: 1,
        coder: "Coder 1".into(),
        span: standpoint_core::model::Span::new(0, 1),
        person: Some(person.into()),
        organisation: organisation.map(str::to_owned),
        concept: Some("c".into()),
        agreement: Some(true),
    };
    let statements = [
        statement(1, "Ann", Some("Senate")),
        statement(2, "Ann", Some("EPA")),
        statement(3, "Ann", Some("EPA")),
        statement(4, "Bob", Some("Sierra Club")),
        statement(5, "Bob", Some("NGO")),
        statement(6, "Cy", None),
    ];
    let usual = super::write::usual_organisations(&statements);
    // Ann: EPA twice beats the Senate once; Bob: a tie goes to the first seen; Cy: none.
    assert_eq!(usual, vec![("Ann", "EPA"), ("Bob", "Sierra Club")]);
}

#[test]
fn imports_the_sample_as_accepted_assessments_once() {
    let mut store = Store::open_in_memory().expect("store");
    let report = store.import_dna(&sample_path()).expect("import");
    assert_eq!(report.documents.len(), 7);
    assert!(report
        .documents
        .iter()
        .all(|d| matches!(d.outcome, crate::ImportOutcome::Imported { .. })));
    assert_eq!((report.assessments_added, report.assessments_present), (40, 0));
    assert_eq!((report.actors, report.issues), (14, 6));

    let assessments = store.assessments(&AssessmentFilter::default()).expect("assessments");
    assert_eq!(assessments.len(), 40);
    assert!(assessments
        .iter()
        .all(|a| a.review == ReviewState::Accepted && a.confidence == 1.0));
    assert!(assessments.iter().all(|a| a.origin
        == Origin::DnaImport {
            coder: "Coder 1".into()
        }));
    assert_eq!(
        assessments.iter().filter(|a| a.polarity == Polarity::Support).count(),
        29
    );
    let whitman = assessments
        .iter()
        .find(|a| a.holder.name == "Christine Todd Whitman")
        .expect("Whitman");
    assert_eq!(
        whitman.holder.affiliation.as_ref().map(|(_, n)| n.as_str()),
        Some("Environmental Protection Agency")
    );
    assert_eq!(whitman.published.as_deref(), Some("2005-02-02"));
    let actors = store.actors().expect("actors");
    let sierra = actors.iter().find(|a| a.name == "Sierra Club").expect("Sierra Club");
    assert_eq!(sierra.colour.as_deref(), Some("#00cc00"));
    for assessment in &assessments {
        let article = store.article(assessment.article_id).expect("article");
        assert_eq!(
            assessment.evidence.slice(&article.text),
            Some(assessment.evidence_text.as_str())
        );
    }

    // DNA's published figures, now from the workspace.
    let two = network::two_mode(
        &assessments,
        TwoModeOptions {
            level: Level::Affiliation,
            ..Default::default()
        },
    );
    assert_eq!((two.rows.len(), two.columns.len(), two.total()), (7, 6, 40.0));
    let one = network::one_mode(
        &assessments,
        OneModeOptions {
            level: Level::Affiliation,
            ..Default::default()
        },
    );
    assert_eq!((one.rows.len(), one.total()), (7, 276.0));

    let again = store.import_dna(&sample_path()).expect("second import");
    assert!(again
        .documents
        .iter()
        .all(|d| matches!(d.outcome, crate::ImportOutcome::Duplicate { .. })));
    assert_eq!((again.assessments_added, again.assessments_present), (0, 40));
    assert_eq!(
        store
            .assessments(&AssessmentFilter::default())
            .expect("assessments")
            .len(),
        40
    );
}

#[test]
fn import_paths_takes_dna_files_like_any_other() {
    let mut store = Store::open_in_memory().expect("store");
    let report = store
        .import_paths(&[sample_path()], &Default::default(), &mut |_| {}, &Default::default())
        .expect("import");
    assert_eq!((report.imported, report.failed), (7, 0));
    assert_eq!(report.items[0].name, "sample.dna:1");
}

fn scratch_file(dir: &tempfile::TempDir, name: &str) -> PathBuf {
    dir.path().join(name)
}

#[test]
fn other_files_get_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");

    let text = scratch_file(&dir, "notes.dna");
    std::fs::write(
        &text,
        "this is plain text, not a database at all, and it is long enough",
    )
    .expect("write");
    let error = read_dna(&text).expect_err("text is not DNA");
    assert!(matches!(error, DnaError::NotDna(_)), "{error}");
    assert!(error.to_string().starts_with("not a DNA database"));

    let other = scratch_file(&dir, "other.dna");
    Connection::open(&other)
        .and_then(|c| c.execute_batch("CREATE TABLE t(x);"))
        .expect("sqlite");
    assert!(matches!(read_dna(&other), Err(DnaError::NotDna(_))));

    let old = scratch_file(&dir, "old.dna");
    Connection::open(&old)
        .and_then(|c| {
            c.execute_batch(
                "CREATE TABLE SETTINGS(Property TEXT PRIMARY KEY, Value TEXT);
                 INSERT INTO SETTINGS VALUES ('version', '2.0 beta 29');
                 CREATE TABLE DOCUMENTS(ID INTEGER PRIMARY KEY, Text TEXT);
                 CREATE TABLE STATEMENTS(ID INTEGER PRIMARY KEY);",
            )
        })
        .expect("sqlite");
    let error = read_dna(&old).expect_err("DNA 2 is refused");
    assert_eq!(
        error.to_string().split(':').next(),
        Some("DNA version 2.0 beta 29 is not supported")
    );
    assert_eq!(error.code(), "dna_version");

    let missing = scratch_file(&dir, "missing.dna");
    assert!(
        read_dna(&missing).is_err(),
        "a missing file is an error, not an empty import"
    );
}

#[test]
fn a_damaged_database_is_reported_as_damaged_and_stores_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let damaged = scratch_file(&dir, "damaged.dna");
    let mut bytes = std::fs::read(sample_path()).expect("sample bytes");
    // Overwrite the middle pages (document texts) with noise; the header stays valid.
    for (i, byte) in bytes.iter_mut().enumerate().skip(40_960).take(200_000) {
        *byte = (i * 7 % 251) as u8;
    }
    std::fs::write(&damaged, &bytes).expect("write");
    let error = read_dna(&damaged).expect_err("damage is noticed");
    assert!(matches!(error, DnaError::Damaged(_)), "{error}");
    assert!(error.to_string().starts_with("damaged file: "));

    let mut store = Store::open_in_memory().expect("store");
    let report = store
        .import_paths(&[damaged], &Default::default(), &mut |_| {}, &Default::default())
        .expect("the batch goes on");
    assert_eq!(report.failed, 1);
    assert!(matches!(&report.items[0].outcome, crate::ImportOutcome::Failed { code, .. } if code == "dna_damaged"));
    assert!(store.articles().expect("articles").is_empty());
}
