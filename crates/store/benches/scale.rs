//! Cost per item at two sizes, to show it stays flat (issue 10, "Scale"):
//!
//! - `dna`: import of a synthetic DNA 3 database (20 statements a document,
//!   5,000 persons, 5,000 organisations, 100 concepts) of 100,000 and of
//!   1,000,000 statements: seconds, and seconds per 1,000 statements;
//! - `network`: after each DNA import, the one-mode network over all its
//!   assessments end to end as `standpoint network` runs it (read the
//!   assessments, build, write the CSV file);
//! - `text`: importing 2,000 text articles, 100 at a time, into an empty
//!   workspace and into one that already holds 10,000, then 30,000, in
//!   interleaved rounds so that the machine's load falls on both alike:
//!   milliseconds per article, wall and CPU.
//!
//! - `open`: what the desktop app asks the store for when it opens a
//!   workspace of 10,000 and of 30,000 dated articles (three stances each
//!   among 200 actors), each open in a process of its own as the app is:
//!   time until the matrix is ready to draw, time until everything the
//!   first screen asks for is (with the matrix's shift badges), the JSON
//!   that crosses IPC, and peak memory; then the same with the calls the
//!   app made before (the full article list, the full read behind the
//!   matrix and behind the shifts) for comparison.
//!
//! `cargo bench -p standpoint-store --bench scale [-- dna|text|open]` (release).
//! `SCALE_DNA_STATEMENTS=100000,1000000`, `SCALE_TEXT_EXISTING=10000,30000`
//! and `SCALE_OPEN_ARTICLES=10000,30000` change the sizes. Prints figures;
//! asserts nothing.

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use rusqlite::{params, Connection};
use standpoint_core::import::ImportOptions;
use standpoint_core::matrix::{Grouping, Layout, Matrix, Order};
use standpoint_core::network::{self, csv, NetworkSpec, OneModeOptions};
use standpoint_core::shifts::{shifts, ShiftSpec};
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

        // `standpoint network --mode one-mode --output net.csv`, minus process start:
        // the lean read (what the command reads), build, write.
        let started = Instant::now();
        let store = Store::open(&workspace).expect("workspace");
        let assessments = store
            .lean_assessments(&AssessmentFilter::default())
            .expect("assessments");
        let read = started.elapsed().as_secs_f64();
        let network = network::build_uncoloured(&assessments, NetworkSpec::OneMode(OneModeOptions::default()));
        let built = started.elapsed().as_secs_f64() - read;
        let output = dir.join("net.csv");
        store
            .write_output(&output, &[], |out| csv::write_matrix_csv(&network, out))
            .expect("write");
        let total = started.elapsed().as_secs_f64();
        let count = assessments.len();
        drop(assessments);
        // The full read it replaced, in the same conditions, for comparison.
        let started = Instant::now();
        let full = store
            .assessments(&AssessmentFilter::default())
            .expect("assessments")
            .len();
        let full_read = started.elapsed().as_secs_f64();
        assert_eq!(full, count);
        println!(
            "  network      {count:>9} assessments: {total:>7.2} s end to end (lean read {read:.2} s, build {built:.2} s, \
             write {:.2} s; {} × {} nodes, {} ties; the full read takes {full_read:.2} s)",
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

/// The CPU seconds this process (all its threads, user and system) has used.
fn process_cpu_seconds() -> f64 {
    // SAFETY: getrusage only writes the struct it is given.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Imports `folder`; returns the wall and CPU seconds it took and the articles imported.
fn import_folder(store: &mut Store, folder: &Path) -> (f64, f64, usize) {
    let started = Instant::now();
    let cpu = process_cpu_seconds();
    let report = store
        .import_paths(
            &[folder.to_owned()],
            &ImportOptions::default(),
            &mut |_| {},
            &AtomicBool::new(false),
        )
        .expect("import");
    assert_eq!(report.failed, 0);
    (
        started.elapsed().as_secs_f64(),
        process_cpu_seconds() - cpu,
        report.imported,
    )
}

/// `count` text articles in `batches` folders of equal size, numbered apart from other folders'.
fn text_batches(dir: &Path, name: &str, count: usize, batches: usize) -> Vec<PathBuf> {
    (0..batches)
        .map(|b| text_folder(dir, &format!("{name}-{b:02}"), count / batches))
        .collect()
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn text(dir: &Path) {
    // Interleaved, to beat the noise of a shared machine: a batch into the
    // empty workspace, the same-sized batch into the full one (or the other
    // way round: it alternates), and again;
    // the figure is the median of the rounds' ratios (wall time), with the
    // ratio of CPU time (all threads) beside it, which the load touches less.
    const MEASURED: usize = 2_000;
    const ROUNDS: usize = 20;
    for existing in sizes("SCALE_TEXT_EXISTING", &[10_000, 30_000]) {
        let tag = format!("{existing}");
        let mut empty = Store::open(dir.join(format!("empty-{tag}.standpoint"))).expect("workspace");
        let mut full = Store::open(dir.join(format!("full-{tag}.standpoint"))).expect("workspace");
        let (fill, _, filled) = import_folder(&mut full, &text_folder(dir, &format!("existing-{tag}"), existing));
        let into_empty = text_batches(dir, &format!("measured-empty-{tag}"), MEASURED, ROUNDS);
        let into_full = text_batches(dir, &format!("measured-full-{tag}"), MEASURED, ROUNDS);
        let mut ratios = Vec::new();
        let (mut fresh, mut loaded) = ([0.0; 2], [0.0; 2]);
        for (round, (e, f)) in into_empty.iter().zip(&into_full).enumerate() {
            // Which goes first alternates, so that neither always follows the other.
            let ((wall_e, cpu_e, count_e), (wall_f, cpu_f, count_f)) = if round % 2 == 0 {
                let e = import_folder(&mut empty, e);
                (e, import_folder(&mut full, f))
            } else {
                let f = import_folder(&mut full, f);
                (import_folder(&mut empty, e), f)
            };
            ratios.push((wall_f / count_f as f64) / (wall_e / count_e as f64));
            fresh = [fresh[0] + wall_e, fresh[1] + cpu_e];
            loaded = [loaded[0] + wall_f, loaded[1] + cpu_f];
        }
        let per = |seconds: f64| seconds * 1000.0 / MEASURED as f64;
        println!(
            "  text import  {MEASURED} articles in {ROUNDS} interleaved rounds: {:.3} ms per article into an empty \
             workspace, {:.3} ms into one of {existing}: {:.2}× (median of the rounds; CPU {:.3} vs {:.3} ms: {:.2}×; \
             filling it: {:.3} ms per article)",
            per(fresh[0]),
            per(loaded[0]),
            median(ratios),
            per(fresh[1]),
            per(loaded[1]),
            loaded[1] / fresh[1],
            fill * 1000.0 / filled as f64
        );
    }
}

/// The layout the app asks for at first: most active rows and columns first, no groups.
fn first_layout() -> Layout {
    Layout {
        rows: Order::Activity,
        cols: Order::Activity,
        group: Grouping::None,
        pinned: None,
    }
}

/// The JSON bytes of a reply, as it crosses IPC.
fn ipc<T: serde::Serialize>(reply: &T) -> usize {
    serde_json::to_vec(reply).expect("serialise").len()
}

/// One open of `workspace`, in this (child) process: the store calls the app
/// makes at open, in the order its first screen needs them. `before`: the
/// calls it made before (every article, the full read behind the matrix and
/// the shifts).
/// Prints "matrix_ms total_ms ipc_bytes peak_mb".
fn open_child(workspace: &Path, before: bool) {
    let detail = std::env::var_os("SCALE_OPEN_DETAIL").is_some();
    let started = Instant::now();
    let mut last = Instant::now();
    let mut step = |what: &str, bytes: usize| {
        if detail {
            eprintln!(
                "      {what:<10} {:>6.0} ms {:>9} bytes",
                last.elapsed().as_secs_f64() * 1000.0,
                bytes
            );
        }
        last = Instant::now();
        bytes
    };
    let store = Store::open(workspace).expect("workspace");
    if !before {
        // As the app's workbench connection (src-tauri/workspace.rs).
        store.set_page_cache_mb(16).expect("page cache");
    }
    let mut bytes = 0;
    // workspace.rs `current`: the name and article count.
    bytes += if before {
        store.article_ids().expect("ids").len()
    } else {
        store.article_count().expect("count")
    }
    .to_string()
    .len();
    bytes += step("history", ipc(&store.history_state().expect("history")));
    // The matrix the first screen draws.
    let filter = AssessmentFilter::default();
    let matrix = if before {
        Matrix::build(&store.assessments(&filter).expect("assessments")).laid_out(&first_layout(), &[])
    } else {
        store.matrix(&filter, &first_layout()).expect("matrix")
    };
    bytes += step("matrix", ipc(&matrix));
    drop(matrix);
    let matrix_ms = started.elapsed().as_secs_f64() * 1000.0;
    // Then the actors, issues, library and sources, and the matrix's shift badges.
    bytes += step("actors", ipc(&store.actors().expect("actors")));
    bytes += step("issues", ipc(&store.issues().expect("issues")));
    if before {
        bytes += step("articles", ipc(&store.articles().expect("articles")));
    } else {
        bytes += step("articles", ipc(&store.articles_page(None, 200).expect("articles")));
        bytes += step("sources", ipc(&store.sources().expect("sources")));
    }
    let found = if before {
        shifts(&store.assessments(&filter).expect("assessments"), &ShiftSpec::default())
    } else {
        store.shifts(&filter, &ShiftSpec::default()).expect("shifts")
    };
    bytes += step("shifts", ipc(&found));
    let total_ms = started.elapsed().as_secs_f64() * 1000.0;
    println!(
        "{matrix_ms:.1} {total_ms:.1} {bytes} {:.1}",
        common::peak_rss_mb().unwrap_or(f64::NAN)
    );
}

/// Runs [`open_child`] in a new process and reads its figures.
fn open_once(workspace: &Path, before: bool) -> Vec<f64> {
    let output = std::process::Command::new(std::env::current_exe().expect("this bench"))
        .arg("open-child")
        .arg(workspace)
        .arg(if before { "before" } else { "now" })
        .stderr(std::process::Stdio::inherit())
        .output()
        .expect("run the open");
    assert!(output.status.success(), "the open failed");
    String::from_utf8_lossy(&output.stdout)
        .split_whitespace()
        .filter_map(|field| field.parse().ok())
        .collect()
}

fn open(dir: &Path) {
    for count in sizes("SCALE_OPEN_ARTICLES", &[10_000, 30_000]) {
        let file = dir.join(format!("open-{count}.jsonl"));
        common::dated_articles(&file, count);
        let workspace = dir.join(format!("open-{count}.standpoint"));
        let mut store = Store::open(&workspace).expect("workspace");
        let started = Instant::now();
        store
            .import_paths(&[file], &ImportOptions::default(), &mut |_| {}, &AtomicBool::new(false))
            .expect("import");
        let ids = store.article_ids().expect("ids");
        let analysed = store
            .analyse(&ids, &common::Drifting, &mut |_| {}, &AtomicBool::new(false))
            .expect("analyse");
        drop(store);
        println!(
            "  open         {count} articles, {} assessments (made in {:.0} s); the median of 3 opens each:",
            analysed.suggestions(),
            started.elapsed().as_secs_f64()
        );
        // Interleaved, now and before, three times; the median of each.
        let mut runs: [Vec<Vec<f64>>; 2] = [Vec::new(), Vec::new()];
        for _ in 0..3 {
            for (k, before) in [false, true].into_iter().enumerate() {
                runs[k].push(open_once(&workspace, before));
            }
        }
        for (k, label) in ["now   ", "before"].into_iter().enumerate() {
            let median = |i: usize| median(runs[k].iter().map(|run| run[i]).collect());
            println!(
                "    {label} matrix ready {:>6.0} ms, everything the first screen asks {:>6.0} ms, {:>6.2} MB over IPC, peak {:>5.0} MB",
                median(0),
                median(1),
                median(2) / 1e6,
                median(3)
            );
        }
        std::fs::remove_file(&workspace).ok();
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    if let (Some("open-child"), Some(workspace), Some(mode)) = (args.next().as_deref(), args.next(), args.next()) {
        open_child(Path::new(&workspace), mode == "before");
        return;
    }
    let only: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let dir = tempfile::tempdir().expect("a temporary folder");
    println!("scale benchmark (release build, one thread)");
    if only.as_deref().is_none_or(|o| o == "dna") {
        dna(dir.path());
    }
    if only.as_deref().is_none_or(|o| o == "text") {
        text(dir.path());
    }
    if only.as_deref().is_none_or(|o| o == "open") {
        open(dir.path());
    }
}
