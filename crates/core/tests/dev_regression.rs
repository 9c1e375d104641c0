//! Regression floor for the extractor, measured as it must be: the scorer is
//! trained on four folds of the news gold corpus and scored on the fifth, in
//! turn, and the held-out mean must stay above the floor reached so far.
//!
//! The corpus and the project's scorer live outside the repository
//! (`../shared/` beside the clone, as in CI). Under `CI=true` their absence
//! fails the test; elsewhere it says so and passes. The Rust port of the
//! scorer's matching (used for training and the floor) is checked against
//! `eval/score.py` on the shipped model's output.

use std::path::{Path, PathBuf};
use std::process::Command;

use standpoint_core::extract::training::{self, Counts};
use standpoint_core::extract::{contract, RuleExtractor, Settings};

/// Held-out means reached when the floors were last raised, minus a margin of
/// about 0.03: stance F1 0.396 with seed 7 (0.398 as the mean of six seeds),
/// actor F1 0.866 with seed 7 (0.866 over six seeds).
const STANCE_F1_FLOOR: f64 = 0.366;
const ACTOR_F1_FLOOR: f64 = 0.836;
/// Held-out, pooled over the folds, the confidences shown must mean what they
/// say: calibration error 0.030 and Brier score 0.213 with seed 7 when set
/// (0.271 and 0.316 with the raw numbers), plus a margin.
const CALIBRATION_ERROR_CEILING: f64 = 0.06;
const BRIER_CEILING: f64 = 0.23;

fn shared_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

fn gold_path() -> Option<PathBuf> {
    let gold = shared_dir().join("corpus/news/gold.jsonl");
    if gold.exists() {
        return Some(gold);
    }
    assert!(!in_ci(), "CI=true but the gold corpus is missing at {}", gold.display());
    println!("skipped: no gold corpus at {}", gold.display());
    None
}

#[test]
fn held_out_mean_stays_above_the_floor() {
    let Some(gold) = gold_path() else { return };
    let articles = training::read_gold(&mut std::io::BufReader::new(std::fs::File::open(&gold).unwrap())).unwrap();
    assert_eq!(articles.len(), 78, "the news corpus has 78 articles");
    let examples = training::examples(articles);
    let mut folds: Vec<u8> = examples.iter().map(|e| e.article.fold).collect();
    folds.sort_unstable();
    folds.dedup();
    assert_eq!(folds, vec![1, 2, 3, 4, 5]);
    let (mut stance, mut actor) = (0.0, 0.0);
    let mut pooled = Counts::default();
    for fold in &folds {
        let train: Vec<_> = examples.iter().filter(|e| e.article.fold != *fold).collect();
        let test: Vec<_> = examples.iter().filter(|e| e.article.fold == *fold).collect();
        let scorer = training::train(&train, Settings::default());
        let counts: Counts = training::evaluate(&test, &scorer);
        println!(
            "fold {fold}: stance F1 {:.3}, actor F1 {:.3}",
            counts.stance().2,
            counts.actor().2
        );
        stance += counts.stance().2 / folds.len() as f64;
        actor += counts.actor().2 / folds.len() as f64;
        pooled.add(counts);
    }
    let (calibration, brier) = (pooled.calibration_error(), pooled.brier());
    println!("held-out mean: stance F1 {stance:.3}, actor F1 {actor:.3}; calibration error {calibration:.3}, Brier {brier:.3}");
    assert!(
        calibration <= CALIBRATION_ERROR_CEILING,
        "held-out calibration error {calibration:.3} rose above {CALIBRATION_ERROR_CEILING}"
    );
    assert!(
        brier <= BRIER_CEILING,
        "held-out Brier score {brier:.3} rose above {BRIER_CEILING}"
    );
    assert!(
        stance >= STANCE_F1_FLOOR,
        "held-out stance F1 {stance:.3} fell below {STANCE_F1_FLOOR}"
    );
    assert!(
        actor >= ACTOR_F1_FLOOR,
        "held-out actor F1 {actor:.3} fell below {ACTOR_F1_FLOOR}"
    );
}

#[test]
fn the_rust_scorer_agrees_with_score_py() {
    let Some(gold) = gold_path() else { return };
    let scorer = shared_dir().join("eval/score.py");
    let output = tempfile::NamedTempFile::new().expect("a temporary file");
    {
        let mut input = std::io::BufReader::new(std::fs::File::open(&gold).unwrap());
        let mut writer = std::io::BufWriter::new(output.reopen().unwrap());
        contract::run(&mut input, &mut writer, &RuleExtractor::default()).expect("contract run succeeds");
    }
    let run = match Command::new("python3")
        .arg(&scorer)
        .arg(&gold)
        .arg(output.path())
        .arg("--json")
        .output()
    {
        Ok(run) => run,
        Err(err) => {
            assert!(!in_ci(), "CI=true but python3 cannot run the scorer: {err}");
            println!("skipped: python3 is not available");
            return;
        }
    };
    assert!(
        run.status.success(),
        "scorer failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let articles = training::read_gold(&mut std::io::BufReader::new(std::fs::File::open(&gold).unwrap())).unwrap();
    let extractor = RuleExtractor::default();
    let mut counts = Counts::default();
    for article in &articles {
        counts.add(training::score(
            article,
            &article.text,
            &standpoint_core::extract::Extractor::extract(&extractor, &article.text),
        ));
    }
    let python = &json["counts"];
    assert_eq!(
        python["matched"].as_u64(),
        Some(counts.matched as u64),
        "matched stances"
    );
    assert_eq!(python["system"].as_u64(), Some(counts.system as u64), "system stances");
    assert_eq!(python["gold"].as_u64(), Some(counts.gold as u64), "gold stances");
    assert_eq!(
        python["true_actors"].as_u64(),
        Some(counts.true_actors as u64),
        "true actors"
    );
    assert_eq!(
        python["sys_actors"].as_u64(),
        Some(counts.system_actors as u64),
        "system actors"
    );
    assert_eq!(
        python["found_actors"].as_u64(),
        Some(counts.found_actors as u64),
        "found actors"
    );
}
