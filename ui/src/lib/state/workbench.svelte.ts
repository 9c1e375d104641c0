// The UI's shared state and the actions that span features: workspace,
// the filters (the matrix, network and over-time screens share them),
// analysis, exports. The matrix, review, network, history, library and
// import features keep their own state (matrix.svelte.ts, review.svelte.ts,
// network.svelte.ts, history.svelte.ts, library.svelte.ts, import.svelte.ts,
// and the Over time screen's change/state.svelte.ts);
// the Workbench owns one of each and refreshes them after actions that touch
// several. Components get it through context.ts; only the state modules talk
// to the Backend.

import type { Backend, BackendError, Progress, Unlisten } from '../backend';
import { asBackendError } from '../backend';
import { defaultFilters, toMatrixFilter, type FilterState } from '../filters';
import type { ActorSummary, ImportResult, IssueSummary, WorkspaceInfo } from '../model';
import type { AnalyseScope, AnalysisStatus } from '../bindings';
import { HistoryFeature } from './history.svelte';
import { MatrixFeature, orderOf } from './matrix.svelte';
import { ImportFeature } from './import.svelte';
import { LibraryFeature } from './library.svelte';
import { ReviewFeature } from './review.svelte';
import { NetworkFeature } from './network.svelte';
import { ChangeState } from '../../change/state.svelte';

export type View = 'matrix' | 'network' | 'change' | 'library' | 'actors' | 'history';

export class Workbench {
  ready = $state(false);
  view = $state<View>('matrix');
  workspace = $state<WorkspaceInfo | null>(null);
  recent = $state.raw<{ name: string; path: string }[]>([]);
  filters = $state<FilterState>(defaultFilters());
  showFilters = $state(true);

  actors = $state.raw<ActorSummary[]>([]);
  issues = $state.raw<IssueSummary[]>([]);

  /** Which extractor would analyse now and how many articles it has not analysed yet. */
  analysisStatus = $state.raw<AnalysisStatus | null>(null);
  /** Progress of a running analysis, or null. */
  analysis = $state<Progress | null>(null);
  error = $state<BackendError | null>(null);
  notice = $state<string | null>(null);
  help = $state(false);

  private unlisteners: Unlisten[] = [];

  readonly matrix: MatrixFeature;
  readonly review: ReviewFeature;
  readonly network: NetworkFeature;
  readonly history: HistoryFeature;
  readonly library: LibraryFeature;
  readonly imports = new ImportFeature();
  /** The Over time screen's settings and answers, kept while the app runs. */
  readonly change = new ChangeState();

  constructor(readonly backend: Backend) {
    const run = <T>(work: () => Promise<T>) => this.run(work);
    this.matrix = new MatrixFeature(backend, run, () => this.filters, () => this.change.badgeSpec());
    this.history = new HistoryFeature(backend, run);
    this.library = new LibraryFeature(backend, run);
    this.review = new ReviewFeature(backend, run, () => this.filters, this.matrix, {
      changed: () => this.refreshAfterChange(),
      actorsChanged: () => this.reloadActors(),
      notify: (message) => (this.notice = message),
    });
    this.network = new NetworkFeature(backend, () => this.filters, this.review);
  }

  // ---- plumbing ------------------------------------------------------------

  /** Runs a backend call, showing its error instead of throwing. */
  private async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (e) {
      this.error = asBackendError(e);
      return undefined;
    }
  }

  async init() {
    await this.run(async () => {
      this.unlisteners.push(await this.backend.onImportProgress((p) => this.imports.progress(p)));
      this.unlisteners.push(await this.backend.onImportFinished((r) => void this.onImportFinished(r)));
      this.unlisteners.push(
        await this.backend.onAnalyseProgress((p) => {
          this.analysis = p.done < p.total ? p : null;
        }),
      );
      this.unlisteners.push(await this.backend.onWorkspaceOpened(() => void this.loadWorkspace()));
      this.unlisteners.push(await this.backend.onBackgroundError((e) => (this.error = e)));
      this.unlisteners.push(
        await this.backend.onDragDrop((e) => {
          this.imports.dragging = e.type === 'enter' || e.type === 'over';
          // The shell imports dropped files itself; show the panel and wait for its result.
          if (e.type === 'drop' && e.paths?.length) this.imports.begin(e.paths.length);
        }),
      );
    });
    await this.loadWorkspace(() => (this.ready = true));
    this.ready = true;
  }

  dispose() {
    for (const u of this.unlisteners) u();
    this.unlisteners = [];
  }

  /**
   * Reads what the screens show of the workspace. The matrix is asked for
   * first: it is what the first screen shows, and the backend answers one
   * workspace call at a time. `drawable` is called once the matrix and the
   * workspace's name are in, before the actors, the library, the analysis
   * status and last the matrix's shift badges, which resolve the promise.
   */
  async loadWorkspace(drawable?: () => void) {
    this.review.clearSelection();
    const matrix = this.matrix.reload({ badges: false });
    await this.run(async () => {
      this.workspace = await this.backend.currentWorkspace();
      this.recent = await this.backend.recentWorkspaces();
      this.history.status = await this.backend.historyState();
      this.imports.last = await this.backend.lastImportReport();
    });
    await matrix;
    drawable?.();
    await Promise.all([
      this.run(async () => {
        this.analysisStatus = await this.backend.analysisStatus();
      }),
      this.reloadActors(),
      this.library.reload(),
    ]);
    void this.matrix.reloadCellShifts();
  }

  async switchWorkspace(how: 'new' | 'open' | { path: string }) {
    const ws = await this.run(() =>
      how === 'new' ? this.backend.newWorkspace() : how === 'open' ? this.backend.openWorkspace() : this.backend.openRecent(how.path),
    );
    if (ws) await this.loadWorkspace();
  }

  /** The workspace's article count again (a delete, an undo), which the library and sidebar show. */
  private async recount() {
    const ws = await this.run(() => this.backend.currentWorkspace());
    if (ws !== undefined) this.workspace = ws;
  }

  async reloadActors() {
    const [actors, issues] = (await this.run(() => Promise.all([this.backend.listActors(), this.backend.listIssues()]))) ?? [];
    if (actors) this.actors = actors;
    if (issues) this.issues = issues;
  }


  /** After any change: the matrix, the open cell's list and the undo state. */
  private async refreshAfterChange() {
    await this.history.refresh();
    if (this.view === 'history') void this.history.reloadEntries();
    await Promise.all([this.matrix.reload({ reorder: false }), this.review.reloadCell()]);
  }

  // ---- articles --------------------------------------------------------------

  /** Opens an article from the library with all its assessments listed. */
  async showArticle(id: number) {
    this.view = 'matrix';
    await this.review.showArticle(id);
  }

  /** Limits the matrix to one article and shows it with its text. */
  async matrixForArticle(id: number) {
    this.filters.articleId = id;
    await this.matrix.reload();
    await this.showArticle(id);
  }

  /** Deletes an article (undoable); the text pane closes when it showed it. */
  async deleteArticle(id: number) {
    const ok = await this.run(async () => {
      await this.backend.deleteArticle(id);
      return true;
    });
    if (!ok) return;
    this.review.articleDeleted(id);
    if (this.filters.articleId === id) this.filters.articleId = null;
    await Promise.all([this.library.reload(), this.reloadActors(), this.refreshAfterChange(), this.recount()]);
  }

  async undo() {
    await this.history.undo();
    await this.afterHistoryMove();
  }

  async redo() {
    await this.history.redo();
    await this.afterHistoryMove();
  }

  private async afterHistoryMove() {
    if (this.view === 'history') void this.history.reloadEntries();
    await Promise.all([
      this.matrix.reload({ reorder: false }),
      this.review.reloadCell(),
      this.reloadActors(),
      this.library.reload(),
      this.recount(),
    ]);
    await this.review.reopenArticle();
  }

  // ---- actors ----------------------------------------------------------------

  async actorChange(work: () => Promise<unknown>) {
    const ok = await this.run(async () => {
      await work();
      return true;
    });
    if (!ok) return;
    await Promise.all([this.reloadActors(), this.refreshAfterChange()]);
    await this.review.reopenArticle();
  }

  // ---- import, analysis, export -----------------------------------------------

  /** An import ended (ours, or one the shell ran for a drop): show it and reload what it added. */
  private async onImportFinished(result: ImportResult) {
    if (!this.imports.finished(result)) return;
    this.analysis = null;
    await this.loadWorkspace();
  }

  private async runImport(work: () => Promise<ImportResult | null>) {
    this.imports.begin();
    const report = await this.run(work);
    if (report === null || report === undefined) {
      this.imports.ended(report === undefined);
      return;
    }
    // The finished event may already have shown it; showing it twice is harmless.
    await this.onImportFinished(report);
  }

  importPaths(paths: string[]) {
    return this.runImport(() => this.backend.importPaths(paths));
  }

  pickAndImport(folder: boolean) {
    return this.runImport(() => this.backend.pickAndImport(folder));
  }

  /** Analyses what the current extractor has not analysed yet, or, when
   *  every article is current, all of them again. */
  async analyse() {
    const scope: AnalyseScope = this.analysisStatus?.outdated ? { scope: 'outdated' } : { scope: 'all' };
    this.analysis = { done: 0, total: 0 };
    const done = await this.run(() => this.backend.analyse(scope));
    this.analysis = null;
    if (done !== undefined) {
      this.notice = 'Analysis finished.';
      await this.loadWorkspace();
    }
  }

  async cancel() {
    await this.run(() => this.backend.cancelJob());
  }

  async exportMatrix() {
    const path = await this.run(() => this.backend.exportMatrixCsv(toMatrixFilter(this.filters), orderOf(this.matrix.laidOut)));
    if (path) this.notice = `Matrix saved to ${path}`;
  }

  async exportAssessments() {
    const path = await this.run(() => this.backend.exportAssessmentsCsv(toMatrixFilter(this.filters)));
    if (path) this.notice = `Assessments saved to ${path}`;
  }
}
