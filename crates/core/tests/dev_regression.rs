//! Regression floor for the rule extractor on the development gold set.
//!
//! The gold set lives outside the repository (`../shared/corpus/dev/` beside
//! the clone, as in CI). When it or `python3` is missing the test says so and
//! passes; when present, it runs the extraction contract and the project's
//! own scorer and fails if quality drops below the floor reached so far.

use std::path::{Path, PathBuf};
use std::process::Command;

use standpoint_core::extract::{contract, RuleExtractor};

/// What the rules reached on the whole dev set (stance F1 0.664, actor F1
/// 0.959), minus a margin of 0.03.
const STANCE_F1_FLOOR: f64 = 0.634;
const ACTOR_F1_FLOOR: f64 = 0.929;

fn shared_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

fn score_field(json: &str, field: &str) -> Option<f64> {
    let value: serde_json::Value = serde_json::from_str(json).ok()?;
    value.get(field)?.as_f64()
}

#[test]
fn dev_set_scores_stay_above_the_floor() {
    let shared = shared_dir();
    let gold = shared.join("corpus/dev/gold.jsonl");
    let scorer = shared.join("eval/score.py");
    if !gold.exists() || !scorer.exists() {
        println!("skipped: no gold set at {}", gold.display());
        return;
    }
    let output = tempfile::NamedTempFile::new().expect("a temporary file");
    {
        let mut input = std::io::BufReader::new(std::fs::File::open(&gold).expect("gold set is readable"));
        let mut writer = std::io::BufWriter::new(output.reopen().expect("temporary file reopens"));
        let written = contract::run(&mut input, &mut writer, &RuleExtractor::default()).expect("contract run succeeds");
        assert_eq!(written, 13, "one output record per dev article");
    }
    let run = Command::new("python3")
        .arg(&scorer)
        .arg(&gold)
        .arg(output.path())
        .arg("--json")
        .output();
    let Ok(run) = run else {
        println!("skipped: python3 is not available to run {}", scorer.display());
        return;
    };
    assert!(
        run.status.success(),
        "scorer failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let json = String::from_utf8_lossy(&run.stdout);
    let stance_f1 = score_field(&json, "stance_f1").expect("scorer reports stance_f1");
    let actor_f1 = score_field(&json, "actor_f1").expect("scorer reports actor_f1");
    println!("dev set: stance F1 {stance_f1:.3}, actor F1 {actor_f1:.3}");
    assert!(
        stance_f1 >= STANCE_F1_FLOOR,
        "stance F1 {stance_f1:.3} fell below {STANCE_F1_FLOOR}"
    );
    assert!(
        actor_f1 >= ACTOR_F1_FLOOR,
        "actor F1 {actor_f1:.3} fell below {ACTOR_F1_FLOOR}"
    );
}
