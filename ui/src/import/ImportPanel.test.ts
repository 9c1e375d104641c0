// The import panel: per-file results with reasons, and whether the import
// finished or was cancelled.
import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import ImportPanel from './ImportPanel.svelte';
import type { ImportState } from '../lib/state/import.svelte';

function state(extra: Partial<ImportState>): ImportState {
  return {
    running: false,
    done: 2,
    total: 2,
    open: true,
    files: [
      { path: '/d/seed.txt', name: 'seed.txt', outcome: { status: 'imported', article_id: 1, title: 'Seed' } },
      { path: '/d/empty.txt', name: 'empty.txt', outcome: { status: 'failed', code: 'empty', reason: 'empty file' } },
    ],
    ...extra,
  };
}

describe('ImportPanel', () => {
  it('lists each file with its outcome and the reason a file failed', () => {
    const { getAllByTestId, getByTestId } = render(ImportPanel, { state: state({}), oncancel: vi.fn(), onclose: vi.fn() });
    const rows = getAllByTestId('import-result');
    expect(rows.map((r) => r.dataset.status)).toEqual(['imported', 'failed']);
    expect(rows[1].textContent).toContain('failed: empty file');
    expect(getByTestId('import-title').textContent).toBe('Import finished');
  });

  it('says when the analyst cancelled the import', () => {
    const { getByTestId } = render(ImportPanel, { state: state({ cancelled: true }), oncancel: vi.fn(), onclose: vi.fn() });
    expect(getByTestId('import-title').textContent).toBe('Import cancelled');
  });

  it('offers Cancel only while running', () => {
    const { getByTestId, queryByTestId } = render(ImportPanel, {
      state: state({ running: true, done: 1 }),
      oncancel: vi.fn(),
      onclose: vi.fn(),
    });
    expect(getByTestId('import-title').textContent).toBe('Importing…');
    expect(queryByTestId('import-cancel')).not.toBeNull();
    expect(queryByTestId('import-results-close')).toBeNull();
  });
});
