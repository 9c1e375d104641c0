// The real Backend: an adapter from what the UI asks (./backend.ts) to the
// shell's typed commands in ./api.ts. The records are the generated bindings
// as they come; only the filter bar's filter is translated. It never talks
// IPC itself.

import * as api from './api';
import type * as Api from './api';
import type { AssessmentEdit, AssessmentQuery, Backend, Progress } from './backend';
import type { Assessment, HistoryState, MatrixFilter } from './model';
import { REVIEW_STATES } from './model';

/** Our filter as the store's: every key present, `null` for "any". */
export function toAssessmentFilter(f: MatrixFilter, extra: Partial<Api.AssessmentFilter> = {}): Api.AssessmentFilter {
  return {
    ids: null,
    article_ids: f.article_ids?.length ? f.article_ids : null,
    published_from: f.date_from ?? null,
    published_to: f.date_to ?? null,
    sources: f.sources?.length ? f.sources : null,
    min_confidence: f.min_confidence > 0 ? f.min_confidence : null,
    // An empty list means every state here; the store reads `null` as "all but rejected".
    review_states: f.review_states.length ? f.review_states : [...REVIEW_STATES],
    holder_kinds: f.actor_kinds?.length ? f.actor_kinds : null,
    target_kinds: null,
    holder_ids: null,
    targets: null,
    accepted_only: false,
    ...extra,
  };
}

/** Undo and redo reject with `nothing_to_do` when the stack is empty: not an error to show. */
async function historyStep(step: () => Promise<unknown>): Promise<HistoryState> {
  try {
    await step();
  } catch (e) {
    if (!(api.isWireError(e) && e.code === 'nothing_to_do')) throw e;
  }
  return api.historyState();
}

let lastImport: Api.ImportResult | null = null;
function remember(r: Api.ImportResult | null): Api.ImportResult | null {
  if (r) lastImport = r;
  return r;
}

export const tauriBackend: Backend = {
  currentWorkspace: () => api.currentWorkspace(),
  newWorkspace: () => api.createWorkspace(),
  openWorkspace: () => api.openWorkspace(),
  openRecent: (path) => api.openWorkspace(path),
  recentWorkspaces: async () => (await api.recentWorkspaces()).filter((r) => r.exists).map((r) => ({ name: r.name, path: r.path })),

  importPaths: async (paths) => remember(await api.importPaths(paths))!,
  pickAndImport: async (folder) => remember(await api.pickAndImport(folder)),
  lastImportReport: async () => lastImport,
  analyse: (scope) => api.analyse(scope),
  analysisStatus: () => api.analysisStatus(),
  cancelJob: async () => {
    await api.cancelJob();
  },
  onImportProgress: (cb: (p: Progress) => void) => api.onImportProgress((p) => cb({ done: p.done, total: p.total, current: p.current })),
  onAnalyseProgress: (cb: (p: Progress) => void) => api.onAnalyseProgress((p) => cb({ done: p.done, total: p.total, current: p.current })),
  onImportFinished: (cb) => api.onImportFinished((r) => cb(remember(r)!)),
  onWorkspaceOpened: (cb) => api.onWorkspaceOpened(() => cb()),
  onBackgroundError: (cb) => api.onBackgroundError((e) => cb(e)),
  onDragDrop: (cb) => api.onDragDrop(cb),

  listArticles: async (query, page) =>
    query
      ? (await api.searchArticles(query)).map((h) => ({ ...h.article, snippet: h.snippet }))
      : api.articles(page?.before ?? null, page?.limit ?? null),
  listSources: () => api.sources(),
  getArticle: (id) => api.article(id),
  matrix: (filter, layout) => api.matrix(toAssessmentFilter(filter), layout),
  assessments: (q: AssessmentQuery): Promise<Assessment[]> =>
    api.assessments(
      toAssessmentFilter(q, {
        ids: q.ids ?? null,
        holder_ids: q.holder_id !== undefined ? [q.holder_id] : null,
        article_ids: q.article_id !== undefined ? [q.article_id] : q.article_ids?.length ? q.article_ids : null,
        target_kinds: q.target_kind ? [q.target_kind] : null,
        targets: q.target_id !== undefined && q.target_kind ? [{ kind: q.target_kind, id: q.target_id }] : null,
      }),
    ),
  network: (filter, request) => api.network(toAssessmentFilter(filter), request),
  change: {
    timeline: (filter, spec) => api.timeline(toAssessmentFilter(filter), spec),
    shifts: (filter, spec) => api.shifts(toAssessmentFilter(filter), spec),
    compareOutlets: (filter, left, right) => api.compareOutlets(toAssessmentFilter(filter), left, right),
    blocs: (filter) => api.blocs(toAssessmentFilter(filter)),
    saveChart: (chart, name) => api.saveChart(chart, name),
    exportTimelineCsv: (filter, spec) => api.exportTimelineCsv(toAssessmentFilter(filter), spec),
    exportShiftsCsv: (filter, spec) => api.exportShiftsCsv(toAssessmentFilter(filter), spec),
  },
  listActors: () => api.actors(),
  listIssues: () => api.issues(),

  setReview: (id, state) => api.setReview(id, state),
  editAssessment: (id, e: AssessmentEdit) => api.editAssessment(id, e.holder_id, e.target, e.polarity),
  addAssessment: (n) => api.addAssessment(n),
  undo: () => historyStep(api.undo),
  redo: () => historyStep(api.redo),
  historyState: () => api.historyState(),
  history: () => api.history(),

  renameActor: (id, name) => api.renameActor(id, name),
  mergeActors: (from, into) => api.mergeActors(from, into),
  renameIssue: (id, name) => api.renameIssue(id, name),
  mergeIssues: (from, into) => api.mergeIssues(from, into),
  deleteArticle: (id) => api.deleteArticle(id),
  addAlias: (id, alias) => api.addAlias(id, alias),
  editActor: (id, edit) => api.editActor(id, edit),
  createActor: (name, kind) => api.createActor(name, kind),
  createIssue: (name) => api.createIssue(name),

  exportMatrixCsv: async (filter, order) => (await api.exportMatrixCsv(toAssessmentFilter(filter), order))?.path ?? null,
  exportAssessmentsCsv: async (filter) => (await api.exportAssessmentsCsv(toAssessmentFilter(filter)))?.path ?? null,
};
