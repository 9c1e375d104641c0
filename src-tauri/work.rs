//! The long jobs: import (then analysis of what it stored), analysis and CSV
//! export. Each runs on tokio's blocking pool with its own connection to the
//! workspace file, so the UI's reads go on meanwhile, streams progress as
//! events, and stops between files or articles when cancelled.
//!
//! The functions here do the work given a [`JobTicket`]; `commands` starts
//! them. They never open dialogs and never decide what the UI shows.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;
use standpoint_core::export::{write_assessments_csv, write_matrix_csv, ExportError};
use standpoint_core::extract::{Extractor, RuleExtractor};
use standpoint_core::import::ImportOptions;
use standpoint_core::matrix::{Matrix, MatrixOrder};
use standpoint_core::model::Assessment;
use standpoint_store::{
    AnalyseProgress, AnalyseReport, AnalyseScope, AssessmentFilter, ImportOutcome, ImportProgress, Store,
};
use tauri::{AppHandle, Emitter, Runtime};

use crate::error::{ShellError, ShellResult};
use crate::jobs::{JobKind, JobTicket};
use crate::wire::{self as events, ImportResult, JobProgress};

/// Runs `job` on the blocking pool and waits for it without blocking the
/// async runtime. The ticket lives as long as the work, so the app counts as
/// busy until it ends, whether it succeeds, fails or panics; a panic becomes
/// [`ShellError::Internal`].
pub async fn run_job<T: Send + 'static>(
    ticket: JobTicket,
    job: impl FnOnce(&JobTicket) -> ShellResult<T> + Send + 'static,
) -> ShellResult<T> {
    tauri::async_runtime::spawn_blocking(move || job(&ticket))
        .await
        .map_err(|error| ShellError::Internal(error.to_string()))?
}

/// Sends an event to every window. A failed emit means the window is gone;
/// the job's result still reaches whoever awaits it, so it is not an error.
fn emit<R: Runtime, P: Serialize + Clone>(app: &AppHandle<R>, event: &str, payload: P) {
    if let Err(error) = app.emit(event, payload) {
        eprintln!("standpoint: cannot send {event} to the window: {error}");
    }
}

/// Imports `paths` into the workspace at `workspace`, then analyses the
/// articles it stored, and announces the result with [`events::IMPORT_FINISHED`].
pub fn import<R: Runtime>(
    app: &AppHandle<R>,
    workspace: &Path,
    paths: &[PathBuf],
    ticket: &JobTicket,
) -> ShellResult<ImportResult> {
    let mut store = Store::open(workspace)?;
    let mut progress = |step: ImportProgress| {
        emit(app, events::IMPORT_PROGRESS, import_progress(ticket.id, step));
    };
    let import = store.import_paths(paths, &ImportOptions::default(), &mut progress, &ticket.cancel)?;
    let new_articles = imported_article_ids(&import.items);
    let analysis = if new_articles.is_empty() || ticket.is_cancelled() {
        None
    } else {
        Some(analyse_with(app, &mut store, &new_articles, ticket)?)
    };
    let result = ImportResult {
        job_id: ticket.id,
        import,
        analysis,
    };
    emit(app, events::IMPORT_FINISHED, result.clone());
    Ok(result)
}

/// Analyses the articles `scope` names in the workspace at `workspace`.
pub fn analyse<R: Runtime>(
    app: &AppHandle<R>,
    workspace: &Path,
    scope: &AnalyseScope,
    ticket: &JobTicket,
) -> ShellResult<AnalyseReport> {
    let mut store = Store::open(workspace)?;
    let ids = store.articles_in_scope(scope, &RuleExtractor::default().label())?;
    analyse_with(app, &mut store, &ids, ticket)
}

fn analyse_with<R: Runtime>(
    app: &AppHandle<R>,
    store: &mut Store,
    ids: &[i64],
    ticket: &JobTicket,
) -> ShellResult<AnalyseReport> {
    let extractor = RuleExtractor::default();
    let mut progress = |step: AnalyseProgress| {
        let payload = JobProgress {
            job_id: ticket.id,
            kind: JobKind::Analyse,
            done: step.done,
            total: step.total,
            current: None,
        };
        emit(app, events::ANALYSE_PROGRESS, payload);
    };
    Ok(store.analyse(ids, &extractor, &mut progress, &ticket.cancel)?)
}

/// The articles an import stored for the first time (not the duplicates).
pub fn imported_article_ids(items: &[standpoint_store::ImportItem]) -> Vec<i64> {
    items
        .iter()
        .filter_map(|item| match item.outcome {
            ImportOutcome::Imported { article_id, .. } => Some(article_id),
            _ => None,
        })
        .collect()
}

fn import_progress(job_id: u64, step: ImportProgress) -> JobProgress {
    JobProgress {
        job_id,
        kind: JobKind::Import,
        done: step.files_done,
        total: step.files_total,
        current: step.current.map(|path| path.display().to_string()),
    }
}

/// What a CSV export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvKind {
    Matrix,
    Assessments,
}

/// Writes the matrix or the assessments that `filter` selects to `path` as
/// CSV. The matrix rows and columns follow `order` when given (the order the
/// UI shows), else names. Written to a temporary file and renamed into place,
/// so a failed export never leaves half a file where the user asked for one.
pub fn export_csv(
    workspace: &Path,
    kind: CsvKind,
    filter: &AssessmentFilter,
    order: Option<&MatrixOrder>,
    path: &Path,
) -> ShellResult<ExportSummary> {
    let store = Store::open(workspace)?;
    let assessments = store.assessments(filter)?;
    // The store's one output writer: atomic, and never over the workspace.
    let rows = store.write_output(path, &[], |out| match kind {
        CsvKind::Matrix => write_matrix(&assessments, order, out),
        CsvKind::Assessments => write_assessments_csv(&assessments, out).map(|()| assessments.len()),
    })?;
    Ok(ExportSummary {
        path: path.to_path_buf(),
        rows,
        assessments: assessments.len(),
    })
}

fn write_matrix(
    assessments: &[Assessment],
    order: Option<&MatrixOrder>,
    out: &mut dyn Write,
) -> Result<usize, ExportError> {
    let matrix = Matrix::build(assessments);
    let matrix = match order {
        Some(order) => order.apply(matrix),
        None => matrix,
    };
    write_matrix_csv(&matrix, out).map(|()| matrix.holders.len())
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ExportSummary {
    pub path: PathBuf,
    /// Data rows written (holders for the matrix, assessments for the list).
    #[cfg_attr(test, ts(type = "number"))]
    pub rows: usize,
    /// Assessments the filter selected.
    #[cfg_attr(test, ts(type = "number"))]
    pub assessments: usize,
}
