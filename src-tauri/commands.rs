//! The Tauri commands: thin wrappers, each calling one `Store` method (or one
//! job in `work`) and mapping its error to `{code, message}`. No logic lives
//! here; the CLI calls the same `Store` methods.
//!
//! Arguments arrive in snake_case, as the generated TypeScript types spell
//! them. Paths come from the UI, which asks the dialogs; tests pass them
//! directly. Store calls run under the workspace mutex for one call only.

use std::path::PathBuf;

use standpoint_core::extract::{Extractor, RuleExtractor};
use standpoint_core::matrix::{LaidOutMatrix, Layout, MatrixOrder};
use standpoint_core::model::{ActorKind, Assessment, Polarity, ReviewState};
use standpoint_store::{
    ActorEdit, ActorSummary, AnalyseReport, AnalyseScope, AnalysisStatus, ArticleDetail, ArticleSummary,
    AssessmentFilter, AssessmentTarget, HistoryEntry, HistoryState, IssueSummary, NewAssessment, SearchHit,
};
use tauri::{AppHandle, Runtime, State};

use crate::error::ShellResult;
use crate::wire::ImportResult;
use crate::work::{self, CsvKind, ExportSummary};
use crate::workspace::{RecentWorkspace, WorkspaceInfo};
use crate::{jobs::JobKind, AppState};

/// How many entries `history` returns at most.
const HISTORY_LIMIT: usize = 500;

// Workspaces ---------------------------------------------------------------

/// The open workspace, or `null` when none could be opened.
#[tauri::command(rename_all = "snake_case")]
pub async fn current_workspace(state: State<'_, AppState>) -> ShellResult<Option<WorkspaceInfo>> {
    state.workspaces.current()
}

/// Opens the workspace file at `path` and makes it the current one.
#[tauri::command(rename_all = "snake_case")]
pub async fn open_workspace<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: PathBuf,
) -> ShellResult<WorkspaceInfo> {
    crate::switch_workspace(&app, &state, &path)
}

/// Creates a workspace at `path` (".standpoint" added when missing); refuses an existing file.
#[tauri::command(rename_all = "snake_case")]
pub async fn create_workspace<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    path: PathBuf,
) -> ShellResult<WorkspaceInfo> {
    let file = crate::workspace::new_workspace_file(&path)?;
    crate::switch_workspace(&app, &state, &file)
}

#[tauri::command(rename_all = "snake_case")]
pub async fn recent_workspaces(state: State<'_, AppState>) -> ShellResult<Vec<RecentWorkspace>> {
    state.workspaces.recent()
}

// Long jobs ----------------------------------------------------------------

/// Imports files and folders, then analyses the new articles; progress comes
/// as `import-progress` and `analyse-progress` events.
#[tauri::command(rename_all = "snake_case")]
pub async fn import_paths<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    paths: Vec<PathBuf>,
) -> ShellResult<ImportResult> {
    let (ticket, workspace) = crate::start_job(&state, JobKind::Import)?;
    work::run_job(ticket, move |ticket| work::import(&app, &workspace, &paths, ticket)).await
}

/// Runs the extractor over the articles `scope` names: all, the outdated
/// ones (never analysed, or by another extractor version), or given ids.
#[tauri::command(rename_all = "snake_case")]
pub async fn analyse<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    scope: AnalyseScope,
) -> ShellResult<AnalyseReport> {
    let (ticket, workspace) = crate::start_job(&state, JobKind::Analyse)?;
    work::run_job(ticket, move |ticket| work::analyse(&app, &workspace, &scope, ticket)).await
}

/// Which extractor would analyse now, and how many articles it did not analyse yet.
#[tauri::command(rename_all = "snake_case")]
pub async fn analysis_status(state: State<'_, AppState>) -> ShellResult<AnalysisStatus> {
    let label = RuleExtractor::default().label();
    state.workspaces.with_store(|store| store.analysis_status(&label))
}

/// Asks the running job to stop after the current file or article; false when none runs.
#[tauri::command(rename_all = "snake_case")]
pub async fn cancel_job(state: State<'_, AppState>) -> ShellResult<bool> {
    Ok(state.jobs.current().is_some_and(|(id, _)| state.jobs.cancel(id)))
}

/// Writes the matrix for `filter` as CSV to `path`, rows and columns as `order` lists them.
#[tauri::command(rename_all = "snake_case")]
pub async fn export_matrix_csv(
    state: State<'_, AppState>,
    path: PathBuf,
    filter: AssessmentFilter,
    order: Option<MatrixOrder>,
) -> ShellResult<ExportSummary> {
    let (ticket, workspace) = crate::start_job(&state, JobKind::Export)?;
    work::run_job(ticket, move |_| {
        work::export_csv(&workspace, CsvKind::Matrix, &filter, order.as_ref(), &path)
    })
    .await
}

/// Writes the assessments `filter` selects as long-format CSV to `path`.
#[tauri::command(rename_all = "snake_case")]
pub async fn export_assessments_csv(
    state: State<'_, AppState>,
    path: PathBuf,
    filter: AssessmentFilter,
) -> ShellResult<ExportSummary> {
    let (ticket, workspace) = crate::start_job(&state, JobKind::Export)?;
    work::run_job(ticket, move |_| {
        work::export_csv(&workspace, CsvKind::Assessments, &filter, None, &path)
    })
    .await
}

// Reading ------------------------------------------------------------------

/// The article list, newest first: with `limit`, one page of it (the
/// articles imported before `before`), so that the library reads only what
/// it shows; without, every article.
#[tauri::command(rename_all = "snake_case")]
pub async fn articles(
    state: State<'_, AppState>,
    before: Option<i64>,
    limit: Option<usize>,
) -> ShellResult<Vec<ArticleSummary>> {
    state.workspaces.with_store(|store| match limit {
        Some(limit) => store.articles_page(before, limit),
        None => store.articles(),
    })
}

/// Full-text search; at most `limit` hits, best first.
#[tauri::command(rename_all = "snake_case")]
pub async fn search_articles(state: State<'_, AppState>, query: String, limit: usize) -> ShellResult<Vec<SearchHit>> {
    state.workspaces.with_store(|store| store.search(&query, limit))
}

/// One article with its text and mentions.
#[tauri::command(rename_all = "snake_case")]
pub async fn article(state: State<'_, AppState>, id: i64) -> ShellResult<ArticleDetail> {
    state.workspaces.with_store(|store| store.article(id))
}

#[tauri::command(rename_all = "snake_case")]
pub async fn delete_article(state: State<'_, AppState>, id: i64) -> ShellResult<()> {
    state.workspaces.with_store(|store| store.delete_article(id))
}

#[tauri::command(rename_all = "snake_case")]
pub async fn assessments(state: State<'_, AppState>, filter: AssessmentFilter) -> ShellResult<Vec<Assessment>> {
    state.workspaces.with_store(|store| store.assessments(&filter))
}

/// The stance matrix for `filter`, ordered and grouped by core as `layout` says.
#[tauri::command(rename_all = "snake_case")]
pub async fn matrix(
    state: State<'_, AppState>,
    filter: AssessmentFilter,
    layout: Option<Layout>,
) -> ShellResult<LaidOutMatrix> {
    let layout = layout.unwrap_or_default();
    state.workspaces.with_store(|store| store.matrix(&filter, &layout))
}

/// The article sources (outlets) for the filter's choices.
#[tauri::command(rename_all = "snake_case")]
pub async fn sources(state: State<'_, AppState>) -> ShellResult<Vec<String>> {
    state.workspaces.with_store(|store| store.sources())
}

#[tauri::command(rename_all = "snake_case")]
pub async fn actors(state: State<'_, AppState>) -> ShellResult<Vec<ActorSummary>> {
    state.workspaces.with_store(|store| store.actors())
}

#[tauri::command(rename_all = "snake_case")]
pub async fn issues(state: State<'_, AppState>) -> ShellResult<Vec<IssueSummary>> {
    state.workspaces.with_store(|store| store.issues())
}

// Review and history ---------------------------------------------------------

/// Accepts, rejects or resets an assessment; returns it as it now is.
#[tauri::command(rename_all = "snake_case")]
pub async fn set_review(state: State<'_, AppState>, id: i64, review: ReviewState) -> ShellResult<Assessment> {
    state
        .workspaces
        .with_store(|store| store.set_review(id, review).and_then(|()| store.assessment(id)))
}

/// Changes an assessment's holder, target and polarity; returns it as it now is.
#[tauri::command(rename_all = "snake_case")]
pub async fn edit_assessment(
    state: State<'_, AppState>,
    id: i64,
    holder_id: i64,
    target: AssessmentTarget,
    polarity: Polarity,
) -> ShellResult<Assessment> {
    state.workspaces.with_store(|store| {
        store
            .edit_assessment(id, holder_id, target, polarity)
            .and_then(|()| store.assessment(id))
    })
}

/// Adds the analyst's own assessment from selected text; returns it.
#[tauri::command(rename_all = "snake_case")]
pub async fn add_assessment(state: State<'_, AppState>, assessment: NewAssessment) -> ShellResult<Assessment> {
    state
        .workspaces
        .with_store(|store| store.add_assessment(&assessment).and_then(|id| store.assessment(id)))
}

/// Undoes the latest analyst action; returns what was undone.
#[tauri::command(rename_all = "snake_case")]
pub async fn undo(state: State<'_, AppState>) -> ShellResult<HistoryEntry> {
    state.workspaces.with_store(|store| store.undo())
}

#[tauri::command(rename_all = "snake_case")]
pub async fn redo(state: State<'_, AppState>) -> ShellResult<HistoryEntry> {
    state.workspaces.with_store(|store| store.redo())
}

/// Whether undo and redo have something to do, and the labels of what they would replay.
#[tauri::command(rename_all = "snake_case")]
pub async fn history_state(state: State<'_, AppState>) -> ShellResult<HistoryState> {
    state.workspaces.with_store(|store| store.history_state())
}

/// The analyst's actions, newest first.
#[tauri::command(rename_all = "snake_case")]
pub async fn history(state: State<'_, AppState>) -> ShellResult<Vec<HistoryEntry>> {
    state.workspaces.with_store(|store| store.history(HISTORY_LIMIT))
}

// Actors and issues ------------------------------------------------------------

/// Creates an actor; returns its id.
#[tauri::command(rename_all = "snake_case")]
pub async fn create_actor(state: State<'_, AppState>, name: String, kind: ActorKind) -> ShellResult<i64> {
    state.workspaces.with_store(|store| store.create_actor(&name, kind))
}

/// Creates an issue; returns its id.
#[tauri::command(rename_all = "snake_case")]
pub async fn create_issue(state: State<'_, AppState>, name: String) -> ShellResult<i64> {
    state.workspaces.with_store(|store| store.create_issue(&name))
}

#[tauri::command(rename_all = "snake_case")]
pub async fn rename_actor(state: State<'_, AppState>, id: i64, name: String) -> ShellResult<()> {
    state.workspaces.with_store(|store| store.rename_actor(id, &name))
}

/// Moves every mention and assessment of actor `from` to `into`, then removes `from`.
#[tauri::command(rename_all = "snake_case")]
pub async fn merge_actors(state: State<'_, AppState>, from: i64, into: i64) -> ShellResult<()> {
    state.workspaces.with_store(|store| store.merge_actors(from, into))
}

#[tauri::command(rename_all = "snake_case")]
pub async fn add_alias(state: State<'_, AppState>, id: i64, alias: String) -> ShellResult<()> {
    state.workspaces.with_store(|store| store.add_alias(id, &alias))
}

/// Changes an actor's kind, colour and affiliation (the fields `edit` names) as one undo step.
#[tauri::command(rename_all = "snake_case")]
pub async fn edit_actor(state: State<'_, AppState>, id: i64, edit: ActorEdit) -> ShellResult<()> {
    state.workspaces.with_store(|store| store.edit_actor(id, &edit))
}

#[tauri::command(rename_all = "snake_case")]
pub async fn rename_issue(state: State<'_, AppState>, id: i64, name: String) -> ShellResult<()> {
    state.workspaces.with_store(|store| store.rename_issue(id, &name))
}

#[tauri::command(rename_all = "snake_case")]
pub async fn merge_issues(state: State<'_, AppState>, from: i64, into: i64) -> ShellResult<()> {
    state.workspaces.with_store(|store| store.merge_issues(from, into))
}
