//! Runs the rule extractor over a JSON Lines file, for fast iteration without
//! the CLI: `cargo run --release -p standpoint-core --example extract -- IN OUT`.

use std::fs::File;
use std::io::{BufReader, BufWriter};

use standpoint_core::extract::{contract, RuleExtractor};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let [input, output] = &args[..] else {
        return Err("usage: extract INPUT.jsonl OUTPUT.jsonl".into());
    };
    let mut reader = BufReader::new(File::open(input)?);
    let mut writer = BufWriter::new(File::create(output)?);
    let written = contract::run(&mut reader, &mut writer, &RuleExtractor::default())?;
    eprintln!("{written} articles");
    Ok(())
}
