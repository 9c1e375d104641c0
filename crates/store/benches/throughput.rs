//! Store throughput: imports N distinct text articles from disk into a real
//! workspace file (WAL, one transaction per file), analyses them with the
//! rule extractor, then reads all assessments back and builds the matrix.
//! Prints articles/s and MB/s for each step; never asserts anything.
//!
//! Then it re-analyses with a synthetic extractor that suggests 200 stances
//! per article among 300 actors, to time storing and reading back 100 000
//! assessments (the size the matrix must stay fluid with).
//!
//! `cargo bench -p standpoint-store --bench throughput` (release build);
//! `STORE_BENCH_ARTICLES` sets N (default 500). Articles are the seed
//! article's paragraphs in a rotating order under a numbered headline.

mod common;

/// Suggests `per_article` stances among `actors` synthetic actors, all on
/// the article's first sentence, varied by a hash of the text.
struct Synthetic {
    actors: usize,
    per_article: usize,
}

impl Extractor for Synthetic {
    fn name(&self) -> &str {
        "synthetic"
    }
    fn version(&self) -> &str {
        "1"
    }
    fn extract(&self, text: &str) -> Extraction {
        let end = text.find('\n').unwrap_or(text.len());
        let span = Span::new(0, end);
        let seed = text
            .bytes()
            .fold(7u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b)));
        let name = |i: usize| format!("Actor {i:03}");
        let actors = if seed % 2 == 0 { self.actors } else { self.actors / 2 };
        let stances = (0..self.per_article)
            .map(|k| {
                let h = (seed as usize).wrapping_add(k * 7) % actors;
                let t = (seed as usize / 3).wrapping_add(k * 13) % actors;
                let polarity = if (h + t).is_multiple_of(2) {
                    Polarity::Support
                } else {
                    Polarity::Oppose
                };
                (name(h), name(t), polarity)
            })
            .collect();
        common::extraction(text, span, (0..actors).map(name).collect(), stances, "synthetic")
    }
}

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use standpoint_core::extract::{Extraction, Extractor, RuleExtractor};
use standpoint_core::import::ImportOptions;
use standpoint_core::matrix::Layout;
use standpoint_core::model::{Polarity, Span};
use standpoint_store::{AssessmentFilter, Store};

fn main() {
    let count: usize = std::env::var("STORE_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let seed_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/seed/seed.txt");
    let seed = std::fs::read_to_string(&seed_path).expect("tests/data/seed/seed.txt is readable");
    let paragraphs: Vec<&str> = seed.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let folder = dir.path().join("articles");
    std::fs::create_dir(&folder).expect("folder");
    let mut bytes = 0u64;
    for i in 0..count {
        let mut text = format!("Report number {i}\n\n");
        for k in 0..paragraphs.len() {
            text.push_str(paragraphs[(i + k) % paragraphs.len()]);
            text.push_str("\n\n");
        }
        bytes += text.len() as u64;
        std::fs::write(folder.join(format!("article-{i:05}.txt")), text).expect("write article");
    }
    let mut store = Store::open(dir.path().join("bench.standpoint")).expect("workspace");
    println!(
        "store benchmark: {count} text articles, {:.1} MB, one thread",
        bytes as f64 / 1e6
    );

    let started = Instant::now();
    let report = store
        .import_paths(
            &[PathBuf::from(&folder)],
            &ImportOptions::default(),
            &mut |_| {},
            &AtomicBool::new(false),
        )
        .expect("import");
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "  import    {:>7.0} articles/s  {:>6.1} MB/s  ({} imported, {} duplicates, {} failed in {seconds:.2} s)",
        report.imported as f64 / seconds,
        bytes as f64 / 1e6 / seconds,
        report.imported,
        report.duplicates,
        report.failed
    );

    let ids = store.article_ids().expect("ids");
    let started = Instant::now();
    let analysed = store
        .analyse(&ids, &RuleExtractor::default(), &mut |_| {}, &AtomicBool::new(false))
        .expect("analyse");
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "  analyse   {:>7.0} articles/s  ({} suggestions in {seconds:.2} s)",
        ids.len() as f64 / seconds,
        analysed.suggestions()
    );

    let started = Instant::now();
    let assessments = store.assessments(&AssessmentFilter::default()).expect("assessments");
    let read = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let matrix = store
        .matrix(&AssessmentFilter::default(), &Layout::default())
        .expect("matrix")
        .matrix;
    println!(
        "  read      {} assessments in {:.1} ms; matrix ({} × {}) in {:.1} ms",
        assessments.len(),
        read * 1000.0,
        matrix.holders.len(),
        matrix.targets.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );

    let started = Instant::now();
    let hits = store.search("Pentagon deal", 50).expect("search");
    println!(
        "  search    {} hits in {:.1} ms",
        hits.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );

    let synthetic = Synthetic {
        actors: 300,
        per_article: 100_000 / ids.len().max(1),
    };
    let started = Instant::now();
    let analysed = store
        .analyse(&ids, &synthetic, &mut |_| {}, &AtomicBool::new(false))
        .expect("analyse");
    println!(
        "  store     {} synthetic suggestions in {:.2} s",
        analysed.suggestions(),
        started.elapsed().as_secs_f64()
    );
    let started = Instant::now();
    let assessments = store.assessments(&AssessmentFilter::default()).expect("assessments");
    let read = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let again = store.assessments(&AssessmentFilter::default()).expect("assessments");
    println!(
        "  read      {} assessments again in {:.0} ms",
        again.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    let started = Instant::now();
    let matrix = standpoint_core::matrix::Matrix::build(&assessments);
    println!(
        "  read      {} assessments in {:.0} ms; matrix ({} × {}) built in {:.0} ms",
        assessments.len(),
        read * 1000.0,
        matrix.holders.len(),
        matrix.targets.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
}
