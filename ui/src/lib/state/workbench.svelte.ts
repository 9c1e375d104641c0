// The UI's shared state and the actions that span features: workspace,
// the filters (the matrix, network and over-time screens share them), the
// selected cell with its assessments and article, the review loop, exports.
// The matrix, history, library and import features keep their own state
// (matrix.svelte.ts, history.svelte.ts, library.svelte.ts, import.svelte.ts);
// the Workbench owns one of each and refreshes them after actions that touch
// several. Components get it through context.ts; only the state modules talk
// to the Backend.

import type { AssessmentEdit, Backend, BackendError, Progress, Unlisten } from '../backend';
import { asBackendError } from '../backend';
import { defaultFilters, toMatrixFilter, type FilterState } from '../filters';
import type {
  ActorSummary,
  ArticleDetail,
  Assessment,
  ImportResult,
  IssueSummary,
  NewAssessment,
  Span,
  TargetKind,
  WorkspaceInfo,
} from '../model';
import { targetKey } from '../model';
import { step } from '../../review/keys';
import { HistoryFeature } from './history.svelte';
import { MatrixFeature, orderOf } from './matrix.svelte';
import { ImportFeature } from './import.svelte';
import { LibraryFeature } from './library.svelte';


export type View = 'matrix' | 'network' | 'change' | 'library' | 'actors' | 'history';

export interface CellSelection {
  holderId: number;
  targetKind: TargetKind;
  targetId: number;
  targetKey: string;
  label: string;
}

export class Workbench {
  ready = $state(false);
  view = $state<View>('matrix');
  workspace = $state<WorkspaceInfo | null>(null);
  recent = $state.raw<{ name: string; path: string }[]>([]);
  filters = $state<FilterState>(defaultFilters());
  showFilters = $state(true);

  actors = $state.raw<ActorSummary[]>([]);
  issues = $state.raw<IssueSummary[]>([]);

  selection = $state<CellSelection | null>(null);
  /** The list's title when it shows one holder's assessments (row header click). */
  holderView = $state<string | null>(null);
  cellAssessments = $state.raw<Assessment[]>([]);
  currentId = $state<number | null>(null);
  article = $state.raw<ArticleDetail | null>(null);

  /** Progress of a running analysis, or null. */
  analysis = $state<Progress | null>(null);
  error = $state<BackendError | null>(null);
  notice = $state<string | null>(null);
  help = $state(false);
  editing = $state<Assessment | null>(null);
  adding = $state<{ articleId: number; span: Span; text: string } | null>(null);

  private unlisteners: Unlisten[] = [];

  readonly matrix: MatrixFeature;
  readonly history: HistoryFeature;
  readonly library: LibraryFeature;
  readonly imports = new ImportFeature();

  constructor(readonly backend: Backend) {
    const run = <T>(work: () => Promise<T>) => this.run(work);
    this.matrix = new MatrixFeature(backend, run, () => this.filters);
    this.history = new HistoryFeature(backend, run);
    this.library = new LibraryFeature(backend, run);
  }

  // ---- derived views -------------------------------------------------------

  current = $derived(this.cellAssessments.find((a) => a.id === this.currentId) ?? null);

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
    await this.loadWorkspace();
    this.ready = true;
  }

  dispose() {
    for (const u of this.unlisteners) u();
    this.unlisteners = [];
  }

  async loadWorkspace() {
    await this.run(async () => {
      this.workspace = await this.backend.currentWorkspace();
      this.recent = await this.backend.recentWorkspaces();
      this.history.status = await this.backend.historyState();
      this.imports.last = await this.backend.lastImportReport();
    });
    this.clearSelection();
    await Promise.all([this.matrix.reload(), this.reloadActors(), this.library.reload()]);
  }

  async switchWorkspace(how: 'new' | 'open' | { path: string }) {
    const ws = await this.run(() =>
      how === 'new' ? this.backend.newWorkspace() : how === 'open' ? this.backend.openWorkspace() : this.backend.openRecent(how.path),
    );
    if (ws) await this.loadWorkspace();
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
    await Promise.all([this.matrix.reload({ reorder: false }), this.reloadCell()]);
  }

  // ---- selection -------------------------------------------------------------

  clearSelection() {
    this.selection = null;
    this.holderView = null;
    this.cellAssessments = [];
    this.currentId = null;
  }

  async selectCell(holderId: number, targetKind: TargetKind, targetId: number) {
    const holder = this.matrix.rows.find((h) => h.id === holderId);
    const target = this.matrix.cols.find((t) => t.kind === targetKind && t.id === targetId);
    this.holderView = null;
    this.selection = {
      holderId,
      targetKind,
      targetId,
      targetKey: targetKey(targetKind, targetId),
      label: `${holder?.name ?? '?'} → ${target?.name ?? '?'}`,
    };
    this.currentId = null;
    await this.reloadCell();
    const first = this.cellAssessments[0];
    if (first) await this.selectAssessment(first.id);
  }

  /** Re-reads the assessments of the selected cell, keeping the current one when it is still there. */
  async reloadCell() {
    const sel = this.selection;
    if (!sel) return;
    // The list shows every review state so a rejected row stays visible (and undoable) in place.
    const list = await this.run(() =>
      this.backend.assessments({
        ...toMatrixFilter(this.filters),
        review_states: [],
        holder_id: sel.holderId,
        target_kind: sel.targetKind,
        target_id: sel.targetId,
      }),
    );
    if (!list) return;
    this.cellAssessments = list;
    if (this.currentId !== null && !list.some((a) => a.id === this.currentId)) this.currentId = list[0]?.id ?? null;
  }

  async selectAssessment(id: number) {
    const a = this.cellAssessments.find((x) => x.id === id);
    if (!a) return;
    this.currentId = id;
    if (this.article?.id !== a.article_id) await this.openArticle(a.article_id);
  }

  /** Clicking a holder's row header: every assessment it holds, across targets. */
  async selectHolder(holderId: number) {
    const holder = this.matrix.rows.find((h) => h.id === holderId);
    const list = await this.run(() =>
      this.backend.assessments({ ...toMatrixFilter(this.filters), review_states: [], holder_id: holderId }),
    );
    if (!list) return;
    this.selection = null;
    this.holderView = holder ? `${holder.name} → all targets` : null;
    this.cellAssessments = list;
    this.currentId = null;
    if (list[0]) await this.selectAssessment(list[0].id);
  }

  /**
   * A network tie's evidence: lists the assessments `ids` (every review
   * state, as a cell's list) under `label` and opens the first one's article.
   */
  async selectEvidence(ids: number[], label: string) {
    const list = ids.length
      ? await this.run(() => this.backend.assessments({ ...toMatrixFilter(this.filters), review_states: [], ids }))
      : [];
    if (!list) return;
    this.selection = null;
    this.holderView = label;
    this.cellAssessments = list;
    this.currentId = null;
    if (list[0]) await this.selectAssessment(list[0].id);
  }

  /** Clicking a highlight in the text: select its assessment and its cell. */
  async selectFromText(id: number) {
    let hit = this.cellAssessments.find((x) => x.id === id);
    if (!hit) {
      const found = await this.run(() =>
        this.backend.assessments({ ...toMatrixFilter(this.filters), review_states: [], article_id: this.article?.id }),
      );
      hit = found?.find((x) => x.id === id);
    }
    if (!hit) return;
    const sel = this.selection;
    const sameCell =
      sel && sel.holderId === hit.holder.id && sel.targetKind === hit.target.kind && sel.targetId === hit.target.id;
    if (!sameCell) await this.selectCell(hit.holder.id, hit.target.kind, hit.target.id);
    this.currentId = id;
  }

  async openArticle(id: number) {
    const doc = await this.run(() => this.backend.getArticle(id));
    if (doc) this.article = doc;
  }

  /** Opens an article from the library with all its assessments listed. */
  async showArticle(id: number) {
    this.view = 'matrix';
    this.clearSelection();
    await this.openArticle(id);
    const list = await this.run(() => this.backend.assessments({ ...toMatrixFilter(this.filters), review_states: [], article_id: id }));
    if (list) {
      this.cellAssessments = list;
      this.currentId = list[0]?.id ?? null;
    }
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
    if (this.article?.id === id) {
      this.article = null;
      this.clearSelection();
    }
    if (this.filters.articleId === id) this.filters.articleId = null;
    await Promise.all([this.library.reload(), this.reloadActors(), this.refreshAfterChange()]);
  }

  move(by: 1 | -1) {
    const i = this.cellAssessments.findIndex((a) => a.id === this.currentId);
    const j = step(i, this.cellAssessments.length, by);
    if (j >= 0) void this.selectAssessment(this.cellAssessments[j].id);
  }

  // ---- review ----------------------------------------------------------------

  private replace(a: Assessment) {
    this.cellAssessments = this.cellAssessments.map((x) => (x.id === a.id ? a : x));
  }

  /** Accepts or rejects (toggling back to suggested), then moves on to the next one. */
  async review(state: 'accepted' | 'rejected', id = this.currentId) {
    if (id === null) return;
    const a = this.cellAssessments.find((x) => x.id === id);
    const target = a && a.review === state ? 'suggested' : state;
    const updated = await this.run(() => this.backend.setReview(id, target));
    if (!updated) return;
    this.replace(updated);
    if (id === this.currentId && target !== 'suggested') this.move(1);
    await this.refreshAfterChange();
  }

  async saveEdit(id: number, edit: AssessmentEdit) {
    const updated = await this.run(() => this.backend.editAssessment(id, edit));
    this.editing = null;
    if (!updated) return;
    this.replace(updated);
    await this.refreshAfterChange();
    await this.reloadActors();
    // A new holder or target moves the assessment to another cell: follow it there.
    const sel = this.selection;
    const moved =
      sel && (sel.holderId !== updated.holder.id || sel.targetKind !== updated.target.kind || sel.targetId !== updated.target.id);
    if (moved) {
      await this.selectCell(updated.holder.id, updated.target.kind, updated.target.id);
      this.currentId = updated.id;
    }
  }

  async saveNew(n: NewAssessment) {
    const created = await this.run(() => this.backend.addAssessment(n));
    this.adding = null;
    if (!created) return;
    this.notice = `Added: ${created.holder.name} ${created.polarity}s ${created.target.name}`;
    await this.refreshAfterChange();
    await this.selectCell(created.holder.id, created.target.kind, created.target.id);
    this.currentId = created.id;
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
    await Promise.all([this.matrix.reload({ reorder: false }), this.reloadCell(), this.reloadActors(), this.library.reload()]);
    if (this.article) await this.openArticle(this.article.id);
  }

  // ---- actors ----------------------------------------------------------------

  async actorChange(work: () => Promise<unknown>) {
    const ok = await this.run(async () => {
      await work();
      return true;
    });
    if (!ok) return;
    await Promise.all([this.reloadActors(), this.refreshAfterChange()]);
    if (this.article) await this.openArticle(this.article.id);
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

  async analyse() {
    this.analysis = { done: 0, total: 0 };
    const done = await this.run(() => this.backend.analyse());
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
