import { describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import ActorsScreen from './ActorsScreen.svelte';
import { Workbench } from '../lib/state/workbench.svelte';
import { workbenchContext } from '../lib/state/context';
import { MemoryBackend } from '../lib/mock/memory-backend';
import { seedSample } from '../lib/mock/sample';

async function setup() {
  const wb = new Workbench(new MemoryBackend(seedSample()));
  await wb.init();
  const r = render(ActorsScreen, { context: workbenchContext(wb) });
  return { wb, ...r };
}
const row = (c: HTMLElement, id: number) => c.querySelector<HTMLElement>(`[data-testid="actor-row"][data-actor-id="${id}"]`)!;

describe('ActorsScreen', () => {
  it('renames an actor', async () => {
    const { container, getByTestId, wb } = await setup();
    await fireEvent.click(row(container, 2).querySelector('[data-testid="actor-rename"]')!);
    const input = getByTestId('rename-input') as HTMLInputElement;
    await fireEvent.input(input, { target: { value: 'Russian Federation' } });
    await fireEvent.click(getByTestId('rename-save'));
    await waitFor(() => expect(wb.actors.find((a) => a.id === 2)?.name).toBe('Russian Federation'));
    await waitFor(() => expect(wb.matrix.rows.find((h) => h.id === 2)?.name).toBe('Russian Federation'));
  });

  it('merges an actor into another: its assessments follow and its name becomes an alias', async () => {
    const { container, getByTestId, wb } = await setup();
    // "US-led alliance" (6) into "United States" (1)
    await fireEvent.click(row(container, 6).querySelector('[data-testid="actor-merge"]')!);
    const select = getByTestId('merge-target') as HTMLSelectElement;
    select.value = '1';
    await fireEvent.change(select);
    await fireEvent.click(getByTestId('merge-save'));
    await waitFor(() => expect(wb.actors.some((a) => a.id === 6)).toBe(false));
    const us = wb.actors.find((a) => a.id === 1)!;
    expect(us.aliases).toContain('US-led alliance');
    await waitFor(() => expect([...wb.matrix.cellMap.keys()].filter((k) => k.startsWith('1|')).length).toBe(2));
    expect(wb.history.status.can_undo).toBe(true);
  });

  it('sets an affiliation through the one picker', async () => {
    const { container, getByTestId, wb } = await setup();
    await fireEvent.click(row(container, 8).querySelector('[data-testid="actor-affiliation"]')!);
    const select = getByTestId('affiliation-target') as HTMLSelectElement;
    select.value = '';
    await fireEvent.change(select);
    await fireEvent.click(getByTestId('affiliation-save'));
    await waitFor(() => expect(wb.actors.find((a) => a.id === 8)?.affiliation).toBeNull());
  });

  it('merges one issue into another: its stances follow', async () => {
    const wb = new Workbench(
      new MemoryBackend({ ...seedSample(), issues: [{ id: 1, name: 'US–Russia intelligence-sharing deal' }, { id: 2, name: 'the proposed deal' }] }),
    );
    await wb.init();
    await wb.backend.editAssessment(3, { holder_id: 4, target: { kind: 'issue', id: 2 }, polarity: 'oppose' });
    await wb.reloadActors();
    const { container, getByTestId } = render(ActorsScreen, { context: workbenchContext(wb) });
    const row = container.querySelector<HTMLElement>('[data-testid="issue-row"][data-issue-id="2"]')!;
    expect(row.textContent).toContain('the proposed deal');
    await fireEvent.click(row.querySelector('[data-testid="issue-merge"]')!);
    const select = getByTestId('issue-merge-target') as HTMLSelectElement;
    select.value = '1';
    await fireEvent.change(select);
    await fireEvent.click(getByTestId('issue-merge-save'));
    await waitFor(() => expect(wb.issues.map((i) => i.id)).toEqual([1]));
    expect(wb.issues[0].aliases).toEqual(['the proposed deal']);
    await waitFor(() => expect(wb.matrix.cellMap.get('4|issue:1')).toMatchObject({ oppose: 2 }));
  });
});
