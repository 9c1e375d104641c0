//! Cross-validation of the extractor on a gold corpus with folds:
//! `cargo run --release -p standpoint-core --example crossval -- GOLD.jsonl`.
//!
//! For each fold it trains the scorer on the other folds (threshold chosen by
//! an inner cross-validation on those), scores the held-out fold, and prints
//! per-fold and mean stance P/R/F1, explicit recall and actor P/R/F1. The last
//! line is `stance_f1=0.xxx actor_f1=0.xxx`: the held-out means, the figure
//! every change to the extractor is judged by.
//!
//! `--train-all OUT.tsv` also trains on every fold and writes the model that
//! ships (`crates/core/data/scorer.tsv`).
//!
//! `--seeds 1,2` also retrains with those shuffle seeds and ends with the
//! means over every seed: which shuffle the scorer learned in, and so which
//! threshold its inner cross-validation picked, moves the held-out mean by
//! about ±0.005, as much as most single changes. Judge a change with seeds.
//!
//! `--misses 1,2` prints the misses of those folds (read only folds you will
//! not judge by); `--kept` adds the candidates kept right.

use std::fs::File;
use std::io::BufReader;

use standpoint_core::extract::training::{self, Counts, Outcome};
use standpoint_core::extract::Entity;
use standpoint_core::extract::{Scorer, Settings};

/// The flags that take a value, so that their value is not the gold path.
const VALUE_FLAGS: [&str; 3] = ["--train-all", "--misses", "--seeds"];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let gold_path = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with("--") && (*i == 0 || !VALUE_FLAGS.contains(&args[i - 1].as_str())))
        .map(|(_, a)| a)
        .ok_or("usage: crossval GOLD.jsonl [--train-all OUT.tsv] [--misses FOLD,FOLD [--kept]] [--seeds SEED,SEED]")?;
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1));
    let train_all = value("--train-all");
    // `--misses 1,2` prints each held-out article's actor misses for those
    // folds: read misses on folds you will not judge by.
    let misses_of: Vec<u8> = value("--misses").map(|v| numbers(v)).unwrap_or_default();
    // `--kept` also prints the candidates kept right, so that a rule's
    // precision on those folds can be counted from its `rule=` lines.
    let with_kept = args.iter().any(|a| a == "--kept");
    let extra_seeds: Vec<u64> = value("--seeds").map(|v| numbers(v)).unwrap_or_default();
    let articles = training::read_gold(&mut BufReader::new(File::open(gold_path)?))?;
    let started = std::time::Instant::now();
    let mut examples = training::examples(articles);
    // Ablation without a rebuild: SP_DROP=prefix,prefix drops feature families.
    if let Ok(drop) = std::env::var("SP_DROP") {
        let prefixes: Vec<&str> = drop.split(',').filter(|p| !p.is_empty()).collect();
        for e in &mut examples {
            for p in &mut e.prepared.proposals {
                p.features.retain(|f| !prefixes.iter().any(|x| f.starts_with(x)));
            }
        }
    }
    eprintln!(
        "prepared {} articles in {:.1} s",
        examples.len(),
        started.elapsed().as_secs_f64()
    );
    let env = |name: &str, default: f64| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    let defaults = Settings::default();
    let settings = Settings {
        epochs: env("SP_EPOCHS", defaults.epochs as f64) as usize,
        l2: env("SP_L2", defaults.l2),
        learning_rate: env("SP_LR", defaults.learning_rate),
        seed: env("SP_SEED", defaults.seed as f64) as u64,
        bag: env("SP_BAG", defaults.bag as f64) as usize,
    };
    let mut folds: Vec<u8> = examples.iter().map(|e| e.article.fold).collect();
    folds.sort_unstable();
    folds.dedup();
    let positives: usize = examples
        .iter()
        .flat_map(|e| &e.labels)
        .filter(|l| **l != standpoint_core::extract::Label::None)
        .count();
    let candidates: usize = examples.iter().map(|e| e.labels.len()).sum();
    println!("candidates {candidates}, labelled stances {positives}");
    if !misses_of.is_empty() {
        let read: Vec<_> = examples
            .iter()
            .filter(|e| misses_of.contains(&e.article.fold))
            .collect();
        let mut losses = [0; 4];
        for line in training::uncovered_pairs(&read, &mut losses) {
            println!("uncovered pair: {line}");
        }
        let [holder, target, pair, covered] = losses;
        println!(
            "gold stances in folds {misses_of:?}: holder not recognised {holder}, target not recognised {target}, both but no labelled candidate {pair}, labelled {covered}"
        );
    }
    let mut total = Counts::default();
    let mut sums = [0.0f64; 4];
    // Each fold's held-out (stance F1, actor F1), summed over the seeds run.
    let mut per_fold: Vec<(f64, f64)> = Vec::new();
    for fold in &folds {
        let test: Vec<_> = examples.iter().filter(|e| e.article.fold == *fold).collect();
        let (scorer, counts) = held_out(&examples, *fold, settings);
        // Each candidate's outcome; with --misses, every one not kept right (missed, flipped, spurious) printed.
        let mut tally = [0usize; 5];
        for e in &test {
            let candidates = e.prepared.proposals.iter().zip(&e.labels).zip(&e.pair_labels);
            for ((p, label), pair_label) in candidates {
                let kept = scorer.decide(&p.features, p.rule_verdict).map(|d| d.polarity);
                let Some(outcome) = Outcome::of(*label, *pair_label, kept) else {
                    continue;
                };
                tally[outcome as usize] += 1;
                if !misses_of.contains(fold) || (matches!(outcome, Outcome::KeptRight) && !with_kept) {
                    continue;
                }
                let target = match p.target {
                    Entity::Actor(a) => e.prepared.actors[a].name.clone(),
                    Entity::Issue(i) => format!("issue:{}", e.prepared.issues[i].name),
                };
                let [none, support, oppose] = scorer.probabilities(&p.features);
                let via = p.features.iter().find_map(|f| f.strip_prefix("hvia:")).unwrap_or("?");
                // Where the holder stands, and what is measured from there.
                let holder_at = p.holder_span.slice(&e.article.text).unwrap_or("").replace('\n', " ");
                let measured: Vec<&str> = p
                    .features
                    .iter()
                    .filter(|f| f.starts_with("gap:") || f.starts_with("path:") || f.starts_with("order:"))
                    .map(String::as_str)
                    .collect();
                println!(
                    "{outcome:?} (gold {label:?}, kept {kept:?}) p=[{none:.2} {support:.2} {oppose:.2}] rule={:?} {} via={via} at={holder_at:?} {} {} -> {target} || {}",
                    p.rule_verdict,
                    p.rule,
                    measured.join(","),
                    e.prepared.actors[p.holder].name,
                    p.evidence.slice(&e.article.text).unwrap_or("").replace('\n', " ")
                );
            }
        }
        println!(
            "  candidates: kept right {}, flipped {}, missed {}, spurious (pair gold elsewhere) {}, spurious {}",
            tally[0], tally[1], tally[2], tally[3], tally[4]
        );
        if misses_of.contains(fold) {
            let extractor = standpoint_core::extract::RuleExtractor::with_scorer(scorer.clone());
            // SP_DUMP=FILE appends these folds' held-out records (the
            // extraction contract's JSON), to compare with score.py.
            let mut dump = match std::env::var("SP_DUMP") {
                Ok(path) => Some(std::fs::OpenOptions::new().create(true).append(true).open(path)?),
                Err(_) => None,
            };
            for e in &test {
                let extraction = extractor.finish(&e.prepared);
                if let Some(out) = dump.as_mut() {
                    use std::io::Write as _;
                    let record =
                        standpoint_core::extract::contract::record(&e.article.id, &e.article.text, &extraction);
                    writeln!(out, "{record}")?;
                }
                let (missed, spurious) = training::actor_misses(e, &extraction);
                println!(
                    "  {}: missed actors {missed:?}; spurious actors {spurious:?}",
                    e.article.id
                );
            }
        }
        let (p, r, f) = counts.stance();
        let (ap, ar, af) = counts.actor();
        println!(
            "fold {fold}: {:>2} articles  stance P/R/F1 {p:.3} / {r:.3} / {f:.3}  explicit recall {:.3}  actor P/R/F1 {ap:.3} / {ar:.3} / {af:.3}  threshold {:.2}  rule floor {}",
            test.len(),
            counts.explicit_recall(),
            scorer.threshold,
            scorer.rule_floor.map_or("none".to_owned(), |f| format!("{f:.2}"))
        );
        per_fold.push((f, af));
        sums[0] += f;
        sums[1] += af;
        sums[2] += counts.explicit_recall();
        sums[3] += p;
        total.add(counts);
    }
    let n = folds.len() as f64;
    let (p, r, f) = total.stance();
    let (ap, ar, af) = total.actor();
    println!("pooled: stance P/R/F1 {p:.3} / {r:.3} / {f:.3}  explicit recall {:.3}  actor P/R/F1 {ap:.3} / {ar:.3} / {af:.3}", total.explicit_recall());
    // Whether a confidence means what it says: of the held-out stances
    // reported at about 0.7, about 70 % should be in the gold.
    let reliability: Vec<String> = total
        .reliability
        .iter()
        .enumerate()
        .filter(|(_, b)| b.reported > 0)
        .map(|(i, b)| {
            format!(
                "{:.1}-{:.1}: {} at {:.2}, {:.2} right",
                i as f64 / 10.0,
                (i + 1) as f64 / 10.0,
                b.reported,
                b.confidence / b.reported as f64,
                b.right as f64 / b.reported as f64
            )
        })
        .collect();
    println!("held-out confidence: {}", reliability.join("; "));
    println!(
        "held-out calibration error (ECE): {:.3}, Brier score {:.3}",
        total.calibration_error(),
        total.brier()
    );
    let all: Vec<_> = examples.iter().collect();
    let rules = training::evaluate_rules(&all);
    let oracle = training::evaluate_oracle(&all);
    println!(
        "rules alone (all folds): stance P/R/F1 {:.3} / {:.3} / {:.3}",
        rules.stance().0,
        rules.stance().1,
        rules.stance().2
    );
    println!(
        "candidate ceiling (all folds): stance P/R/F1 {:.3} / {:.3} / {:.3}",
        oracle.stance().0,
        oracle.stance().1,
        oracle.stance().2
    );
    println!(
        "mean over held-out folds: stance F1 {:.3}, precision {:.3}, explicit recall {:.3}, actor F1 {:.3}",
        sums[0] / n,
        sums[3] / n,
        sums[2] / n,
        sums[1] / n
    );
    if let Some(out) = train_all {
        let all: Vec<_> = examples.iter().collect();
        let scorer = training::train(&all, settings);
        std::fs::write(out, scorer.to_text())?;
        eprintln!(
            "wrote {out}: {} features, threshold {:.2}",
            scorer.len(),
            scorer.threshold
        );
    }
    let (mut stance_f1, mut actor_f1) = (sums[0] / n, sums[1] / n);
    if !extra_seeds.is_empty() {
        for &seed in &extra_seeds {
            let settings = Settings { seed, ..settings };
            let (mut s, mut a) = (0.0, 0.0);
            for (k, fold) in folds.iter().enumerate() {
                let (_, counts) = held_out(&examples, *fold, settings);
                s += counts.stance().2;
                a += counts.actor().2;
                per_fold[k].0 += counts.stance().2;
                per_fold[k].1 += counts.actor().2;
            }
            println!(
                "seed {seed}: mean over held-out folds: stance F1 {:.3}, actor F1 {:.3}",
                s / n,
                a / n
            );
            stance_f1 += s / n;
            actor_f1 += a / n;
        }
        let runs = (extra_seeds.len() + 1) as f64;
        (stance_f1, actor_f1) = (stance_f1 / runs, actor_f1 / runs);
        let listed = |pick: fn(&(f64, f64)) -> f64| {
            per_fold
                .iter()
                .map(|f| format!("{:.3}", pick(f) / runs))
                .collect::<Vec<_>>()
                .join("/")
        };
        println!(
            "mean over {runs} seeds per fold: stance F1 {}, actor F1 {}",
            listed(|f| f.0),
            listed(|f| f.1)
        );
        println!("mean over {runs} seeds of the held-out means: stance F1 {stance_f1:.3}, actor F1 {actor_f1:.3}");
    }
    println!("stance_f1={stance_f1:.3} actor_f1={actor_f1:.3}");
    Ok(())
}

/// The numbers of a comma-separated list ("1,2,3"); what is not one is skipped.
fn numbers<T: std::str::FromStr>(list: &str) -> Vec<T> {
    list.split(',').filter_map(|f| f.trim().parse().ok()).collect()
}

/// The scorer trained on every fold but `fold`, and what it scores on `fold`.
fn held_out(examples: &[training::Example], fold: u8, settings: Settings) -> (Scorer, Counts) {
    let train: Vec<_> = examples.iter().filter(|e| e.article.fold != fold).collect();
    let test: Vec<_> = examples.iter().filter(|e| e.article.fold == fold).collect();
    let scorer = training::train(&train, settings);
    let counts = training::evaluate(&test, &scorer);
    (scorer, counts)
}
