// An in-memory Backend over sample data: the test double for the UI's state
// and the data source of the dev-only `?mock` mode (screenshots, layout work).
// It follows the contract in ../backend.ts closely enough for the UI, and
// keeps undo as whole snapshots because its data is small.

import type { ArticlePage, AssessmentEdit, AssessmentQuery, Backend, Progress, DragEvent } from '../backend';
import type { AnalyseScope, AnalysisStatus } from '../bindings';
import type {
  ActorEdit,
  ActorRef,
  Assessment,
  Cell,
  ArticleDetail,
  ArticleListing,
  HistoryEntry,
  HistoryState,
  ImportItem,
  ImportResult,
  LaidOutMatrix,
  Layout,
  MatrixFilter,
  TargetRef,
} from '../model';
import { targetKey } from '../model';
import type { SampleData } from './sample';

interface Snapshot {
  data: string;
  label: string;
}

/** A search extract around the first match, with the match as a byte span (as the store's FTS5 gives it). */
function snippetOf(text: string, q: string) {
  const i = text.toLowerCase().indexOf(q);
  if (i < 0) return null;
  const start = Math.max(0, i - 40);
  const end = Math.min(text.length, i + q.length + 40);
  // Like FTS5's snippet(): "…" where the extract cuts the text.
  const piece = (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  const enc = new TextEncoder();
  const from = enc.encode(piece.slice(0, i - start + (start > 0 ? 1 : 0))).length;
  return { text: piece, highlights: [{ start: from, end: from + enc.encode(text.slice(i, i + q.length)).length }] };
}

export class MemoryBackend implements Backend {
  private undoStack: Snapshot[] = [];
  private redoStack: Snapshot[] = [];
  private progressListeners: ((p: Progress) => void)[] = [];
  private dragListeners: ((e: DragEvent) => void)[] = [];
  private finishedListeners: ((r: ImportResult) => void)[] = [];
  private lastReport: ImportResult | null = null;
  private jobs = 0;
  /** Files that `pickAndImport` pretends the analyst chose. */
  pickedFiles: string[] = ['seed.txt', 'broken.pdf'];
  readonly calls: string[] = [];
  /** Articles an older extractor analysed (none until a test says so). */
  outdated = new Set<number>();
  /** The layouts the matrix was asked for, oldest first. */
  readonly layouts: Layout[] = [];

  constructor(
    private data: SampleData,
    readonly workspaceName = 'Sample workspace',
  ) {}

  private ref(id: number): ActorRef {
    const a = this.data.actors.find((x) => x.id === id);
    if (!a) throw { code: 'not_found', message: `No actor with id ${id}.` };
    const aff = a.affiliation ? this.data.actors.find((x) => x.id === a.affiliation) : undefined;
    return { id: a.id, name: a.name, kind: a.kind, affiliation: aff ? [aff.id, aff.name] : null };
  }
  private targetRef(kind: 'actor' | 'issue', id: number): TargetRef {
    if (kind === 'actor') return { id, name: this.ref(id).name, kind };
    const i = this.data.issues.find((x) => x.id === id);
    if (!i) throw { code: 'not_found', message: `No issue with id ${id}.` };
    return { id, name: i.name, kind };
  }
  private log: HistoryEntry[] = [];
  private record(label: string) {
    this.undoStack.push({ data: JSON.stringify(this.data), label });
    this.redoStack = [];
    this.log.unshift({ id: this.log.length + 1, at: new Date().toISOString(), who: 'analyst', action: label.split(' ')[0], summary: label, state: 'done' });
  }
  private historyNow(): HistoryState {
    return {
      can_undo: this.undoStack.length > 0,
      can_redo: this.redoStack.length > 0,
      undo_label: this.undoStack.at(-1)?.label ?? null,
      redo_label: this.redoStack.at(-1)?.label ?? null,
    };
  }
  private matches(a: Assessment, f: MatrixFilter): boolean {
    if (a.confidence < f.min_confidence) return false;
    if (f.review_states.length && !f.review_states.includes(a.review)) return false;
    if (f.article_ids?.length && !f.article_ids.includes(a.article_id)) return false;
    if (f.sources?.length && !f.sources.includes(a.source ?? '')) return false;
    if (f.date_from && (a.published ?? '') < f.date_from) return false;
    if (f.date_to && (a.published ?? '9999') > f.date_to) return false;
    if (f.actor_kinds?.length && !f.actor_kinds.includes(a.holder.kind)) return false;
    return true;
  }
  /** Refreshes the names inside assessments after actor edits. */
  private fresh(a: Assessment): Assessment {
    return { ...a, holder: this.ref(a.holder.id), target: this.targetRef(a.target.kind, a.target.id) };
  }

  async currentWorkspace() {
    return { name: this.workspaceName, path: '/tmp/sample.standpoint', article_count: this.data.articles.length };
  }
  async newWorkspace() {
    this.data = { articles: [], actors: [], issues: [], assessments: [] };
    return { name: 'Untitled', path: '/tmp/untitled.standpoint', article_count: 0 };
  }
  async openWorkspace() {
    return this.currentWorkspace();
  }
  async openRecent() {
    return this.currentWorkspace();
  }
  async recentWorkspaces() {
    return [{ name: this.workspaceName, path: '/tmp/sample.standpoint' }];
  }

  async importPaths(paths: string[]): Promise<ImportResult> {
    this.calls.push(`import ${paths.join(',')}`);
    const title = this.data.articles[0]?.title ?? 'Untitled';
    const items: ImportItem[] = paths.map((path, i) => {
      const name = path.split('/').pop() ?? path;
      const outcome: ImportItem['outcome'] = path.endsWith('.pdf')
        ? { status: 'failed', code: 'pdf', reason: 'not a PDF: the file has no %PDF header' }
        : i > 0 && path === paths[0]
          ? { status: 'duplicate', article_id: 1, title }
          : { status: 'imported', article_id: 1, title };
      for (const l of this.progressListeners) l({ done: i + 1, total: paths.length, current: path });
      return { path, name, outcome };
    });
    const count = (status: string) => items.filter((f) => f.outcome.status === status).length;
    this.lastReport = {
      job_id: ++this.jobs,
      import: {
        items,
        files: items.length,
        bytes: 0,
        imported: count('imported'),
        duplicates: count('duplicate'),
        failed: count('failed'),
        cancelled: false,
      },
      analysis: null,
    };
    for (const l of this.finishedListeners) l(this.lastReport);
    return this.lastReport;
  }
  async pickAndImport() {
    return this.importPaths(this.pickedFiles);
  }
  async lastImportReport() {
    return this.lastReport;
  }
  async analyse(scope: AnalyseScope) {
    this.calls.push(`analyse ${scope.scope}`);
    const ids = scope.scope === 'articles' ? scope.ids : scope.scope === 'all' ? this.data.articles.map((a) => a.id) : [...this.outdated];
    for (const id of ids) this.outdated.delete(id);
    return { articles: ids.length, assessments: this.data.assessments.length };
  }
  async analysisStatus(): Promise<AnalysisStatus> {
    return { extractor: 'rules/mock', articles: this.data.articles.length, outdated: this.outdated.size };
  }
  async cancelJob() {}
  async onImportProgress(cb: (p: Progress) => void) {
    this.progressListeners.push(cb);
    return () => (this.progressListeners = this.progressListeners.filter((l) => l !== cb));
  }
  async onImportFinished(cb: (r: ImportResult) => void) {
    this.finishedListeners.push(cb);
    return () => (this.finishedListeners = this.finishedListeners.filter((l) => l !== cb));
  }
  async onAnalyseProgress() {
    return () => {};
  }
  async onWorkspaceOpened() {
    return () => {};
  }
  async onBackgroundError() {
    return () => {};
  }
  async onDragDrop(cb: (e: DragEvent) => void) {
    this.dragListeners.push(cb);
    return () => (this.dragListeners = this.dragListeners.filter((l) => l !== cb));
  }
  /** Test hook: pretend the OS delivered a drag event; a drop imports, as the shell does. */
  emitDrag(e: DragEvent) {
    for (const l of this.dragListeners) l(e);
    if (e.type === 'drop' && e.paths?.length) void this.importPaths(e.paths);
  }

  async listArticles(query?: string, page?: ArticlePage): Promise<ArticleListing[]> {
    const q = query?.trim().toLowerCase();
    // A page, as the store gives it: newest (highest id) first, before `page.before`.
    const paged = !q && page;
    const articles = paged
      ? [...this.data.articles]
          .sort((a, b) => b.id - a.id)
          .filter((a) => page.before === null || a.id < page.before)
          .slice(0, page.limit)
      : this.data.articles;
    return articles
      .filter((a) => !q || a.text.toLowerCase().includes(q) || a.title.toLowerCase().includes(q))
      .map((a) => ({
        id: a.id,
        title: a.title,
        published: a.published,
        source: a.source,
        format: a.format,
        origin_name: a.origin_name,
        imported_at: a.imported_at,
        stance_count: this.stanceCount(a.id),
        snippet: q ? snippetOf(a.text, q) : null,
      }));
  }
  async listSources(): Promise<string[]> {
    return [...new Set(this.data.articles.map((a) => a.source).filter((s): s is string => !!s))].sort();
  }
  private stanceCount(articleId: number) {
    return this.data.assessments.filter((s) => s.article_id === articleId && s.review !== 'rejected').length;
  }
  async getArticle(id: number): Promise<ArticleDetail> {
    const a = this.data.articles.find((x) => x.id === id);
    if (!a) throw { code: 'not_found', message: `No article with id ${id}.` };
    const mentions = a.mentions.map((m) => ({ ...m, of: m.of.kind === 'actor' ? this.targetRef('actor', m.of.id) : m.of }));
    return { ...a, stance_count: this.stanceCount(id), mentions };
  }
  /**
   * The matrix with rows and columns by name (pinned ones first, as asked).
   * Orders and groups are core's rules (tested in Rust); the mock does not
   * restate them, so it ignores `rows`, `cols` and `group`.
   */
  async matrix(filter: MatrixFilter, layout: Layout): Promise<LaidOutMatrix> {
    this.layouts.push(layout);
    const holders = new Map<number, ActorRef>();
    const targets = new Map<string, TargetRef>();
    const chosen = this.data.assessments.filter((raw) => this.matches(raw, filter)).map((raw) => this.fresh(raw));
    for (const a of chosen) {
      holders.set(a.holder.id, a.holder);
      targets.set(targetKey(a.target.kind, a.target.id), a.target);
    }
    const pinnedFirst = <T>(items: T[], pinned: string[], key: (t: T) => string) => {
      const at = (t: T) => {
        const i = pinned.indexOf(key(t));
        return i < 0 ? pinned.length : i;
      };
      return items.sort((a, b) => at(a) - at(b));
    };
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    const rows = pinnedFirst([...holders.values()].sort(byName), (layout.pinned?.holder_ids ?? []).map(String), (h) => String(h.id));
    const cols = pinnedFirst(
      [...targets.values()].sort(byName),
      (layout.pinned?.targets ?? []).map((t) => targetKey(t.kind, t.id)),
      (t) => targetKey(t.kind, t.id),
    );
    const cells = new Map<string, Cell>();
    for (const a of chosen) {
      const row = rows.findIndex((h) => h.id === a.holder.id);
      const col = cols.findIndex((t) => t.kind === a.target.kind && t.id === a.target.id);
      const c = cells.get(`${row}|${col}`) ?? { row, col, support: 0, oppose: 0, net: 0 };
      c[a.polarity]++;
      c.net += a.polarity === 'support' ? 1 : -1;
      cells.set(`${row}|${col}`, c);
    }
    const sorted = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    return { matrix: { holders: rows, targets: cols, cells: sorted }, row_groups: [], col_groups: [] };
  }
  async assessments(q: AssessmentQuery) {
    return this.data.assessments
      .filter(
        (a) =>
          this.matches(a, q) &&
          (q.ids === undefined || q.ids.includes(a.id)) &&
          (q.holder_id === undefined || a.holder.id === q.holder_id) &&
          (q.target_id === undefined || (a.target.id === q.target_id && a.target.kind === q.target_kind)) &&
          (q.article_id === undefined || a.article_id === q.article_id),
      )
      .map((a) => this.fresh(a));
  }
  async listActors() {
    return this.data.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      colour: a.colour,
      affiliation: this.ref(a.id).affiliation,
      aliases: [...a.aliases],
      mentions: this.data.articles.reduce((n, art) => n + art.mentions.filter((m) => m.of.kind === 'actor' && m.of.id === a.id).length, 0),
      as_holder: this.data.assessments.filter((s) => s.holder.id === a.id).length,
      as_target: this.data.assessments.filter((s) => s.target.kind === 'actor' && s.target.id === a.id).length,
    }));
  }
  async listIssues() {
    return this.data.issues.map((i) => ({
      id: i.id,
      name: i.name,
      aliases: [...(i.aliases ?? [])],
      mentions: 0,
      as_target: this.data.assessments.filter((s) => s.target.kind === 'issue' && s.target.id === i.id).length,
    }));
  }
  private issue(id: number) {
    const i = this.data.issues.find((x) => x.id === id);
    if (!i) throw { code: 'not_found', message: `No issue with id ${id}.` };
    return i;
  }
  async renameIssue(id: number, name: string) {
    if (!name.trim()) throw { code: 'invalid', message: 'An issue needs a name.' };
    this.issue(id);
    this.record(`rename issue '${this.issue(id).name}' to '${name.trim()}'`);
    this.issue(id).name = name.trim();
  }
  async mergeIssues(fromId: number, intoId: number) {
    if (fromId === intoId) throw { code: 'conflict', message: 'Cannot merge an issue into itself.' };
    const from = this.issue(fromId);
    this.issue(intoId);
    this.record(`merge issue '${from.name}' into '${this.issue(intoId).name}'`);
    const into = this.issue(intoId);
    into.aliases = [...(into.aliases ?? []), from.name, ...(this.issue(fromId).aliases ?? [])];
    for (const s of this.data.assessments) if (s.target.kind === 'issue' && s.target.id === fromId) s.target = this.targetRef('issue', intoId);
    this.data.issues = this.data.issues.filter((i) => i.id !== fromId);
  }
  async deleteArticle(id: number) {
    if (!this.data.articles.some((a) => a.id === id)) throw { code: 'not_found', message: `No article with id ${id}.` };
    this.record(`delete article '${this.data.articles.find((a) => a.id === id)!.title}'`);
    this.data.articles = this.data.articles.filter((a) => a.id !== id);
    this.data.assessments = this.data.assessments.filter((s) => s.article_id !== id);
  }

  /** An assessment as history labels name it, as the store does: "'Russia' supports 'the deal'". */
  private describe(a: Assessment): string {
    const fresh = this.fresh(a);
    return `'${fresh.holder.name}' ${a.polarity}s '${fresh.target.name}'`;
  }
  private find(id: number): Assessment {
    const a = this.data.assessments.find((x) => x.id === id);
    if (!a) throw { code: 'not_found', message: `No assessment with id ${id}.` };
    return a;
  }
  async setReview(id: number, state: 'accepted' | 'rejected' | 'suggested') {
    this.calls.push(`review ${id} ${state}`);
    this.find(id);
    const verb = { accepted: 'accept', rejected: 'reject', suggested: 'reopen' }[state];
    this.record(`${verb} ${this.describe(this.find(id))}`);
    const a = this.find(id);
    a.review = state;
    return this.fresh(a);
  }
  async editAssessment(id: number, edit: AssessmentEdit) {
    this.find(id);
    this.record(`edit assessment ${id}`);
    const a = this.find(id);
    a.holder = this.ref(edit.holder_id);
    a.target = this.targetRef(edit.target.kind, edit.target.id);
    a.polarity = edit.polarity;
    a.review = 'edited';
    return this.fresh(a);
  }
  async addAssessment(n: Parameters<Backend['addAssessment']>[0]) {
    const art = this.data.articles.find((x) => x.id === n.article_id);
    if (!art) throw { code: 'not_found', message: `No article with id ${n.article_id}.` };
    this.record('add assessment');
    const bytes = new TextEncoder().encode(art.text);
    const evidence_text = new TextDecoder().decode(bytes.slice(n.evidence.start, n.evidence.end));
    const a: Assessment = {
      id: Math.max(0, ...this.data.assessments.map((x) => x.id)) + 1,
      article_id: art.id,
      article_title: art.title,
      published: art.published,
      source: art.source,
      holder: this.ref(n.holder_id),
      target: this.targetRef(n.target.kind, n.target.id),
      polarity: n.polarity,
      confidence: 1,
      evidence_text,
      evidence: n.evidence,
      cue: n.cue ?? null,
      holder_span: null,
      target_span: null,
      origin: { type: 'analyst' },
      review: 'accepted',
    };
    this.data.assessments.push(a);
    return a;
  }
  async undo() {
    const s = this.undoStack.pop();
    if (s) {
      this.redoStack.push({ data: JSON.stringify(this.data), label: s.label });
      this.data = JSON.parse(s.data);
      const entry = this.log.find((h) => h.state === 'done');
      if (entry) entry.state = 'undone';
    }
    this.calls.push('undo');
    return this.historyNow();
  }
  async redo() {
    const s = this.redoStack.pop();
    if (s) {
      this.undoStack.push({ data: JSON.stringify(this.data), label: s.label });
      this.data = JSON.parse(s.data);
      const undone = this.log.filter((h) => h.state === 'undone');
      const entry = undone[undone.length - 1];
      if (entry) entry.state = 'done';
    }
    return this.historyNow();
  }
  async historyState() {
    return this.historyNow();
  }
  async history() {
    return this.log.map((h) => ({ ...h }));
  }

  private actor(id: number) {
    const a = this.data.actors.find((x) => x.id === id);
    if (!a) throw { code: 'not_found', message: `No actor with id ${id}.` };
    return a;
  }
  async renameActor(id: number, name: string) {
    if (!name.trim()) throw { code: 'invalid', message: 'An actor needs a name.' };
    this.actor(id);
    this.record(`rename '${this.actor(id).name}' to '${name.trim()}'`);
    this.actor(id).name = name.trim();
  }
  async mergeActors(fromId: number, intoId: number) {
    if (fromId === intoId) throw { code: 'invalid', message: 'Cannot merge an actor into itself.' };
    const from = this.actor(fromId);
    this.actor(intoId);
    this.record(`merge '${from.name}' into '${this.actor(intoId).name}'`);
    const into = this.actor(intoId);
    into.aliases.push(from.name, ...this.actor(fromId).aliases);
    for (const s of this.data.assessments) {
      if (s.holder.id === fromId) s.holder = this.ref(intoId);
      if (s.target.kind === 'actor' && s.target.id === fromId) s.target = this.targetRef('actor', intoId);
    }
    for (const art of this.data.articles)
      for (const m of art.mentions) if (m.of.kind === 'actor' && m.of.id === fromId) m.of = this.targetRef('actor', intoId);
    for (const a of this.data.actors) if (a.affiliation === fromId) a.affiliation = intoId;
    this.data.actors = this.data.actors.filter((a) => a.id !== fromId);
  }
  async addAlias(id: number, alias: string) {
    this.actor(id);
    this.record(`add alias '${alias}' to '${this.actor(id).name}'`);
    this.actor(id).aliases.push(alias);
  }
  async editActor(id: number, u: ActorEdit) {
    this.record(`edit '${this.actor(id).name}'`);
    const a = this.actor(id);
    if (u.kind) a.kind = u.kind;
    if (u.colour !== undefined) a.colour = u.colour;
    if (u.affiliation !== undefined) a.affiliation = u.affiliation;
  }
  async createActor(name: string, kind: SampleData['actors'][0]['kind']) {
    this.record(`create actor '${name}'`);
    const id = Math.max(0, ...this.data.actors.map((a) => a.id)) + 1;
    this.data.actors.push({ id, name, kind, affiliation: null, colour: null, aliases: [] });
    return id;
  }
  async createIssue(name: string) {
    this.record(`create issue '${name}'`);
    const id = Math.max(0, ...this.data.issues.map((a) => a.id)) + 1;
    this.data.issues.push({ id, name });
    return id;
  }
  async exportMatrixCsv() {
    this.calls.push('export matrix');
    return '/tmp/matrix.csv';
  }
  async exportAssessmentsCsv() {
    this.calls.push('export assessments');
    return '/tmp/assessments.csv';
  }
}
