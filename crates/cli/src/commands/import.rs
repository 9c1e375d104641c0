//! `standpoint import PATH...`: reads files and folders into the workspace
//! and prints what happened to each: imported, duplicate of an earlier
//! article, or failed with the reason. Exits non-zero when anything failed.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use standpoint_core::import::{ImportOptions, ReaderProcess};
use standpoint_store::{ImportOutcome, Store};

use crate::output::{one_line, path};
use crate::progress;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files and folders (folders are read recursively).
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Refuse files larger than this many megabytes, and files whose text
    /// (or a PDF whose streams, 4×) inflate past it.
    #[arg(long, value_name = "N", default_value_t = 50)]
    max_file_mb: u64,
    /// Give up on a file that takes longer than this many seconds to read.
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..))]
    import_timeout: u64,
    /// Memory the PDF reader process may use, in megabytes.
    #[arg(long, value_name = "N", default_value_t = 1024, value_parser = clap::value_parser!(u64).range(16..))]
    import_memory_mb: u64,
    /// List every file, not only failures and the summary.
    #[arg(long, short)]
    verbose: bool,
}

pub fn run(store: &mut Store, args: Args) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let options = ImportOptions {
        max_file_bytes: args.max_file_mb.saturating_mul(1_000_000),
        timeout: Duration::from_secs(args.import_timeout),
        max_memory_bytes: args.import_memory_mb.saturating_mul(1024 * 1024),
        reader_process: ReaderProcess::this_program(),
    };
    let bar = progress::bar(0, "importing");
    let started = Instant::now();
    let report = store.import_paths(
        &args.paths,
        &options,
        &mut |p| {
            bar.set_length(p.files_total as u64);
            bar.set_position(p.files_done as u64);
            if let Some(current) = &p.current {
                bar.set_message(path(current));
            }
        },
        &AtomicBool::new(false),
    )?;
    bar.finish_and_clear();
    let elapsed = started.elapsed().as_secs_f64();
    for item in &report.items {
        match &item.outcome {
            ImportOutcome::Imported { article_id, title } if args.verbose => writeln!(
                out,
                "imported   {}: article {article_id} \"{}\"",
                one_line(&item.name),
                one_line(title)
            )?,
            ImportOutcome::Duplicate { article_id, title } => writeln!(
                out,
                "duplicate  {}: duplicate of article {article_id} \"{}\"",
                one_line(&item.name),
                one_line(title)
            )?,
            ImportOutcome::Failed { reason, .. } => {
                writeln!(out, "failed     {}: {}", path(&item.path), one_line(reason))?
            }
            ImportOutcome::Imported { .. } => {}
        }
    }
    writeln!(
        out,
        "{} imported, {} duplicates, {} failed ({} files, {:.1} MB in {:.2} s)",
        report.imported,
        report.duplicates,
        report.failed,
        report.files,
        report.bytes as f64 / 1_000_000.0,
        elapsed
    )?;
    Ok(if report.failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
