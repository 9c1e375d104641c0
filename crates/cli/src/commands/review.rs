//! `standpoint review accept|reject|reset ID...`, `undo` and `redo`: the
//! analyst's decisions from the command line, recorded in the same history
//! as the app's.

use std::io::Write;
use std::process::ExitCode;

use standpoint_core::model::ReviewState;
use standpoint_store::Store;

use crate::output::one_line;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    decision: Decision,
}

#[derive(Debug, clap::Subcommand)]
enum Decision {
    /// Accept assessments.
    Accept {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Reject assessments.
    Reject {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Put assessments back to "suggested".
    Reset {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
}

pub fn run(store: &mut Store, args: Args) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let (ids, state) = match args.decision {
        Decision::Accept { ids } => (ids, ReviewState::Accepted),
        Decision::Reject { ids } => (ids, ReviewState::Rejected),
        Decision::Reset { ids } => (ids, ReviewState::Suggested),
    };
    for id in ids {
        store.set_review(id, state)?;
        writeln!(out, "assessment {id}: {state}")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `standpoint undo`.
pub fn undo(store: &mut Store) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let entry = store.undo()?;
    writeln!(out, "undid: {}", one_line(&entry.summary))?;
    Ok(ExitCode::SUCCESS)
}

/// `standpoint redo`.
pub fn redo(store: &mut Store) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let entry = store.redo()?;
    writeln!(out, "redid: {}", one_line(&entry.summary))?;
    Ok(ExitCode::SUCCESS)
}
