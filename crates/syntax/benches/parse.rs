//! Parse speed on one core and first-parse latency:
//! `cargo bench -p standpoint-syntax --bench parse`. Prints model load + first sentence
//! time, then MB/s and tokens/s over a few MB of EWT sentences and of the news corpus
//! texts ($UD_EWT_DIR, $NEWS_GOLD or the ../shared defaults; a missing one is skipped).

use standpoint_syntax::{conllu, train, Parser};
use std::path::PathBuf;
use std::time::Instant;

const TARGET_BYTES: usize = 4 << 20;

fn main() {
    let t0 = Instant::now();
    let cpu_start = thread_cpu_seconds();
    let parser = Parser::shared();
    let load = t0.elapsed();
    let first = parser.parse("Russia backs the Assad regime.");
    let first_time = t0.elapsed();
    assert_eq!(first.len(), 1);
    let cpu = match (cpu_start, thread_cpu_seconds()) {
        (Some(a), Some(b)) => format!(" ({:.3}s CPU)", b - a),
        _ => String::new(),
    };
    println!(
        "model load: {:.3}s; load + first sentence: {:.3}s wall{cpu}",
        load.as_secs_f64(),
        first_time.as_secs_f64()
    );

    let ewt_dir = std::env::var_os("UD_EWT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| train::shared_path("ud-english-ewt"));
    let news = std::env::var_os("NEWS_GOLD")
        .map(PathBuf::from)
        .unwrap_or_else(|| train::shared_path("corpus/news/gold.jsonl"));

    match std::fs::read_to_string(ewt_dir.join("en_ewt-ud-train.conllu")) {
        Ok(t) => {
            let texts: Vec<String> = conllu::read(&t).into_iter().filter_map(|s| s.text).collect();
            run(parser, "EWT train sentences", &texts.join(" "));
        }
        Err(e) => println!("EWT skipped: {e}"),
    }
    match std::fs::read_to_string(&news) {
        Ok(t) => {
            let texts: Vec<String> = t
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v.get("text").and_then(|x| x.as_str()).map(str::to_string))
                .collect();
            run(parser, "news corpus texts", &texts.join("\n\n"));
        }
        Err(e) => println!("news skipped: {e}"),
    }
}

fn run(parser: &Parser, name: &str, unit: &str) {
    if unit.is_empty() {
        return;
    }
    let mut text = String::with_capacity(TARGET_BYTES + unit.len());
    while text.len() < TARGET_BYTES {
        text.push_str(unit);
        text.push_str("\n\n");
    }
    let t = Instant::now();
    let cpu0 = thread_cpu_seconds();
    let sentences = parser.parse(&text);
    let wall = t.elapsed().as_secs_f64();
    // On a shared machine wall time includes waiting for the CPU; the thread's own CPU
    // time is the per-core figure.
    let secs = match (cpu0, thread_cpu_seconds()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => wall,
    };
    let tokens: usize = sentences.iter().map(|s| s.tokens.len()).sum();
    let mb = text.len() as f64 / 1e6;
    println!(
        "{name}: {mb:.2} MB, {} sentences, {tokens} tokens: {:.2} MB/s, {:.0} tokens/s per core ({secs:.2}s CPU, {wall:.2}s wall)",
        sentences.len(),
        mb / secs,
        tokens as f64 / secs,
    );
}

/// CPU time this thread has run, from Linux's schedstat; `None` elsewhere.
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
