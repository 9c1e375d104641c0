import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { Workbench } from './workbench.svelte';
import { ARTICLE_PAGE } from './library.svelte';
import { MemoryBackend } from '../mock/memory-backend';
import { seedSample } from '../mock/sample';
import type { ImportResult } from '../model';

async function ready() {
  const backend = new MemoryBackend(seedSample());
  const wb = new Workbench(backend);
  await wb.init();
  return { wb, backend };
}

describe('Workbench', () => {
  it('loads the workspace, the matrix and the actors', async () => {
    const { wb, backend } = await ready();
    expect(wb.ready).toBe(true);
    expect(wb.workspace?.name).toBe('Sample workspace');
    expect(wb.matrix.laidOut.matrix.cells.length).toBe(6);
    expect(wb.actors.length).toBe(10);
    // Core orders; the workbench asks for the analyst's choice and draws what comes back.
    expect(backend.layouts.at(-1)).toEqual({ rows: 'activity', cols: 'activity', group: 'none' });
    expect(wb.matrix.rows.map((h) => h.name)).toEqual(['Jonathan Eyal', 'Obama administration', 'Russia', 'US Department of Defense', 'US-led alliance']);
  });

  it('selecting a cell lists its assessments and opens the article', async () => {
    const { wb } = await ready();
    await wb.review.selectCell(2, 'actor', 5); // Russia → Syrian government
    expect(wb.review.selection?.label).toBe('Russia → Syrian government');
    expect(wb.review.cellAssessments.map((a) => a.polarity)).toEqual(['support']);
    expect(wb.review.currentId).toBe(wb.review.cellAssessments[0].id);
    expect(wb.review.article?.id).toBe(1);
  });

  it('runs the review loop: accept moves on, reject, undo restores', async () => {
    const { wb, backend } = await ready();
    await wb.review.selectCell(4, 'issue', 1); // Pentagon → deal: two assessments
    const [first, second] = wb.review.cellAssessments;
    await wb.review.decide('accepted');
    expect(wb.review.cellAssessments.find((a) => a.id === first.id)?.review).toBe('accepted');
    expect(wb.review.currentId).toBe(second.id);
    expect(wb.history.status.can_undo).toBe(true);
    await wb.review.decide('rejected');
    expect(wb.review.cellAssessments.find((a) => a.id === second.id)?.review).toBe('rejected');
    expect(wb.history.status.undo_label).toBe("reject 'US Department of Defense' opposes 'US–Russia intelligence-sharing deal'");
    // the rejected one no longer counts in the matrix
    expect(wb.matrix.cellMap.get('4|issue:1')).toMatchObject({ oppose: 1 });
    await wb.undo();
    expect(wb.review.cellAssessments.find((a) => a.id === second.id)?.review).toBe('suggested');
    expect(wb.matrix.cellMap.get('4|issue:1')).toMatchObject({ oppose: 2 });
    expect(backend.calls).toEqual([`review ${first.id} accepted`, `review ${second.id} rejected`, 'undo']);
  });

  it('pressing accept again on an accepted assessment returns it to suggested', async () => {
    const { wb } = await ready();
    await wb.review.selectCell(2, 'actor', 5);
    const id = wb.review.currentId!;
    await wb.review.decide('accepted');
    await wb.review.decide('accepted', id);
    expect(wb.review.cellAssessments[0].review).toBe('suggested');
  });

  it('limits the matrix to accepted assessments', async () => {
    const { wb } = await ready();
    await wb.review.selectCell(2, 'actor', 5);
    await wb.review.decide('accepted');
    wb.filters.review = 'accepted';
    await wb.matrix.reload();
    expect(wb.matrix.laidOut.matrix.holders.map((h) => h.name)).toEqual(['Russia']);
    expect(wb.matrix.laidOut.matrix.cells).toEqual([{ row: 0, col: 0, support: 1, oppose: 0, net: 1 }]);
  });

  it('shows each imported file with its result and the failure reason', async () => {
    const { wb } = await ready();
    await wb.importPaths(['seed.txt', 'broken.pdf']);
    expect(wb.imports.status.open).toBe(true);
    expect(wb.imports.status.running).toBe(false);
    expect(wb.imports.status.files.map((f) => [f.name, f.outcome.status])).toEqual([
      ['seed.txt', 'imported'],
      ['broken.pdf', 'failed'],
    ]);
    const failed = wb.imports.status.files[1].outcome;
    expect(failed.status === 'failed' && failed.reason).toMatch(/PDF/);
    expect(wb.imports.last?.import.items).toHaveLength(2);
  });

  it('a cancelled import says so and keeps the number of files chosen', async () => {
    const { wb, backend } = await ready();
    type Listeners = {
      progressListeners: ((p: { done: number; total: number; current?: string }) => void)[];
      finishedListeners: ((r: ImportResult) => void)[];
    };
    const hooks = backend as unknown as Listeners;
    backend.importPaths = async (paths: string[]) => {
      for (const l of hooks.progressListeners) l({ done: 1, total: paths.length, current: paths[0] });
      const items = [{ path: paths[0], name: paths[0], outcome: { status: 'imported' as const, article_id: 1, title: 'A' } }];
      const report: ImportResult = {
        job_id: 9,
        import: { items, files: 1, bytes: 1, imported: 1, duplicates: 0, failed: 0, cancelled: true },
        analysis: null,
      };
      for (const l of hooks.finishedListeners) l(report);
      return report;
    };
    await wb.importPaths(['a.txt', 'b.txt', 'c.txt']);
    expect(wb.imports.status.cancelled).toBe(true);
    expect([wb.imports.status.done, wb.imports.status.total]).toEqual([1, 3]);
  });

  it('shows a backend error instead of throwing', async () => {
    const { wb } = await ready();
    await wb.actorChange(() => wb.backend.mergeActors(2, 2));
    expect(wb.error).toEqual({ code: 'invalid', message: 'Cannot merge an actor into itself.' });
  });

  it('selects the cell of a highlight clicked in the text', async () => {
    const { wb } = await ready();
    await wb.showArticle(1);
    expect(wb.review.selection).toBeNull();
    const eyal = wb.review.cellAssessments.find((a) => a.holder.name === 'Jonathan Eyal')!;
    await wb.review.selectFromText(eyal.id);
    flushSync();
    expect(wb.review.selection?.label).toBe('Jonathan Eyal → US–Russia intelligence-sharing deal');
  });

  it('shows the overlay while dragging and the results of the import the shell runs for a drop', async () => {
    const { wb, backend } = await ready();
    backend.emitDrag({ type: 'enter', paths: ['a.txt'] });
    expect(wb.imports.dragging).toBe(true);
    backend.emitDrag({ type: 'drop', paths: ['a.txt', 'b.pdf'] });
    expect(wb.imports.dragging).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(backend.calls.filter((c) => c.startsWith('import'))).toEqual(['import a.txt,b.pdf']); // imported once, by the "shell"
    expect(wb.imports.status.open).toBe(true);
    expect(wb.imports.status.files.map((f) => f.outcome.status)).toEqual(['imported', 'failed']);
  });

  it('lists decisions in the history, marking undone ones', async () => {
    const { wb } = await ready();
    await wb.review.selectCell(2, 'actor', 5);
    await wb.review.decide('accepted');
    await wb.undo();
    await wb.history.reloadEntries();
    expect(wb.history.entries.map((h) => [h.who, h.state])).toEqual([['analyst', 'undone']]);
    await wb.redo();
    await wb.history.reloadEntries();
    expect(wb.history.entries[0].state).toBe('done');
  });

  it('follows an edited assessment to its new cell', async () => {
    const { wb } = await ready();
    await wb.review.selectCell(2, 'actor', 5); // Russia → Syrian government, support
    const id = wb.review.currentId!;
    await wb.review.saveEdit(id, { holder_id: 2, target: { kind: 'actor', id: 7 }, polarity: 'oppose' });
    expect(wb.review.selection?.label).toBe('Russia → Bashar al-Assad');
    expect(wb.review.current).toMatchObject({ id, review: 'edited', polarity: 'oppose' });
    expect(wb.matrix.cellMap.get('2|actor:5')).toBeUndefined();
    expect(wb.matrix.cellMap.get('2|actor:7')).toMatchObject({ support: 0, oppose: 1 });
  });

  it('pins rows and columns while reviewing, and reorders on the next filter or order change', async () => {
    const { wb, backend } = await ready();
    const before = { holder_ids: wb.matrix.rows.map((h) => h.id), targets: wb.matrix.cols.map((t) => ({ kind: t.kind, id: t.id })) };
    await wb.review.selectCell(6, 'actor', 5); // US-led alliance → Syrian government
    await wb.review.decide('rejected'); // the alliance drops to one assessment…
    expect(wb.matrix.cellMap.get('6|actor:5')).toBeUndefined();
    // …and core is asked to keep every row and column where it was.
    expect(backend.layouts.at(-1)).toEqual({ rows: 'activity', cols: 'activity', group: 'none', pinned: before });
    wb.filters.rowSort = 'blocs';
    wb.filters.group = 'affiliation';
    await wb.matrix.reload();
    expect(backend.layouts.at(-1)).toEqual({ rows: 'blocs', cols: 'activity', group: 'affiliation' });
  });

  it('limits the matrix to one article from the library', async () => {
    const { wb } = await ready();
    await wb.matrixForArticle(1);
    expect(wb.view).toBe('matrix');
    expect(wb.filters.articleId).toBe(1);
    expect(wb.review.article?.id).toBe(1);
    expect(wb.review.cellAssessments).toHaveLength(7);
    wb.filters.articleId = 99;
    await wb.matrix.reload();
    expect(wb.matrix.laidOut.matrix.cells).toEqual([]);
  });

  it('deletes an article: its assessments leave the matrix and the text pane closes', async () => {
    const { wb } = await ready();
    await wb.review.selectCell(2, 'actor', 5);
    expect(wb.review.article?.id).toBe(1);
    await wb.deleteArticle(1);
    expect(wb.review.article).toBeNull();
    expect(wb.review.selection).toBeNull();
    expect(wb.library.articles).toEqual([]);
    expect(wb.matrix.laidOut.matrix.cells).toEqual([]);
    await wb.deleteArticle(1);
    expect(wb.error?.code).toBe('not_found');
  });

  it('opens a big workspace reading one page of the library, and the next on asking', async () => {
    const data = seedSample();
    const first = data.articles[0];
    data.articles = Array.from({ length: ARTICLE_PAGE * 2 + 5 }, (_, i) => ({ ...first, id: i + 1, title: `Article ${i + 1}`, source: i % 2 ? 'BBC' : 'AP' }));
    const wb = new Workbench(new MemoryBackend(data));
    await wb.init();
    expect(wb.workspace?.article_count).toBe(ARTICLE_PAGE * 2 + 5);
    expect(wb.library.articles.length).toBe(ARTICLE_PAGE);
    expect(wb.library.articles[0].id).toBe(ARTICLE_PAGE * 2 + 5);
    expect(wb.library.hasMore).toBe(true);
    expect(wb.library.sources).toEqual(['AP', 'BBC']);
    await wb.library.more();
    await wb.library.more();
    expect(wb.library.articles.map((a) => a.id)).toEqual(Array.from({ length: ARTICLE_PAGE * 2 + 5 }, (_, i) => ARTICLE_PAGE * 2 + 5 - i));
    expect(wb.library.hasMore).toBe(false);
  });

  it('offers no further page when the last page is exactly full', async () => {
    const data = seedSample();
    const first = data.articles[0];
    data.articles = Array.from({ length: ARTICLE_PAGE * 2 }, (_, i) => ({ ...first, id: i + 1, title: `Article ${i + 1}` }));
    const wb = new Workbench(new MemoryBackend(data));
    await wb.init();
    expect(wb.library.articles.length).toBe(ARTICLE_PAGE);
    expect(wb.library.hasMore).toBe(true);
    await wb.library.more();
    expect(wb.library.articles.length).toBe(ARTICLE_PAGE * 2);
    expect(wb.library.hasMore).toBe(false);
  });

  it('lists every assessment a holder makes when its row header is chosen', async () => {
    const { wb } = await ready();
    await wb.review.selectHolder(6); // US-led alliance: against the Syrian government and Assad
    expect(wb.review.holderView).toBe('US-led alliance → all targets');
    expect(wb.review.selection).toBeNull();
    expect(wb.review.cellAssessments.map((a) => a.target.name).sort()).toEqual(['Bashar al-Assad', 'Syrian government']);
    expect(wb.review.article?.id).toBe(1);
    await wb.review.selectCell(2, 'actor', 5);
    expect(wb.review.holderView).toBeNull();
  });

  it('lists the most confident first on asking, and J/K follow the order shown', async () => {
    const { wb } = await ready();
    await wb.review.showArticle(1);
    const inText = wb.review.cellAssessments.map((a) => a.id);
    const confidences = () => wb.review.cellAssessments.map((a) => a.confidence);
    expect(confidences()).not.toEqual([...confidences()].sort((a, b) => b - a)); // the sample is not already sorted
    wb.review.move(1);
    const current = wb.review.currentId;
    wb.review.setOrder('confidence');
    expect(confidences()).toEqual([...confidences()].sort((a, b) => b - a));
    expect(wb.review.currentId).toBe(current);
    // Ties keep text order.
    const tied = wb.review.cellAssessments.filter((a) => a.confidence === 0.9).map((a) => inText.indexOf(a.id));
    expect(tied).toEqual([...tied].sort((a, b) => a - b));
    wb.review.currentId = wb.review.cellAssessments[0].id;
    wb.review.move(1);
    expect(wb.review.currentId).toBe(wb.review.cellAssessments[1].id);
    // A new selection keeps the chosen order; text order comes back on asking.
    await wb.review.selectHolder(6);
    expect(confidences()).toEqual([...confidences()].sort((a, b) => b - a));
    await wb.review.showArticle(1);
    wb.review.setOrder('text');
    expect(wb.review.cellAssessments.map((a) => a.id)).toEqual(inText);
  });
});
