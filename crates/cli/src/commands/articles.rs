//! `standpoint articles`: the library list (id, date, title, source, stance count).

use std::io::Write;
use std::process::ExitCode;

use standpoint_store::Store;

use crate::output::print_table;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print JSON (one array) instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn run(store: &Store, args: Args) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let articles = store.articles()?;
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&articles)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = articles
        .iter()
        .map(|a| {
            vec![
                a.id.to_string(),
                a.published.clone().unwrap_or_default(),
                a.title.clone(),
                a.source.clone().unwrap_or_default(),
                a.stance_count.to_string(),
            ]
        })
        .collect();
    print_table(&mut out, &["id", "date", "title", "source", "stances"], &rows, 60)?;
    Ok(ExitCode::SUCCESS)
}
