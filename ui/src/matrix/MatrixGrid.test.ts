import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import MatrixGrid from './MatrixGrid.svelte';
import type { ActorRef, Cell, TargetRef } from '../lib/model';
import { targetKey } from '../lib/model';

function bigMatrix(n: number, assessments: number) {
  const rows: ActorRef[] = Array.from({ length: n }, (_, i) => ({ id: i + 1, name: `Actor ${i + 1}`, kind: 'country', affiliation: null }));
  const cols: TargetRef[] = rows.map((r) => ({ id: r.id, name: r.name, kind: 'actor' }));
  const cells = new Map<string, Cell>();
  // A deterministic spread of 100 000 assessments over the n × n cells.
  for (let k = 0; k < assessments; k++) {
    const h = ((k * 7919) % n) + 1;
    const t = ((k * 104729 + Math.floor(k / n)) % n) + 1;
    const key = `${h}|${targetKey('actor', t)}`;
    const c = cells.get(key) ?? { row: h - 1, col: t - 1, support: 0, oppose: 0, net: 0 };
    if (k % 3 === 0) c.oppose++;
    else c.support++;
    cells.set(key, c);
  }
  return { rows, cols, cells };
}

describe('MatrixGrid', () => {
  it('renders 300 × 300 actors with 100 000 assessments, keeping only visible cells in the DOM', () => {
    const { rows, cols, cells } = bigMatrix(300, 100_000);
    const { getAllByTestId, getByTestId } = render(MatrixGrid, { rows, cols, cells });
    expect(getByTestId('matrix').getAttribute('aria-rowcount')).toBe('301');
    const rendered = getAllByTestId('matrix-cell');
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(2000);
    expect(getAllByTestId('matrix-row-header').length).toBeLessThan(100);
  });

  it('shows counts on the cell, selects it on click and marks the selection', async () => {
    const rows: ActorRef[] = [
      { id: 1, name: 'Russia', kind: 'country', affiliation: null },
      { id: 2, name: 'US-led alliance', kind: 'group', affiliation: null },
    ];
    const cols: TargetRef[] = [
      { id: 9, name: 'Syrian government', kind: 'actor' },
      { id: 3, name: 'US–Russia deal', kind: 'issue' },
    ];
    const cells = new Map<string, Cell>([
      ['1|actor:9', { row: 0, col: 0, support: 2, oppose: 0, net: 2 }],
      ['2|actor:9', { row: 1, col: 0, support: 0, oppose: 1, net: -1 }],
    ]);
    const onselect = vi.fn();
    const { container, rerender } = render(MatrixGrid, { rows, cols, cells, onselect });
    const cell = container.querySelector('[data-holder="Russia"][data-target="Syrian government"]') as HTMLElement;
    expect(cell.dataset.support).toBe('2');
    expect(cell.dataset.net).toBe('1.00');
    expect(cell.title).toContain('support 2');
    expect(container.querySelectorAll('[data-testid="matrix-cell"]').length).toBe(2); // empty cells are not rendered
    await fireEvent.click(cell);
    expect(onselect).toHaveBeenCalledWith(cells.get('1|actor:9'), rows[0], cols[0]);
    await rerender({ rows, cols, cells, onselect, selected: { holderId: 1, targetKey: 'actor:9' } });
    expect(cell.getAttribute('aria-selected')).toBe('true');
    const other = container.querySelector('[data-holder="US-led alliance"]') as HTMLElement;
    expect(other.getAttribute('aria-selected')).toBe('false');
    expect(other.dataset.net).toBe('-1.00');
  });

  it('selects the cell under the keyboard cursor with Enter', async () => {
    const rows: ActorRef[] = [{ id: 1, name: 'A', kind: 'country', affiliation: null }];
    const cols: TargetRef[] = [
      { id: 1, name: 'X', kind: 'actor' },
      { id: 2, name: 'Y', kind: 'actor' },
    ];
    const cells = new Map<string, Cell>([['1|actor:2', { row: 0, col: 1, support: 1, oppose: 0, net: 1 }]]);
    const onselect = vi.fn();
    const { getByTestId } = render(MatrixGrid, { rows, cols, cells, onselect });
    const grid = getByTestId('matrix');
    await fireEvent.keyDown(grid, { key: 'Enter' }); // cursor on (A, X): empty, nothing selected
    expect(onselect).not.toHaveBeenCalled();
    await fireEvent.keyDown(grid, { key: 'ArrowRight' });
    await fireEvent.keyDown(grid, { key: 'Enter' });
    expect(onselect).toHaveBeenCalledTimes(1);
    expect(onselect.mock.calls[0][2].name).toBe('Y');
  });
});
