//! The `standpoint` command: parses arguments and hands each subcommand to its
//! module in [`commands`]. It holds no logic of its own: every command calls
//! the `Store` API or `standpoint_core`, prints, and maps failure to a
//! non-zero exit status with the message on stderr.
//!
//! Exit status: 0 success; 1 an error stopped the command; 2 the command ran
//! but some inputs failed (files that did not import, unknown article ids).

mod commands;
mod output;
mod progress;
mod workspace;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Standpoint: who supports or opposes whom in the news, as a stance matrix.
#[derive(Debug, Parser)]
#[command(name = "standpoint", version, about, long_about = None)]
struct Cli {
    /// The workspace file (SQLite). Defaults to `workspace.standpoint` in the
    /// platform's data directory.
    #[arg(long, global = true, value_name = "FILE")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

/// One variant per subcommand; each names its module's `Args`. To add one,
/// add a variant here and a line in `main`.
#[derive(Debug, Subcommand)]
enum Command {
    /// Import files and folders (.txt .md .html .pdf .docx .eml .json .jsonl .dna).
    Import(commands::import::Args),
    /// List the articles: id, date, title, source, stance count.
    Articles(commands::articles::Args),
    /// Full-text search over titles and texts, with snippets.
    Search(commands::search::Args),
    /// Run the extractor over stored articles and store its suggestions.
    Analyse(commands::analyse::Args),
    /// Print the stance matrix (holders × targets, net score per cell).
    Matrix(commands::matrix::Args),
    /// Write the matrix or the assessments as CSV.
    Export(commands::export::Args),
    /// A holder's net stance per week, month or quarter, on one target or each of its targets.
    Timeline(commands::timeline::Args),
    /// Where net stances changed sign between periods, with the evidence either side.
    Shifts(commands::shifts::Args),
    /// Compare two sources (outlets): the cells where their net stances differ in sign.
    Outlets(commands::outlets::Args),
    /// Partition actors into blocs by structural balance (support +, oppose −), with the frustration index.
    Blocs(commands::blocs::Args),
    /// Compute a discourse network (two-mode or one-mode, DNA's settings) and write it as CSV, GraphML or JSON.
    Network(commands::network::Args),
    /// List the assessments (for scripting).
    Assessments(commands::assessments::Args),
    /// List actors, or rename, merge, alias or re-kind one.
    Actors(commands::actors::Args),
    /// Accept, reject or reset assessments.
    Review(commands::review::Args),
    /// Undo the last analyst action.
    Undo,
    /// Redo the last undone action.
    Redo,
    /// Run the extractor over JSON Lines articles (the extraction contract); no database.
    Extract(commands::extract::Args),
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    // Every command but `extract` works on a workspace, opened on demand.
    let db = cli.db;
    let open = || workspace::open(db.as_deref());
    match cli.command {
        Command::Extract(args) => commands::extract::run(args),
        Command::Import(args) => commands::import::run(&mut open()?, args),
        Command::Articles(args) => commands::articles::run(&open()?, args),
        Command::Search(args) => commands::search::run(&open()?, args),
        Command::Analyse(args) => commands::analyse::run(&mut open()?, args),
        Command::Matrix(args) => commands::matrix::run(&open()?, args),
        Command::Export(args) => commands::export::run(&open()?, args),
        Command::Network(args) => commands::network::run(&open()?, args),
        Command::Timeline(args) => commands::timeline::run(&open()?, args),
        Command::Shifts(args) => commands::shifts::run(&open()?, args),
        Command::Outlets(args) => commands::outlets::run(&open()?, args),
        Command::Blocs(args) => commands::blocs::run(&open()?, args),
        Command::Assessments(args) => commands::assessments::run(&open()?, args),
        Command::Actors(args) => commands::actors::run(&mut open()?, args),
        Command::Review(args) => commands::review::run(&mut open()?, args),
        Command::Undo => commands::review::undo(&mut open()?),
        Command::Redo => commands::review::redo(&mut open()?),
    }
}

/// A reader that stopped reading (`standpoint articles | head`) is not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn main() -> ExitCode {
    // When started as the PDF reader process of an import, serve and exit.
    standpoint_core::import::serve_reader_process_if_asked();
    match run(Cli::parse()) {
        Ok(status) => status,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("standpoint: {}", output::lines(&format!("{err:#}")));
            ExitCode::FAILURE
        }
    }
}
