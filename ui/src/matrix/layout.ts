// Geometry of the virtualised matrix grid: which rows and columns a viewport
// shows, so only those cells exist in the DOM (300 × 300 stays fluid).

export const CELL_W = 26;
export const CELL_H = 24;
export const ROW_HEADER_W = 220;
/** The tallest the column header gets; short labels get a shorter header. */
export const COL_HEADER_H = 170;
const MIN_COL_HEADER_H = 64;
/** Rough width of one character of a 12 px column label, for sizing the header. */
const LABEL_CHAR_W = 6.6;

/** Header height that fits the longest target label (rotated), within bounds. */
export function colHeaderHeight(labels: string[]): number {
  let longest = 0;
  for (const l of labels) longest = Math.max(longest, l.length);
  return Math.round(Math.max(MIN_COL_HEADER_H, Math.min(COL_HEADER_H, 28 + longest * LABEL_CHAR_W)));
}
/** Extra rows/columns rendered beyond the viewport to hide scroll seams. */
export const OVERSCAN = 4;
/**
 * The window's edges snap to multiples of this many rows/columns, so most
 * scroll events leave the rendered set unchanged and the DOM untouched.
 */
export const SNAP = 8;

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
  headerH = COL_HEADER_H,
): Window {
  const bodyH = Math.max(0, viewH - headerH);
  const bodyW = Math.max(0, viewW - ROW_HEADER_W);
  const down = (n: number) => Math.floor(n / SNAP) * SNAP;
  const up = (n: number) => Math.ceil(n / SNAP) * SNAP;
  const rowStart = Math.max(0, down(Math.floor(scrollTop / CELL_H) - OVERSCAN));
  const rowEnd = Math.min(rows, up(Math.ceil((scrollTop + bodyH) / CELL_H) + OVERSCAN));
  const colStart = Math.max(0, down(Math.floor(scrollLeft / CELL_W) - OVERSCAN));
  const colEnd = Math.min(cols, up(Math.ceil((scrollLeft + bodyW) / CELL_W) + OVERSCAN));
  return { rowStart, rowEnd, colStart, colEnd };
}
