import { describe, expect, it } from 'vitest';
import { CELL_H, CELL_W, COL_HEADER_H, OVERSCAN, ROW_HEADER_W, colHeaderHeight, visibleWindow } from './layout';

describe('visibleWindow', () => {
  it('covers the viewport plus overscan and no more', () => {
    const w = visibleWindow(0, 0, ROW_HEADER_W + 10 * CELL_W, COL_HEADER_H + 5 * CELL_H, 300, 300);
    expect(w).toEqual({ rowStart: 0, rowEnd: 5 + OVERSCAN, colStart: 0, colEnd: 10 + OVERSCAN });
  });

  it('follows the scroll position and clamps to the matrix', () => {
    const w = visibleWindow(100 * CELL_H, 50 * CELL_W, ROW_HEADER_W + 10 * CELL_W, COL_HEADER_H + 5 * CELL_H, 300, 300);
    expect(w.rowStart).toBe(100 - OVERSCAN);
    expect(w.colStart).toBe(50 - OVERSCAN);
    const end = visibleWindow(1e6, 1e6, 2000, 2000, 12, 7);
    expect(end.rowEnd).toBe(12);
    expect(end.colEnd).toBe(7);
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
