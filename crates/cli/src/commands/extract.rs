//! `standpoint extract`: the extraction contract of DESIGN.md over files,
//! with no database. JSON Lines of articles in, JSON Lines of actors and
//! stances out, one record per article in input order.

use std::fs::File;
use std::io::{BufReader, BufWriter};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use standpoint_core::extract::{contract, RuleExtractor};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles, one JSON object a line: {"id", "text", "title"?, "date"?}.
    #[arg(long, value_name = "ARTICLES.jsonl")]
    input: PathBuf,
    /// Where to write the results, one JSON object a line.
    #[arg(long, value_name = "RESULT.jsonl")]
    output: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let input = File::open(&args.input).with_context(|| format!("cannot open {}", args.input.display()))?;
    let output = File::create(&args.output).with_context(|| format!("cannot create {}", args.output.display()))?;
    let mut reader = BufReader::new(input);
    let mut writer = BufWriter::new(output);
    let count = contract::run(&mut reader, &mut writer, &RuleExtractor::default())
        .with_context(|| format!("extracting {}", args.input.display()))?;
    eprintln!("extracted {count} article(s) to {}", args.output.display());
    Ok(ExitCode::SUCCESS)
}
