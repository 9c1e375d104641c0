// The real Backend: an adapter from what the UI asks (./backend.ts) to the
// shell's typed commands in ./api.ts. It translates shapes only (filters,
// matrix cells by index, import outcomes); it never talks IPC itself.

import * as api from './api';
import type * as Api from './api';
import type { AssessmentEdit, AssessmentQuery, Backend, NewAssessment, Progress } from './backend';
import type {
  ActorSummary,
  ArticleDoc,
  ArticleSummary,
  Assessment,
  HistoryState,
  ImportReport,
  MatrixFilter,
  ReviewState,
  WorkspaceInfo,
} from './model';
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

/** The store's import report as the per-file list the UI shows. */
export function toImportReport(r: Api.ImportResult): ImportReport {
  return {
    job_id: r.job_id,
    cancelled: r.import.cancelled,
    files: r.import.items.map((item) => {
      const o = item.outcome;
      return o.status === 'failed'
        ? { file: item.name, status: 'failed' as const, reason: o.reason }
        : { file: item.name, status: o.status, article_id: o.article_id };
    }),
  };
}

function toArticleSummary(a: Api.ArticleSummary): ArticleSummary {
  return {
    id: a.id,
    title: a.title,
    published: a.published,
    source: a.source,
    url: null,
    file_name: a.origin_name,
    stance_count: a.stance_count,
  };
}

function toArticleDoc(a: Api.ArticleDetail): ArticleDoc {
  return {
    id: a.id,
    title: a.title,
    text: a.text,
    published: a.published,
    source: a.source,
    url: a.url,
    mentions: a.mentions.filter((m) => m.of.kind === 'actor').map((m) => ({ actor_id: m.of.id, name: m.of.name, span: m.span })),
  };
}

function toActorSummary(a: Api.ActorSummary): ActorSummary {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    colour: a.colour,
    affiliation: a.affiliation,
    aliases: a.aliases,
    mention_count: a.mentions,
    assessment_count: a.as_holder + a.as_target,
  };
}

function toWorkspace(w: Api.WorkspaceInfo | null): WorkspaceInfo | null {
  return w && { name: w.name, path: w.path, article_count: w.article_count };
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

let lastImport: ImportReport | null = null;
function remember(r: Api.ImportResult | null): ImportReport | null {
  if (r) lastImport = toImportReport(r);
  return r && lastImport;
}

export const tauriBackend: Backend = {
  currentWorkspace: async () => toWorkspace(await api.currentWorkspace()),
  newWorkspace: async () => toWorkspace(await api.createWorkspace()),
  openWorkspace: async () => toWorkspace(await api.openWorkspace()),
  openRecent: async (path) => toWorkspace(await api.openWorkspace(path)),
  recentWorkspaces: async () => (await api.recentWorkspaces()).filter((r) => r.exists).map((r) => ({ name: r.name, path: r.path })),

  importPaths: async (paths) => remember(await api.importPaths(paths))!,
  pickAndImport: async (folder) => remember(await api.pickAndImport(folder)),
  lastImportReport: async () => lastImport,
  analyse: (ids) => api.analyse(ids),
  cancelJob: async () => {
    await api.cancelJob();
  },
  onImportProgress: (cb: (p: Progress) => void) => api.onImportProgress((p) => cb({ done: p.done, total: p.total, current: p.current })),
  onAnalyseProgress: (cb: (p: Progress) => void) => api.onAnalyseProgress((p) => cb({ done: p.done, total: p.total, current: p.current })),
  onImportFinished: (cb) => api.onImportFinished((r) => cb(remember(r)!)),
  onWorkspaceOpened: (cb) => api.onWorkspaceOpened(() => cb()),
  onBackgroundError: (cb) => api.onBackgroundError((e) => cb(e)),
  onDragDrop: (cb) => api.onDragDrop(cb),

  listArticles: async (query) =>
    query
      ? (await api.searchArticles(query)).map((h) => ({ ...toArticleSummary(h.article), snippet: h.snippet }))
      : (await api.articles()).map(toArticleSummary),
  getArticle: async (id) => toArticleDoc(await api.article(id)),
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
  listActors: async () => (await api.actors()).map(toActorSummary),
  listIssues: async () =>
    (await api.issues()).map((i) => ({ id: i.id, name: i.name, aliases: i.aliases, mention_count: i.mentions, assessment_count: i.as_target })),

  setReview: (id, state) => api.setReview(id, state),
  editAssessment: (id, e: AssessmentEdit) => api.editAssessment(id, e.holder_id, e.target, e.polarity),
  addAssessment: (n: NewAssessment) =>
    api.addAssessment({
      article_id: n.article_id,
      holder_id: n.holder_id,
      target: n.target,
      polarity: n.polarity,
      evidence: n.evidence,
      cue: n.cue ?? null,
      holder_span: null,
      target_span: null,
      confidence: null,
    }),
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
