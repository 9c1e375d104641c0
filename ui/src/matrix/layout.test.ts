import { describe, expect, it } from 'vitest';
import { CELL_H, CELL_W, COL_HEADER_H, OVERSCAN, ROW_HEADER_W, SNAP, colHeaderHeight, visibleWindow } from './layout';

describe('visibleWindow', () => {
  const up = (n: number) => Math.ceil(n / SNAP) * SNAP;
  const down = (n: number) => Math.floor(n / SNAP) * SNAP;

  it('covers the viewport plus overscan, snapped, and no more', () => {
    const w = visibleWindow(0, 0, ROW_HEADER_W + 10 * CELL_W, COL_HEADER_H + 5 * CELL_H, 300, 300);
    expect(w).toEqual({ rowStart: 0, rowEnd: up(5 + OVERSCAN), colStart: 0, colEnd: up(10 + OVERSCAN) });
  });

  it('follows the scroll position and clamps to the matrix', () => {
    const w = visibleWindow(100 * CELL_H, 50 * CELL_W, ROW_HEADER_W + 10 * CELL_W, COL_HEADER_H + 5 * CELL_H, 300, 300);
    expect(w.rowStart).toBe(down(100 - OVERSCAN));
    expect(w.colStart).toBe(down(50 - OVERSCAN));
    expect(w.rowStart).toBeLessThanOrEqual(100 - OVERSCAN);
    expect(w.rowEnd).toBeGreaterThanOrEqual(105 + OVERSCAN);
    const end = visibleWindow(1e6, 1e6, 2000, 2000, 12, 7);
    expect(end.rowEnd).toBe(12);
    expect(end.colEnd).toBe(7);
  });

  it('keeps the same window for small scrolls (no DOM work)', () => {
    const a = visibleWindow(100 * CELL_H, 0, 1200, 800, 300, 300);
    const b = visibleWindow(100 * CELL_H + 30, 0, 1200, 800, 300, 300);
    expect(b).toEqual(a);
  });
});

describe('colHeaderHeight', () => {
  it('fits short labels in a short header and caps long ones', () => {
    expect(colHeaderHeight(['UN', 'EU'])).toBe(64);
    expect(colHeaderHeight(['Syrian government'])).toBeGreaterThan(64);
    expect(colHeaderHeight(['Syrian government'])).toBeLessThan(COL_HEADER_H);
    expect(colHeaderHeight(['x'.repeat(200)])).toBe(COL_HEADER_H);
    expect(colHeaderHeight([])).toBe(64);
  });
});
