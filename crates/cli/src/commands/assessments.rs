//! `standpoint assessments`: lists assessments (id, article, holder,
//! polarity, target, confidence, review state) for scripting; `--json` for
//! the full records.

use std::io::Write;
use std::process::ExitCode;

use standpoint_store::Store;

use super::filter::FilterArgs;
use crate::output::print_table;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    filter: FilterArgs,
    /// Print JSON (one array of full records) instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let list = store.assessments(&args.filter.to_filter())?;
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|a| {
            vec![
                a.id.to_string(),
                a.article_id.to_string(),
                a.holder.name.clone(),
                a.polarity.as_str().to_owned(),
                a.target.name.clone(),
                format!("{:.2}", a.confidence),
                a.review.as_str().to_owned(),
                a.evidence_text.clone(),
            ]
        })
        .collect();
    print_table(
        &mut out,
        &[
            "id", "article", "holder", "polarity", "target", "conf", "review", "evidence",
        ],
        &rows,
        48,
    )?;
    Ok(ExitCode::SUCCESS)
}
