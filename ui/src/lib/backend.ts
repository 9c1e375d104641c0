// What the UI asks of the backend, as one interface. The real implementation
// is an adapter over api.ts (the only IPC code, owned by the shell); tests and
// the dev-only `?mock` mode pass an in-memory one. Keeping the UI's state
// behind this seam is what lets the review loop be tested without a window.

import type {
  ActorEdit,
  ActorKind,
  ActorSummary,
  ArticleDetail,
  ArticleListing,
  Assessment,
  HistoryEntry,
  HistoryState,
  ImportResult,
  IssueSummary,
  LaidOutMatrix,
  Layout,
  MatrixFilter,
  MatrixOrder,
  NetworkGraph,
  NetworkRequest,
  NewAssessment,
  Polarity,
  TargetKind,
  WorkspaceInfo,
} from './model';
import type { AnalyseScope, AnalysisStatus, BlocPartition, Chart, OutletComparison, ShiftSpec, Shifts, Timeline, TimelineSpec } from './bindings';

export interface AssessmentQuery extends MatrixFilter {
  /** Only these assessments (a network edge's evidence). */
  ids?: number[];
  holder_id?: number;
  target_id?: number;
  target_kind?: TargetKind;
  article_id?: number;
}

export interface AssessmentEdit {
  holder_id: number;
  target: { kind: TargetKind; id: number };
  polarity: Polarity;
}

export interface Progress {
  done: number;
  total: number;
  /** The file being read, when the backend says. */
  current?: string | null;
}

export type DragEvent = { type: 'enter' | 'over' | 'drop' | 'leave'; paths?: string[] };
export type Unlisten = () => void;

/** An error as the shell sends it: a closed `code` to switch on, and a readable message. */
export interface BackendError {
  code: string;
  message: string;
}

export function asBackendError(e: unknown): BackendError {
  if (e && typeof e === 'object' && 'message' in e) {
    const o = e as { code?: unknown; message: unknown };
    return { code: typeof o.code === 'string' ? o.code : 'error', message: String(o.message) };
  }
  return { code: 'error', message: typeof e === 'string' ? e : 'Something went wrong.' };
}

/** What the change screen asks: see ../change/ and api.ts. */
export interface ChangeBackend {
  timeline(filter: MatrixFilter, spec: Partial<TimelineSpec>): Promise<Timeline>;
  shifts(filter: MatrixFilter, spec: Partial<ShiftSpec>): Promise<Shifts>;
  compareOutlets(filter: MatrixFilter, left: string, right: string): Promise<OutletComparison>;
  blocs(filter: MatrixFilter): Promise<BlocPartition>;
  /** Save dialog (suggesting `name`), then write; the saved path, or null when cancelled. */
  saveChart(chart: Chart, name: string): Promise<string | null>;
  /** Save dialog, then the CSV; the saved path, or null when cancelled. */
  exportTimelineCsv(filter: MatrixFilter, spec: Partial<TimelineSpec>): Promise<string | null>;
  exportShiftsCsv(filter: MatrixFilter, spec: Partial<ShiftSpec>): Promise<string | null>;
}

/** One page of the article list: `limit` articles imported before `before` (null: from the newest). */
export type ArticlePage = { before: number | null; limit: number };

export interface Backend {
  currentWorkspace(): Promise<WorkspaceInfo | null>;
  newWorkspace(): Promise<WorkspaceInfo | null>;
  openWorkspace(): Promise<WorkspaceInfo | null>;
  openRecent(path: string): Promise<WorkspaceInfo | null>;
  recentWorkspaces(): Promise<{ name: string; path: string }[]>;

  importPaths(paths: string[]): Promise<ImportResult>;
  /** Opens the file (or folder) dialog and imports; null when cancelled. */
  pickAndImport(folder: boolean): Promise<ImportResult | null>;
  lastImportReport(): Promise<ImportResult | null>;
  /** Runs the extractor over the articles `scope` names. */
  analyse(scope: AnalyseScope): Promise<unknown>;
  /** Which extractor would analyse now, and how many articles it has not analysed yet. */
  analysisStatus(): Promise<AnalysisStatus>;
  cancelJob(): Promise<void>;
  onImportProgress(cb: (p: Progress) => void): Promise<Unlisten>;
  /** Articles being analysed (after an import, or by `analyse`). */
  onAnalyseProgress(cb: (p: Progress) => void): Promise<Unlisten>;
  /** Every finished import, including the ones the shell starts for dropped files. */
  onImportFinished(cb: (r: ImportResult) => void): Promise<Unlisten>;
  /** Another workspace was opened (by the shell or another window). */
  onWorkspaceOpened(cb: () => void): Promise<Unlisten>;
  /** Work the UI did not ask for failed (a drop while another job ran, say). */
  onBackgroundError(cb: (e: BackendError) => void): Promise<Unlisten>;
  /** Drags over the window, for the overlay only: the shell imports dropped files itself. */
  onDragDrop(cb: (e: DragEvent) => void): Promise<Unlisten>;

  /**
   * The library's articles: those the search `query` finds (best first), or,
   * newest first, all of them or one `page` (the `limit` articles imported
   * before the article `before`), so a big workspace is listed as it scrolls.
   */
  listArticles(query?: string, page?: ArticlePage): Promise<ArticleListing[]>;
  /** The articles' sources (outlets), for the filters, without listing the articles. */
  listSources(): Promise<string[]>;
  getArticle(id: number): Promise<ArticleDetail>;
  /** The matrix in the order and groups `layout` asks for: the UI draws it as it comes. */
  matrix(filter: MatrixFilter, layout: Layout): Promise<LaidOutMatrix>;
  assessments(query: AssessmentQuery): Promise<Assessment[]>;
  /**
   * The discourse network of the assessments `filter` selects. Optional: only
   * the desktop shell computes networks (standpoint-core); the in-memory
   * backend does not restate that domain code, and the view says so.
   */
  network?(filter: MatrixFilter, request: NetworkRequest): Promise<NetworkGraph>;
  /** Change over time, outlet comparison and blocs: computed by the shell (standpoint-core) only, as networks. */
  change?: ChangeBackend;
  listActors(): Promise<ActorSummary[]>;
  listIssues(): Promise<IssueSummary[]>;

  setReview(id: number, state: 'accepted' | 'rejected' | 'suggested'): Promise<Assessment>;
  editAssessment(id: number, edit: AssessmentEdit): Promise<Assessment>;
  addAssessment(a: NewAssessment): Promise<Assessment>;
  undo(): Promise<HistoryState>;
  redo(): Promise<HistoryState>;
  historyState(): Promise<HistoryState>;
  /** The analyst's actions, newest first. */
  history(): Promise<HistoryEntry[]>;

  renameActor(id: number, name: string): Promise<void>;
  renameIssue(id: number, name: string): Promise<void>;
  /** Moves every mention and assessment of issue `fromId` to `intoId`, then removes `fromId`. */
  mergeIssues(fromId: number, intoId: number): Promise<void>;
  /** Removes an article with its mentions and assessments. */
  deleteArticle(id: number): Promise<void>;
  mergeActors(fromId: number, intoId: number): Promise<void>;
  addAlias(id: number, alias: string): Promise<void>;
  /** Kind, colour and affiliation in one action (one undo step). */
  editActor(id: number, edit: ActorEdit): Promise<void>;
  createActor(name: string, kind: ActorKind): Promise<number>;
  createIssue(name: string): Promise<number>;

  /** Save dialog, then write; resolves the saved path or null when cancelled. */
  exportMatrixCsv(filter: MatrixFilter, order?: MatrixOrder): Promise<string | null>;
  exportAssessmentsCsv(filter: MatrixFilter): Promise<string | null>;
}
