//! Cost per item at two sizes, to show it stays flat (issue 10, "Scale"):
//!
//! - `dna`: import of a synthetic DNA 3 database (20 statements a document,
//!   5,000 persons, 5,000 organisations, 100 concepts) of 100,000 and of
//!   1,000,000 statements: seconds, and seconds per 1,000 statements;
//! - `network`: after each DNA import, the one-mode network over all its
//!   assessments end to end as `standpoint network` runs it (read the
//!   assessments, build, write the CSV file);
//! - `text`: importing 2,000 text articles into an empty workspace and into
//!   one that already holds 30,000: milliseconds per article.
//!
//! `cargo bench -p standpoint-store --bench scale [-- dna|text]` (release).
//! `SCALE_DNA_STATEMENTS=100000,1000000` and `SCALE_TEXT_EXISTING=30000`
//! change the sizes. Prints figures; asserts nothing.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use rusqlite::{params, Connection};
use standpoint_core::import::ImportOptions;
use standpoint_core::network::{self, csv, NetworkSpec, OneModeOptions};
use standpoint_store::{AssessmentFilter, Store};

const PER_DOCUMENT: usize = 20;
const PERSONS: usize = 5_000;
const ORGANISATIONS: usize = 5_000;
const CONCEPTS: usize = 100;

fn sizes(variable: &str, default: &[usize]) -> Vec<usize> {
    std::env::var(variable)
        .ok()
        .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| default.to_vec())
}

/// One sentence of a synthetic document: ASCII, so UTF-16 and byte offsets agree.
fn sentence(document: usize, k: usize) -> String {
    format!("Speaker {k} of hearing {document} argued at length about the proposal before the committee. ")
}

/// A DNA 3 database of `statements` statements, built from the sample's schema.
fn dna_file(dir: &Path, statements: usize) -> PathBuf {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/dna/sample.dna");
    let path = dir.join(format!("synthetic-{statements}.dna"));
    std::fs::copy(sample, &path).expect("copy the sample");
    let mut conn = Connection::open(&path).expect("open");
    let tx = conn.transaction().expect("tx");
    tx.execute_batch(
        "DELETE FROM DATASHORTTEXT; DELETE FROM DATABOOLEAN; DELETE FROM DATALONGTEXT; DELETE FROM DATAINTEGER;
         DELETE FROM STATEMENTS; DELETE FROM DOCUMENTS; DELETE FROM ATTRIBUTEVALUES; DELETE FROM ENTITIES;",
    )
    .expect("empty");
    let mut entity = tx
        .prepare("INSERT INTO ENTITIES (ID, VariableId, Value, Red, Green, Blue) VALUES (?1, ?2, ?3, 0, 0, 0)")
        .expect("prepare");
    let mut next_entity = 1;
    let mut add = |variable: i64, name: String| {
        entity.execute(params![next_entity, variable, name]).expect("entity");
        next_entity += 1;
        next_entity - 1
    };
    let persons: Vec<i64> = (0..PERSONS).map(|i| add(1, format!("Person {i}"))).collect();
    let organisations: Vec<i64> = (0..ORGANISATIONS)
        .map(|i| add(2, format!("Organisation {i}")))
        .collect();
    let concepts: Vec<i64> = (0..CONCEPTS).map(|i| add(3, format!("Concept {i}"))).collect();
    drop(entity);
    let documents = statements.div_ceil(PER_DOCUMENT);
    {
        let mut document = tx
            .prepare(
                "INSERT INTO DOCUMENTS (ID, Title, Text, Coder, Author, Source, Section, Notes, Type, Date)
                 VALUES (?1, ?2, ?3, 1, '', 'synthetic', '', '', '', ?4)",
            )
            .expect("prepare");
        let mut statement = tx
            .prepare("INSERT INTO STATEMENTS (ID, StatementTypeId, DocumentId, Start, Stop, Coder) VALUES (?1, 1, ?2, ?3, ?4, 2)")
            .expect("prepare");
        let mut short = tx
            .prepare("INSERT INTO DATASHORTTEXT (StatementId, VariableId, Entity) VALUES (?1, ?2, ?3)")
            .expect("prepare");
        let mut boolean = tx
            .prepare("INSERT INTO DATABOOLEAN (StatementId, VariableId, Value) VALUES (?1, 4, ?2)")
            .expect("prepare");
        let mut id = 0usize;
        for d in 0..documents {
            let sentences: Vec<String> = (0..PER_DOCUMENT).map(|k| sentence(d, k)).collect();
            let text = sentences.concat();
            // One day per document from 2000 on, as seconds since 1970.
            let date = 946_684_800 + (d as i64 % 7_000) * 86_400;
            document
                .execute(params![d as i64 + 1, format!("Hearing {d}"), text, date])
                .expect("document");
            let mut start = 0;
            for (k, line) in sentences.iter().enumerate() {
                if id == statements {
                    break;
                }
                id += 1;
                let end = start + line.len() - 1;
                statement
                    .execute(params![id as i64, d as i64 + 1, start as i64, end as i64])
                    .expect("statement");
                let h = d.wrapping_mul(31).wrapping_add(k * 7);
                short
                    .execute(params![id as i64, 1, persons[h % PERSONS]])
                    .expect("person");
                short
                    .execute(params![id as i64, 2, organisations[(h / 3) % ORGANISATIONS]])
                    .expect("organisation");
                short
                    .execute(params![id as i64, 3, concepts[(d + k * 13) % CONCEPTS]])
                    .expect("concept");
                boolean
                    .execute(params![id as i64, ((h + k) % 3 != 0) as i64])
                    .expect("agreement");
                start += line.len();
            }
        }
    }
    tx.commit().expect("commit");
    path
}

fn dna(dir: &Path) {
    let mut per_thousand = Vec::new();
    for statements in sizes("SCALE_DNA_STATEMENTS", &[100_000, 1_000_000]) {
        let started = Instant::now();
        let file = dna_file(dir, statements);
        let built = started.elapsed().as_secs_f64();
        let workspace = dir.join(format!("dna-{statements}.standpoint"));
        let mut store = Store::open(&workspace).expect("workspace");
        let started = Instant::now();
        let report = store.import_dna(&file).expect("import");
        let seconds = started.elapsed().as_secs_f64();
        let thousand = seconds / (statements as f64 / 1_000.0);
        per_thousand.push(thousand);
        println!(
            "  dna import   {statements:>9} statements: {seconds:>7.1} s, {thousand:.4} s per 1k \
             ({} added, {} documents; generating the file took {built:.1} s)",
            report.assessments_added,
            report.documents.len()
        );
        drop(store);

        // `standpoint network --mode one-mode --output net.csv`, minus process start.
        let started = Instant::now();
        let store = Store::open(&workspace).expect("workspace");
        let assessments = store.assessments(&AssessmentFilter::default()).expect("assessments");
        let read = started.elapsed().as_secs_f64();
        let network = network::build(&assessments, NetworkSpec::OneMode(OneModeOptions::default()));
        let built = started.elapsed().as_secs_f64() - read;
        let output = dir.join("net.csv");
        store
            .write_output(&output, &[], |out| csv::write_matrix_csv(&network, out))
            .expect("write");
        let total = started.elapsed().as_secs_f64();
        println!(
            "  network      {:>9} assessments: {total:>7.2} s end to end (read {read:.2} s, build {built:.2} s, \
             write {:.2} s; {} × {} nodes, {} ties)",
            assessments.len(),
            total - read - built,
            network.rows.len(),
            network.columns.len(),
            network.edges.len()
        );
        std::fs::remove_file(&file).ok();
        drop(store);
        std::fs::remove_file(&workspace).ok();
    }
    if let [first, .., last] = per_thousand[..] {
        println!(
            "  dna import cost per 1k statements, largest / smallest: {:.2}×",
            last / first
        );
    }
}

/// `count` distinct text articles in a new folder.
fn text_folder(dir: &Path, name: &str, count: usize) -> PathBuf {
    let folder = dir.join(name);
    std::fs::create_dir_all(&folder).expect("folder");
    for i in 0..count {
        let mut text = format!("{name} report {i}\n\n");
        for k in 0..12 {
            text.push_str(&sentence(i, k));
        }
        std::fs::write(folder.join(format!("{i:06}.txt")), text).expect("write");
    }
    folder
}

fn import_per_article(store: &mut Store, folder: &Path) -> f64 {
    let started = Instant::now();
    let report = store
        .import_paths(
            &[folder.to_owned()],
            &ImportOptions::default(),
            &mut |_| {},
            &AtomicBool::new(false),
        )
        .expect("import");
    assert_eq!(report.failed, 0);
    started.elapsed().as_secs_f64() * 1000.0 / report.imported.max(1) as f64
}

fn text(dir: &Path) {
    const MEASURED: usize = 2_000;
    let existing = sizes("SCALE_TEXT_EXISTING", &[30_000])[0];
    let mut empty = Store::open(dir.join("empty.standpoint")).expect("workspace");
    let fresh = import_per_article(&mut empty, &text_folder(dir, "measured-empty", MEASURED));
    let mut full = Store::open(dir.join("full.standpoint")).expect("workspace");
    let fill = import_per_article(&mut full, &text_folder(dir, "existing", existing));
    let loaded = import_per_article(&mut full, &text_folder(dir, "measured-full", MEASURED));
    println!("  text import  {MEASURED} articles into an empty workspace: {fresh:.3} ms per article");
    println!("  text import  {MEASURED} articles into one of {existing}: {loaded:.3} ms per article ({:.2}×; filling it: {fill:.3} ms per article)", loaded / fresh);
}

fn main() {
    let only: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let dir = tempfile::tempdir().expect("a temporary folder");
    println!("scale benchmark (release build, one thread)");
    if only.as_deref().is_none_or(|o| o == "dna") {
        dna(dir.path());
    }
    if only.as_deref().is_none_or(|o| o == "text") {
        text(dir.path());
    }
}
