// Geometry of the virtualised matrix grid: which rows and columns a viewport
// shows, so only those cells exist in the DOM (300 × 300 stays fluid).

export const CELL_W = 26;
export const CELL_H = 24;
export const ROW_HEADER_W = 220;
export const COL_HEADER_H = 170;
/** Extra rows/columns rendered beyond the viewport to hide scroll seams. */
export const OVERSCAN = 4;

export interface Window {
  rowStart: number;
  rowEnd: number;
  colStart: number;
  colEnd: number;
}

/** Half-open index ranges of the rows and columns visible in the viewport. */
export function visibleWindow(
  scrollTop: number,
  scrollLeft: number,
  viewW: number,
  viewH: number,
  rows: number,
  cols: number,
): Window {
  const bodyH = Math.max(0, viewH - COL_HEADER_H);
  const bodyW = Math.max(0, viewW - ROW_HEADER_W);
  const rowStart = Math.max(0, Math.floor(scrollTop / CELL_H) - OVERSCAN);
  const rowEnd = Math.min(rows, Math.ceil((scrollTop + bodyH) / CELL_H) + OVERSCAN);
  const colStart = Math.max(0, Math.floor(scrollLeft / CELL_W) - OVERSCAN);
  const colEnd = Math.min(cols, Math.ceil((scrollLeft + bodyW) / CELL_W) + OVERSCAN);
  return { rowStart, rowEnd, colStart, colEnd };
}
