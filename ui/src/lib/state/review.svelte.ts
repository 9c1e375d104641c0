// The review feature's state: what is selected (a matrix cell, a holder's
// row, a network tie's or an article's assessments), the list of those
// assessments with the current one, the open article, the edit and add
// dialogs, and the accept/reject/edit/add actions. What a decision changes
// elsewhere (matrix, undo state, actors) the Workbench refreshes through the
// hooks it passes in.

import type { AssessmentEdit, Backend } from '../backend';
import { toMatrixFilter, type FilterState } from '../filters';
import type { ArticleDetail, Assessment, NewAssessment, Span, TargetKind } from '../model';
import { targetKey } from '../model';
import { step } from '../../review/keys';
import type { MatrixFeature } from './matrix.svelte';
import type { Run } from './run';

/** How the list of assessments is ordered: as they stand in the articles, or the likeliest first. */
export type ListOrder = 'text' | 'confidence';

/** `list` in `order`; ties keep text order (article, position, id). */
export function ordered(list: Assessment[], order: ListOrder): Assessment[] {
  const byText = (a: Assessment, b: Assessment) =>
    a.article_id - b.article_id || a.evidence.start - b.evidence.start || a.id - b.id;
  const compare = order === 'confidence' ? (a: Assessment, b: Assessment) => b.confidence - a.confidence || byText(a, b) : byText;
  return [...list].sort(compare);
}

export interface CellSelection {
  holderId: number;
  targetKind: TargetKind;
  targetId: number;
  targetKey: string;
  label: string;
}

/** What the review feature asks of the Workbench after a change. */
export interface ReviewHooks {
  /** The matrix, the undo state and the open cell's list after any change. */
  changed: () => Promise<void>;
  /** The actor and issue lists after an edit (it may have created one). */
  actorsChanged: () => Promise<void>;
  /** A toast. */
  notify: (message: string) => void;
}

export class ReviewFeature {
  selection = $state<CellSelection | null>(null);
  /** The list's title when it shows one holder's assessments (row header click). */
  holderView = $state<string | null>(null);
  /** The listed assessments, in `order`: J/K and "accept moves on" follow it. */
  cellAssessments = $state.raw<Assessment[]>([]);
  order = $state<ListOrder>('text');
  currentId = $state<number | null>(null);
  article = $state.raw<ArticleDetail | null>(null);
  editing = $state<Assessment | null>(null);
  adding = $state<{ articleId: number; span: Span; text: string } | null>(null);

  current = $derived(this.cellAssessments.find((a) => a.id === this.currentId) ?? null);

  constructor(
    private readonly backend: Backend,
    private readonly run: Run,
    private readonly filters: () => FilterState,
    private readonly matrix: MatrixFeature,
    private readonly hooks: ReviewHooks,
  ) {}

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
        ...toMatrixFilter(this.filters()),
        review_states: [],
        holder_id: sel.holderId,
        target_kind: sel.targetKind,
        target_id: sel.targetId,
      }),
    );
    if (!list) return;
    this.cellAssessments = ordered(list, this.order);
    if (this.currentId !== null && !list.some((a) => a.id === this.currentId)) this.currentId = this.cellAssessments[0]?.id ?? null;
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
      this.backend.assessments({ ...toMatrixFilter(this.filters()), review_states: [], holder_id: holderId }),
    );
    if (!list) return;
    this.selection = null;
    this.holderView = holder ? `${holder.name} → all targets` : null;
    this.cellAssessments = ordered(list, this.order);
    this.currentId = null;
    if (this.cellAssessments[0]) await this.selectAssessment(this.cellAssessments[0].id);
  }

  /**
   * A network tie's evidence: lists the assessments `ids` (every review
   * state, as a cell's list) under `label` and opens the first one's article.
   */
  async selectEvidence(ids: number[], label: string) {
    const list = ids.length
      ? await this.run(() => this.backend.assessments({ ...toMatrixFilter(this.filters()), review_states: [], ids }))
      : [];
    if (!list) return;
    this.selection = null;
    this.holderView = label;
    this.cellAssessments = ordered(list, this.order);
    this.currentId = null;
    if (this.cellAssessments[0]) await this.selectAssessment(this.cellAssessments[0].id);
  }

  /** Clicking a highlight in the text: select its assessment and its cell. */
  async selectFromText(id: number) {
    let hit = this.cellAssessments.find((x) => x.id === id);
    if (!hit) {
      const found = await this.run(() =>
        this.backend.assessments({ ...toMatrixFilter(this.filters()), review_states: [], article_id: this.article?.id }),
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

  /** Re-reads the open article (its highlights follow the assessments). */
  async reopenArticle() {
    if (this.article) await this.openArticle(this.article.id);
  }

  /** Opens an article with all its assessments listed. */
  async showArticle(id: number) {
    this.clearSelection();
    await this.openArticle(id);
    const list = await this.run(() =>
      this.backend.assessments({ ...toMatrixFilter(this.filters()), review_states: [], article_id: id }),
    );
    if (list) {
      this.cellAssessments = ordered(list, this.order);
      this.currentId = this.cellAssessments[0]?.id ?? null;
    }
  }

  /** The article `id` was deleted: the text pane closes when it showed it. */
  articleDeleted(id: number) {
    if (this.article?.id !== id) return;
    this.article = null;
    this.clearSelection();
  }

  /** Reorders the list; the current assessment stays current. */
  setOrder(order: ListOrder) {
    this.order = order;
    this.cellAssessments = ordered(this.cellAssessments, order);
  }

  move(by: 1 | -1) {
    const i = this.cellAssessments.findIndex((a) => a.id === this.currentId);
    const j = step(i, this.cellAssessments.length, by);
    if (j >= 0) void this.selectAssessment(this.cellAssessments[j].id);
  }

  // ---- decisions -------------------------------------------------------------

  private replace(a: Assessment) {
    this.cellAssessments = this.cellAssessments.map((x) => (x.id === a.id ? a : x));
  }

  /** Accepts or rejects (toggling back to suggested), then moves on to the next one. */
  async decide(state: 'accepted' | 'rejected', id = this.currentId) {
    if (id === null) return;
    const a = this.cellAssessments.find((x) => x.id === id);
    const target = a && a.review === state ? 'suggested' : state;
    const updated = await this.run(() => this.backend.setReview(id, target));
    if (!updated) return;
    this.replace(updated);
    if (id === this.currentId && target !== 'suggested') this.move(1);
    await this.hooks.changed();
  }

  /** Opens the edit dialog on the assessment `id` of the list (the current one by default). */
  edit(id = this.currentId) {
    this.editing = this.cellAssessments.find((a) => a.id === id) ?? null;
  }

  async saveEdit(id: number, edit: AssessmentEdit) {
    const updated = await this.run(() => this.backend.editAssessment(id, edit));
    this.editing = null;
    if (!updated) return;
    this.replace(updated);
    await this.hooks.changed();
    await this.hooks.actorsChanged();
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
    this.hooks.notify(`Added: ${created.holder.name} ${created.polarity}s ${created.target.name}`);
    await this.hooks.changed();
    await this.selectCell(created.holder.id, created.target.kind, created.target.id);
    this.currentId = created.id;
  }
}
