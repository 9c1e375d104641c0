//! Throughput benchmark of the rule extractor (not a timed test).
//!
//! Extracts a batch of news text, first on one core, then across all cores
//! with rayon, and prints MB/s and the process's peak memory (VmHWM). The
//! texts are the dev gold set's when `../shared` is beside the clone, else a
//! built-in news-style paragraph; either way the batch is repeated to ~8 MB.
//! Run with `cargo bench -p standpoint-core --bench extract`.

use std::time::Instant;

use rayon::prelude::*;
use standpoint_core::extract::{Extractor, RuleExtractor};

const FALLBACK: &str = "WASHINGTON (Reuters) - The U.S. Congress will allow a deadline on reimposing sanctions on Iran to pass this week, congressional and White House aides said on Tuesday. Russia backs the Assad regime, while the US-led alliance holds the regime responsible for the civil war in Syria and has pushed for Assad to step down. Germany and France have repeatedly called for the embargo to be lifted. Mr Straw said it was wrong to put China under the same embargo, despite US objections. Conservative shadow foreign secretary Michael Ancram said the move would be \"profoundly wrong\".\n\n";

fn texts() -> Vec<String> {
    let gold = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/gold.jsonl");
    let from_gold: Vec<String> = std::fs::read_to_string(gold)
        .unwrap_or_default()
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|record| record.get("text")?.as_str().map(str::to_owned))
        .collect();
    if from_gold.is_empty() {
        vec![FALLBACK.repeat(4)]
    } else {
        from_gold
    }
}

/// Nanoseconds the calling thread has spent on a CPU (Linux), so that the
/// single-core figure holds on a machine busy with other work.
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let extractor = RuleExtractor::default();
    let base = texts();
    let base_bytes: usize = base.iter().map(String::len).sum();
    let repeats = (8_000_000 / base_bytes.max(1)).max(1);
    let batch: Vec<&str> = (0..repeats).flat_map(|_| base.iter().map(String::as_str)).collect();
    let bytes: usize = batch.iter().map(|t| t.len()).sum();
    let megabytes = bytes as f64 / 1_000_000.0;

    // Warm-up: parses the lexicons once, as a real process would.
    let warm = extractor.extract(base[0].as_str());

    let start = Instant::now();
    let cpu_start = thread_cpu_ns();
    let mut stances = 0;
    for text in &batch {
        stances += extractor.extract(text).stances.len();
    }
    let single = start.elapsed().as_secs_f64();
    let cpu = match (cpu_start, thread_cpu_ns()) {
        (Some(before), Some(after)) => Some((after - before) as f64 / 1e9),
        _ => None,
    };

    let threads = rayon::current_num_threads();
    let start = Instant::now();
    let parallel_stances: usize = batch.par_iter().map(|text| extractor.extract(text).stances.len()).sum();
    let parallel = start.elapsed().as_secs_f64();

    assert_eq!(stances, parallel_stances, "extraction is deterministic");
    println!(
        "rule extractor: {} articles, {megabytes:.1} MB, {stances} stances (warm-up found {})",
        batch.len(),
        warm.stances.len()
    );
    println!("single core : {:.2} MB/s wall ({single:.2} s)", megabytes / single);
    if let Some(cpu) = cpu {
        println!(
            "single core : {:.2} MB/s per CPU-second ({cpu:.2} s on CPU)",
            megabytes / cpu
        );
    }
    println!(
        "{threads} threads  : {:.2} MB/s ({parallel:.2} s), {:.2} MB/s per thread",
        megabytes / parallel,
        megabytes / parallel / threads as f64
    );
    match peak_memory_kib() {
        Some(kib) => println!("peak memory : {:.1} MB (VmHWM)", kib as f64 / 1024.0),
        None => println!("peak memory : unknown (no /proc/self/status)"),
    }
}
