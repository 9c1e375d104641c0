import { describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import HistoryScreen from '../../history/HistoryScreen.svelte';
import LibraryScreen from '../../library/LibraryScreen.svelte';
import EvidencePane from '../../review/EvidencePane.svelte';
import { createRawSnippet } from 'svelte';
import { Workbench } from './workbench.svelte';
import { workbenchContext } from './context';
import { toMatrixFilter } from '../filters';
import { MemoryBackend } from '../mock/memory-backend';
import { seedSample } from '../mock/sample';

async function workbench() {
  const wb = new Workbench(new MemoryBackend(seedSample()));
  await wb.init();
  return wb;
}

describe('feature state through context', () => {
  it('the History screen lists the history feature’s entries, and an undo marks its row', async () => {
    const wb = await workbench();
    const [first] = await wb.backend.assessments({ ...toMatrixFilter(wb.filters), review_states: [] });
    await wb.backend.setReview(first.id, 'rejected');
    const { findAllByTestId } = render(HistoryScreen, { context: workbenchContext(wb) });
    expect((await findAllByTestId('history-row')).map((r) => r.dataset.state)).toEqual(['done']);
    await wb.undo();
    await wb.history.reloadEntries();
    await waitFor(async () => expect((await findAllByTestId('history-row')).map((r) => r.dataset.state)).toEqual(['undone']));
  });

  it('the Library screen searches through the library feature', async () => {
    const wb = await workbench();
    const { getAllByTestId, getByTestId } = render(LibraryScreen, { context: workbenchContext(wb) });
    const all = getAllByTestId('article-row').length;
    expect(all).toBe(wb.library.articles.length);
    await fireEvent.input(getByTestId('library-search'), { target: { value: 'no article says zyzzyva' } });
    expect(wb.library.query).toBe('no article says zyzzyva');
    await waitFor(() => expect(wb.library.articles).toEqual([]), { timeout: 2000 });
  });

  it('the evidence pane shows the review feature’s list and decides and edits through it', async () => {
    const wb = await workbench();
    await wb.review.selectCell(4, 'issue', 1); // Pentagon → deal: two assessments
    const [first, second] = wb.review.cellAssessments;
    const placeholder = createRawSnippet(() => ({ render: () => '<p>none</p>' }));
    const { getAllByTestId } = render(EvidencePane, {
      props: { title: 'cell', showList: true, onselectfromtext: () => {}, placeholder },
      context: workbenchContext(wb),
    });
    expect(getAllByTestId('assessment-row')).toHaveLength(2);
    await fireEvent.click(getAllByTestId('assessment-accept')[0]);
    await waitFor(() => expect(wb.review.cellAssessments.find((a) => a.id === first.id)?.review).toBe('accepted'));
    expect(wb.review.currentId).toBe(second.id);
    await waitFor(() => expect(wb.history.status.can_undo).toBe(true));
    await fireEvent.click(getAllByTestId('assessment-edit')[1]);
    expect(wb.review.editing?.id).toBe(second.id);
  });

  it('a component outside App without the context says what is missing', () => {
    expect(() => render(HistoryScreen)).toThrow(/no Workbench in context/);
  });
});
