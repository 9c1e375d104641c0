//! `standpoint analyse [--all | --outdated | ID...]`: runs the extractor over
//! stored articles and stores its suggestions; re-running replaces only
//! unreviewed machine suggestions, never analyst decisions. `--outdated`
//! takes the articles never analysed or analysed by another extractor version.

use std::io::Write;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use anyhow::bail;
use standpoint_core::extract::{Extractor, RuleExtractor};
use standpoint_store::{AnalyseScope, Store};

use crate::output::one_line;
use crate::progress;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Analyse every article in the workspace.
    #[arg(long, conflicts_with_all = ["ids", "outdated"])]
    all: bool,
    /// Analyse only articles never analysed or analysed by another version of the extractor.
    #[arg(long, conflicts_with = "ids")]
    outdated: bool,
    /// The articles to analyse.
    #[arg(value_name = "ID")]
    ids: Vec<i64>,
    /// Also print what the extractor reported per article.
    #[arg(long, short)]
    verbose: bool,
}

pub fn run(store: &mut Store, args: Args) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let extractor = RuleExtractor::default();
    let scope = if args.all {
        AnalyseScope::All
    } else if args.outdated {
        AnalyseScope::Outdated
    } else {
        AnalyseScope::Articles(args.ids)
    };
    let ids = store.articles_in_scope(&scope, &extractor.label())?;
    if ids.is_empty() && scope == AnalyseScope::Outdated && !store.article_ids()?.is_empty() {
        writeln!(out, "every article is analysed with {} already", extractor.label())?;
        return Ok(ExitCode::SUCCESS);
    }
    if ids.is_empty() {
        bail!("nothing to analyse: give article ids, --all or --outdated (and import articles first)");
    }
    let bar = progress::bar(ids.len(), "analysing");
    let report = store.analyse(
        &ids,
        &extractor,
        &mut |p| {
            bar.set_position(p.done as u64);
            if let Some(id) = p.article_id {
                bar.set_message(format!("article {id}"));
            }
        },
        &AtomicBool::new(false),
    )?;
    bar.finish_and_clear();
    for article in &report.articles {
        writeln!(
            out,
            "article {}: {} suggestions ({} replaced, {} decisions kept), {} actors, {} issues  {}",
            article.article_id,
            article.suggestions,
            article.replaced,
            article.kept,
            article.actors,
            article.issues,
            one_line(&article.title)
        )?;
        if args.verbose {
            for line in &article.diagnostics {
                writeln!(out, "    {}", one_line(line))?;
            }
        }
    }
    for failed in &report.failed {
        eprintln!("article {}: {}  {}", failed.article_id, failed.error, failed.title);
    }
    writeln!(
        out,
        "{} articles analysed with {}: {} suggestions",
        report.articles.len(),
        report.extractor,
        report.suggestions()
    )?;
    if !report.missing.is_empty() {
        let missing: Vec<String> = report.missing.iter().map(i64::to_string).collect();
        eprintln!("no article with id {}", missing.join(", "));
        return Ok(ExitCode::from(2));
    }
    if !report.failed.is_empty() {
        eprintln!("{} article(s) could not be analysed", report.failed.len());
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
