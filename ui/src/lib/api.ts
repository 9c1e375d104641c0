// The UI's only door to the desktop shell: one typed, documented function per
// Tauri command, the event subscriptions, and the file dialogs. Nothing else
// in ui/ imports @tauri-apps/api or @tauri-apps/plugin-dialog.
//
// Types come from ./bindings (generated from the Rust types by ts-rs; never
// edit them by hand). Offsets are UTF-8 byte offsets, as the store keeps them;
// ./offsets.ts converts them for JavaScript strings. Every function rejects
// with a `WireError` `{ code, message }`: switch on `code`, show `message`.
//
// Dialogs sit behind a seam: functions that need a path take an optional
// one and ask the user only when it is missing, so tests hand paths in.
//
// Where these differ from ui/NEEDS.md (api.ts wins, as NEEDS.md says):
// - listArticles(query, page) → `articles(before, limit)` (one page, newest first), or
//   `searchArticles(query)` (hits with snippets); listSources → `sources()`.
// - getArticle(id) → `article(id)`: `ArticleDetail`, mentions as `{ of: TargetRef, span, text }`.
// - matrix(filter, layout) → `LaidOutMatrix`: `matrix` (`holders`, `targets`, and
//   sparse `cells` by `row`/`col` index with `support`, `oppose` and `net`; a cell's
//   assessments are read by holder and target when it is opened) already in core's
//   order, and the `row_groups`/`col_groups`.
// - MatrixFilter → `Filter` (`Partial<AssessmentFilter>`): `published_from`/`_to`,
//   `sources`, `min_confidence`, `review_states`, `holder_kinds`, `accepted_only`.
// - importPaths/pickAndImport → `ImportResult` `{ job_id, import: ImportReport, analysis }`;
//   per-file lines are `import.items[]` `{ path, name, outcome: { status, … } }`.
//   `onImportFinished` delivers the same for drops; there is no lastImportReport.
// - editAssessment(id, holderId, target, polarity) with `target: { kind, id }`;
//   addAssessment takes a `NewAssessment`; setReview/edit/add resolve to the `Assessment`.
// - listActors/listIssues → `actors()`/`issues()`; editActor(id, ActorEdit) is one
//   command and one undo step; undo/redo resolve to the `HistoryEntry`.
// - newWorkspace/openRecent → `createWorkspace(path?)`/`openWorkspace(path)`.

import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { open, save } from '@tauri-apps/plugin-dialog';

import type {
  ActorKind,
  ActorSummary,
  AnalyseReport,
  AnalyseScope,
  AnalysisStatus,
  BlocPartition,
  Chart,
  ArticleDetail,
  ArticleSummary,
  Assessment,
  AssessmentFilter,
  AssessmentTarget,
  ErrorCode,
  ExportSummary,
  HistoryEntry,
  HistoryState,
  ActorEdit,
  ImportResult,
  IssueSummary,
  JobProgress,
  LaidOutMatrix,
  Layout,
  MatrixOrder,
  NetworkGraph,
  NetworkRequest,
  NewAssessment,
  OutletComparison,
  Polarity,
  RecentWorkspace,
  ReviewState,
  SearchHit,
  ShiftSpec,
  Shifts,
  Timeline,
  TimelineSpec,
  WireError,
  WorkspaceInfo,
} from './bindings';

export type * from './bindings';
export type { UnlistenFn };

/**
 * Which assessments to read. Every field of `AssessmentFilter` may be left
 * out (the shell fills in its default: every assessment not rejected).
 */
export type Filter = Partial<AssessmentFilter>;

/** The file types the import dialog offers (folders are walked for the same). */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'pdf', 'docx', 'eml', 'json', 'jsonl', 'dna'];

/** The extension of workspace files. */
export const WORKSPACE_EXTENSION = 'standpoint';

// Errors ------------------------------------------------------------------

/** True when `value` has the `{ code, message }` shape every command rejects with. */
export function isWireError(value: unknown): value is WireError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Any rejection as a `WireError`; IPC failures that are not the shell's own become `internal`. */
export function toWireError(error: unknown): WireError {
  if (isWireError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal' satisfies ErrorCode, message };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toWireError(error);
  }
}

// Workspaces ----------------------------------------------------------------

/** The open workspace, or `null` when none could be opened on start. */
export function currentWorkspace(): Promise<WorkspaceInfo | null> {
  return call('current_workspace');
}

/** Opens a workspace file: `path`, or one the user picks (`null` when they cancel). */
export async function openWorkspace(path?: string): Promise<WorkspaceInfo | null> {
  const chosen = path ?? (await pickWorkspaceFile());
  return chosen === null ? null : call('open_workspace', { path: chosen });
}

/** Creates a workspace at `path`, or where the user says (`null` when they cancel). Refuses an existing file. */
export async function createWorkspace(path?: string): Promise<WorkspaceInfo | null> {
  const chosen = path ?? (await save({ title: 'New workspace', filters: [workspaceFilter()] }));
  return chosen === null ? null : call('create_workspace', { path: chosen });
}

/** Recently used workspaces, most recent first; `exists` is false for moved or deleted files. */
export function recentWorkspaces(): Promise<RecentWorkspace[]> {
  return call('recent_workspaces');
}

// Import, analysis, export (long jobs) ----------------------------------------

/**
 * Imports files and folders, then analyses the new articles. Progress arrives
 * through `onImportProgress` and `onAnalyseProgress`; the result also through
 * `onImportFinished` (which is how imports started by a drop are seen).
 */
export function importPaths(paths: string[]): Promise<ImportResult> {
  return call('import_paths', { paths });
}

/** Asks for files (or one folder) to import; `null` when the user cancels. */
export async function pickImportPaths(folder: boolean): Promise<string[] | null> {
  const picked = await open({
    title: folder ? 'Import a folder of articles' : 'Import articles',
    directory: folder,
    multiple: !folder,
    filters: folder ? undefined : [{ name: 'Articles', extensions: IMPORT_EXTENSIONS }],
  });
  if (picked === null) return null;
  return Array.isArray(picked) ? picked : [picked];
}

/** The open dialog, then the import; `null` when the user cancels. */
export async function pickAndImport(folder: boolean): Promise<ImportResult | null> {
  const paths = await pickImportPaths(folder);
  return paths === null || paths.length === 0 ? null : importPaths(paths);
}

/** Runs the extractor over the articles `scope` names (all, the outdated ones, or given ids). */
export function analyse(scope: AnalyseScope): Promise<AnalyseReport> {
  return call('analyse', { scope });
}

/** Which extractor would analyse now, and how many articles it has not analysed yet. */
export function analysisStatus(): Promise<AnalysisStatus> {
  return call('analysis_status');
}

/** Asks the running import, analysis or export to stop; false when none runs. */
export function cancelJob(): Promise<boolean> {
  return call('cancel_job');
}

/**
 * Writes the matrix that `filter` selects as CSV, with the rows and columns
 * `order` lists (the ones on screen, in screen order). Saves to `path`, or
 * where the user says; `null` when they cancel.
 */
export async function exportMatrixCsv(
  filter: Filter,
  order?: MatrixOrder,
  path?: string,
): Promise<ExportSummary | null> {
  const chosen = path ?? (await pickCsvPath('stance-matrix.csv'));
  return chosen === null ? null : call('export_matrix_csv', { path: chosen, filter, order: order ?? null });
}

/** Writes the assessments `filter` selects as long-format CSV; `null` when the user cancels. */
export async function exportAssessmentsCsv(filter: Filter, path?: string): Promise<ExportSummary | null> {
  const chosen = path ?? (await pickCsvPath('assessments.csv'));
  return chosen === null ? null : call('export_assessments_csv', { path: chosen, filter });
}

// Reading ---------------------------------------------------------------------

/** The articles for the library, newest first: every one, or with `limit`
 *  one page of them (those imported before the article `before`). */
export function articles(before: number | null = null, limit: number | null = null): Promise<ArticleSummary[]> {
  return call('articles', { before, limit });
}

/** Full-text search over the articles, best first, with snippets (offsets into the snippet text). */
export function searchArticles(query: string, limit = 200): Promise<SearchHit[]> {
  return call('search_articles', { query, limit });
}

/** One article with its text and the actor and issue mentions in it. */
export function article(id: number): Promise<ArticleDetail> {
  return call('article', { id });
}

/** Removes an article with its mentions and assessments. */
export function deleteArticle(id: number): Promise<void> {
  return call('delete_article', { id });
}

/** The assessments `filter` selects (a cell's: by its holder and target). */
export function assessments(filter: Filter): Promise<Assessment[]> {
  return call('assessments', { filter });
}

/**
 * The stance matrix over the assessments `filter` selects, its rows and
 * columns already ordered and grouped by core as `layout` says (by name
 * when left out). Draw it as it comes.
 */
export function matrix(filter: Filter, layout?: Layout): Promise<LaidOutMatrix> {
  return call('matrix', { filter, layout: layout ?? null });
}

/**
 * The discourse network (two-mode holder × target, or one-mode actor × actor)
 * of the assessments `filter` selects; every edge lists its `assessment_ids`.
 * A two-mode request with a normalisation other than `none` rejects with `invalid`.
 */
export function network(filter: Filter, request: NetworkRequest): Promise<NetworkGraph> {
  return call('network', { filter, request });
}

// Change over time, outlets, blocs ---------------------------------------------

/** The stance over time of the pairs `spec` names (a holder across its targets, or one pair). */
export function timeline(filter: Filter, spec: Partial<TimelineSpec>): Promise<Timeline> {
  return call('timeline', { filter, spec });
}

/** Changes of sign of net stances between periods with at least `min_evidence` (suggestion 1, reviewed 2). */
export function shifts(filter: Filter, spec: Partial<ShiftSpec>): Promise<Shifts> {
  return call('shifts', { filter, spec });
}

/** Two outlets' matrices on shared axes and the cells where their net stances differ in sign. */
export function compareOutlets(filter: Filter, left: string, right: string): Promise<OutletComparison> {
  return call('compare_outlets', { filter, left, right });
}

/** The actors' signed blocs (structural balance) and the frustration index. */
export function blocs(filter: Filter): Promise<BlocPartition> {
  return call('blocs', { filter });
}

/**
 * Writes a drawn chart (SVG markup or PNG bytes) to `path`, or where the user
 * says; resolves the path written, or `null` when they cancel.
 */
export async function saveChart(chart: Chart, name: string, path?: string): Promise<string | null> {
  const extension = chart.format;
  const chosen =
    path ??
    (await save({ title: 'Save chart', defaultPath: name, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] }));
  if (chosen === null) return null;
  await call<number>('save_chart', { path: chosen, chart });
  return chosen;
}

/** Writes the timeline `spec` names as CSV (one row per pair and period); `null` when the user cancels. */
export async function exportTimelineCsv(filter: Filter, spec: Partial<TimelineSpec>, path?: string): Promise<string | null> {
  const chosen = path ?? (await pickCsvPath('timeline.csv'));
  if (chosen === null) return null;
  await call<number>('export_timeline_csv', { path: chosen, filter, spec });
  return chosen;
}

/** Writes the shifts as CSV (with the evidence either side); `null` when the user cancels. */
export async function exportShiftsCsv(filter: Filter, spec: Partial<ShiftSpec>, path?: string): Promise<string | null> {
  const chosen = path ?? (await pickCsvPath('shifts.csv'));
  if (chosen === null) return null;
  await call<number>('export_shifts_csv', { path: chosen, filter, spec });
  return chosen;
}

/** The article sources (outlets) in the workspace, for the filter. */
export function sources(): Promise<string[]> {
  return call('sources');
}

export function actors(): Promise<ActorSummary[]> {
  return call('actors');
}

export function issues(): Promise<IssueSummary[]> {
  return call('issues');
}

// Review and history -------------------------------------------------------------

/** Accepts, rejects or resets an assessment (one undo step); resolves to it as it now is. */
export function setReview(id: number, review: ReviewState): Promise<Assessment> {
  return call('set_review', { id, review });
}

/** Changes an assessment's holder, target and polarity (one undo step). */
export function editAssessment(
  id: number,
  holderId: number,
  target: AssessmentTarget,
  polarity: Polarity,
): Promise<Assessment> {
  return call('edit_assessment', { id, holder_id: holderId, target, polarity });
}

/** Adds the analyst's own assessment from selected text (one undo step). */
export function addAssessment(assessment: NewAssessment): Promise<Assessment> {
  return call('add_assessment', { assessment });
}

/** Undoes the latest analyst action; resolves to what was undone. Rejects with `nothing_to_do`. */
export function undo(): Promise<HistoryEntry> {
  return call('undo');
}

/** Redoes the earliest undone action. Rejects with `nothing_to_do`. */
export function redo(): Promise<HistoryEntry> {
  return call('redo');
}

/** Whether undo and redo have anything to do. */
export function historyState(): Promise<HistoryState> {
  return call('history_state');
}

/** The analyst's actions, newest first. */
export function history(): Promise<HistoryEntry[]> {
  return call('history');
}

// Actors and issues ---------------------------------------------------------------

/** Creates an actor; resolves to its id. Rejects with `name_taken` for a used name. */
export function createActor(name: string, kind: ActorKind): Promise<number> {
  return call('create_actor', { name, kind });
}

/** Creates an issue; resolves to its id. */
export function createIssue(name: string): Promise<number> {
  return call('create_issue', { name });
}

export function renameActor(id: number, name: string): Promise<void> {
  return call('rename_actor', { id, name });
}

/** Moves every mention and assessment of actor `from` to `into`, then removes `from`. */
export function mergeActors(from: number, into: number): Promise<void> {
  return call('merge_actors', { from, into });
}

export function addAlias(id: number, alias: string): Promise<void> {
  return call('add_alias', { id, alias });
}

/**
 * Changes an actor's kind, colour (`#rrggbb`, `null` clears) and affiliation
 * (an actor id, `null` clears): the fields `edit` holds, as one undo step.
 */
export function editActor(id: number, edit: ActorEdit): Promise<void> {
  return call('edit_actor', { id, edit });
}

export function renameIssue(id: number, name: string): Promise<void> {
  return call('rename_issue', { id, name });
}

export function mergeIssues(from: number, into: number): Promise<void> {
  return call('merge_issues', { from, into });
}

// Events ----------------------------------------------------------------------------

/** A file of an import is being read. */
export function onImportProgress(handler: (progress: JobProgress) => void): Promise<UnlistenFn> {
  return listen<JobProgress>('import-progress', (event) => handler(event.payload));
}

/** An article is being analysed (after an import, or by `analyse`). */
export function onAnalyseProgress(handler: (progress: JobProgress) => void): Promise<UnlistenFn> {
  return listen<JobProgress>('analyse-progress', (event) => handler(event.payload));
}

/** An import ended, whether the UI or a drop on the window started it. */
export function onImportFinished(handler: (result: ImportResult) => void): Promise<UnlistenFn> {
  return listen<ImportResult>('import-finished', (event) => handler(event.payload));
}

/** Another workspace was opened or created. */
export function onWorkspaceOpened(handler: (workspace: WorkspaceInfo) => void): Promise<UnlistenFn> {
  return listen<WorkspaceInfo>('workspace-opened', (event) => handler(event.payload));
}

/** Work the UI did not ask for failed (files dropped while another job ran, say). */
export function onBackgroundError(handler: (error: WireError) => void): Promise<UnlistenFn> {
  return listen<WireError>('background-error', (event) => handler(event.payload));
}

/** Files dragged over the window, for the drop overlay. */
export type DragDrop = { type: 'enter' | 'over' | 'drop' | 'leave'; paths?: string[] };

/**
 * Drag-and-drop of files over the window. The shell imports dropped files by
 * itself (results come through `onImportFinished`): use this only to show the
 * overlay, never to import a second time.
 */
export function onDragDrop(handler: (event: DragDrop) => void): Promise<UnlistenFn> {
  return getCurrentWebview().onDragDropEvent((event) => {
    const payload = event.payload;
    handler(
      payload.type === 'enter' || payload.type === 'drop'
        ? { type: payload.type, paths: payload.paths }
        : { type: payload.type },
    );
  });
}

// Dialogs -----------------------------------------------------------------------------

function workspaceFilter() {
  return { name: 'Standpoint workspace', extensions: [WORKSPACE_EXTENSION] };
}

async function pickWorkspaceFile(): Promise<string | null> {
  const picked = await open({ title: 'Open workspace', multiple: false, directory: false, filters: [workspaceFilter()] });
  return Array.isArray(picked) ? (picked[0] ?? null) : picked;
}

async function pickCsvPath(defaultPath: string): Promise<string | null> {
  return save({ title: 'Export CSV', defaultPath, filters: [{ name: 'CSV', extensions: ['csv'] }] });
}
