//! `standpoint extract`: the extraction contract of DESIGN.md over files,
//! with no database. JSON Lines of articles in, JSON Lines of actors and
//! stances out, one record per article in input order. The output appears
//! only when every article was extracted, and never over the input.

use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use standpoint_core::extract::{contract, RuleExtractor};

use crate::output::path;

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
    let input = File::open(&args.input).with_context(|| format!("cannot open {}", path(&args.input)))?;
    let mut reader = BufReader::new(input);
    let count = standpoint_store::write_file(&args.output, &[("the input", &args.input)], |out| {
        contract::run(&mut reader, out, &RuleExtractor::default())
    })
    .with_context(|| format!("extracting {}", path(&args.input)))?;
    eprintln!("extracted {count} article(s) to {}", path(&args.output));
    Ok(ExitCode::SUCCESS)
}
