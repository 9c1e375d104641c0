//! Change over time at scale: a workspace of N dated articles from eight
//! outlets (default 30 000, `CHANGE_BENCH_ARTICLES`), three suggested
//! stances each among 200 actors, with stances that flip every ~2 500
//! articles so that there are shifts to find. Times what the app and the
//! CLI do: read one holder's assessments and draw its timeline, read a
//! pair's, read everything and list the shifts (and the same on the lean
//! read the app and the CLI use), and the signed blocs.
//! Prints figures; asserts nothing.
//!
//! `cargo bench -p standpoint-store --bench change` (release build).

mod common;

use std::sync::atomic::AtomicBool;
use std::time::Instant;

use standpoint_core::blocs::signed_blocs;
use standpoint_core::import::ImportOptions;
use standpoint_core::shifts::{shifts, ShiftSpec};
use standpoint_core::timeline::{timeline, TargetId, TimelineSpec};
use standpoint_store::{AssessmentFilter, Store};

fn ms(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    let count: usize = std::env::var("CHANGE_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30_000);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("articles.jsonl");
    common::dated_articles(&file, count);

    let mut store = Store::open(dir.path().join("bench.standpoint")).expect("workspace");
    let started = Instant::now();
    let report = store
        .import_paths(&[file], &ImportOptions::default(), &mut |_| {}, &AtomicBool::new(false))
        .expect("import");
    println!(
        "change benchmark: {} articles imported in {:.1} s",
        report.imported,
        started.elapsed().as_secs_f64()
    );
    let ids = store.article_ids().expect("ids");
    let started = Instant::now();
    let analysed = store
        .analyse(&ids, &common::Drifting, &mut |_| {}, &AtomicBool::new(false))
        .expect("analyse");
    println!(
        "  setup     {} suggestions stored in {:.1} s",
        analysed.suggestions(),
        started.elapsed().as_secs_f64()
    );

    let all = store.assessments(&AssessmentFilter::default()).expect("assessments");
    let holder = all.iter().map(|a| a.holder.id).min().expect("a holder");
    let started = Instant::now();
    let filter = AssessmentFilter {
        holder_ids: Some(vec![holder]),
        ..AssessmentFilter::default()
    };
    let theirs = store.assessments(&filter).expect("assessments");
    let read = ms(started);
    let spec = TimelineSpec {
        holder_id: Some(holder),
        ..TimelineSpec::default()
    };
    let drawn = Instant::now();
    let across = timeline(&theirs, &spec);
    println!(
        "  timeline  one holder across its {} targets: {} assessments read in {read:.1} ms, {} periods ({}) built in {:.1} ms; total {:.1} ms (target < 200 ms)",
        across.series.len(),
        theirs.len(),
        across.periods.len(),
        across.period,
        ms(drawn),
        ms(started)
    );
    let target = across.series[0].target.clone();
    let started = Instant::now();
    let pair = TimelineSpec {
        target: Some(TargetId::of(&target)),
        ..spec
    };
    let one = timeline(&store.assessments(&filter).expect("assessments"), &pair);
    println!(
        "  timeline  one pair: {} assessments over {} periods in {:.1} ms",
        one.series.iter().map(|s| s.assessment_count()).sum::<usize>(),
        one.periods.len(),
        ms(started)
    );

    let started = Instant::now();
    let everything = store.assessments(&AssessmentFilter::default()).expect("assessments");
    let read = ms(started);
    let found_at = Instant::now();
    let found = shifts(&everything, &ShiftSpec::default());
    println!(
        "  shifts    {} shifts among {} assessments (per {}): read {read:.0} ms + found {:.0} ms = {:.0} ms (target < 1000 ms)",
        found.shifts.len(),
        everything.len(),
        found.period,
        ms(found_at),
        ms(started)
    );

    let started = Instant::now();
    let lean = store
        .shifts(&AssessmentFilter::default(), &ShiftSpec::default())
        .expect("shifts");
    println!(
        "  shifts    on the lean read, only the quoted assessments read in full (as the app and the CLI do): {:.0} ms ({} the full read's)",
        ms(started),
        if lean == found { "the same as" } else { "NOT the same as" }
    );

    let started = Instant::now();
    let partition = signed_blocs(&everything);
    println!(
        "  blocs     {} actors in {} blocs, frustration index {:.3}, in {:.0} ms (after the read)",
        partition.members.len(),
        partition.blocs,
        partition.frustration_index,
        ms(started)
    );
}
