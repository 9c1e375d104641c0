import { describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import HistoryScreen from '../../history/HistoryScreen.svelte';
import LibraryScreen from '../../library/LibraryScreen.svelte';
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

  it('a component outside App without the context says what is missing', () => {
    expect(() => render(HistoryScreen)).toThrow(/no Workbench in context/);
  });
});
