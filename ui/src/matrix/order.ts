// Orders the matrix's rows (holders) and columns (targets): by name, by
// activity, or in "blocs" order, where actors with similar stances stand
// together; optionally grouped by affiliation or kind. Pure functions over
// the matrix view; the component only renders what they return.

import type { MatrixCell } from '../lib/model';

export type SortMode = 'name' | 'activity' | 'blocs';
export type GroupMode = 'none' | 'affiliation' | 'kind';

export interface Group {
  label: string;
  /** Index of the group's first item in the ordered list. */
  start: number;
  count: number;
}

export interface Ordered<T> {
  items: T[];
  groups: Group[];
}

export interface OrderOptions<T> {
  mode: SortMode;
  key: (item: T) => string;
  name: (item: T) => string;
  /** The group label of an item, or null when it belongs to none ("Other"). */
  group?: (item: T) => string | null;
  activity: Map<string, number>;
  blocs?: Map<string, number>;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
export const UNGROUPED = 'Other';

/** Sorts items by the chosen mode (stable ties by name), then groups them. */
export function orderItems<T>(items: T[], opts: OrderOptions<T>): Ordered<T> {
  const byName = (a: T, b: T) => collator.compare(opts.name(a), opts.name(b));
  const score = (t: T): number =>
    opts.mode === 'activity' ? -(opts.activity.get(opts.key(t)) ?? 0) : opts.mode === 'blocs' ? (opts.blocs?.get(opts.key(t)) ?? 0) : 0;
  const cmp = (a: T, b: T) => (opts.mode === 'name' ? 0 : score(a) - score(b)) || byName(a, b);
  if (!opts.group) return { items: [...items].sort(cmp), groups: [] };

  const groups = new Map<string, T[]>();
  for (const item of items) {
    const label = opts.group(item) ?? UNGROUPED;
    const list = groups.get(label);
    if (list) list.push(item);
    else groups.set(label, [item]);
  }
  // Groups follow the same mode: by name, by total activity, or by mean bloc score.
  const groupScore = (list: T[]) =>
    opts.mode === 'name' ? 0 : list.reduce((s, t) => s + score(t), 0) / (opts.mode === 'blocs' ? list.length : 1);
  const labels = [...groups.keys()].sort((a, b) => {
    if (a === UNGROUPED || b === UNGROUPED) return a === UNGROUPED ? 1 : b === UNGROUPED ? -1 : 0;
    return groupScore(groups.get(a)!) - groupScore(groups.get(b)!) || collator.compare(a, b);
  });
  const out: T[] = [];
  const ranges: Group[] = [];
  for (const label of labels) {
    const list = groups.get(label)!.sort(cmp);
    ranges.push({ label, start: out.length, count: list.length });
    out.push(...list);
  }
  return { items: out, groups: ranges };
}

/** Sum of support + oppose per row key and per column key. */
export function activity(cells: MatrixCell[], rowKey: (c: MatrixCell) => string, colKey: (c: MatrixCell) => string) {
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (const c of cells) {
    const n = c.support + c.oppose;
    rows.set(rowKey(c), (rows.get(rowKey(c)) ?? 0) + n);
    cols.set(colKey(c), (cols.get(colKey(c)) ?? 0) + n);
  }
  return { rows, cols };
}

/**
 * Bloc scores: each row's (and column's) coordinate on the first principal
 * axis of the net-stance matrix, by power iteration on the sparse cells.
 * Rows that back and oppose the same targets get close scores, so sorting by
 * score puts blocs together. Deterministic: fixed start vector and sign.
 */
export function blocScores(
  cells: MatrixCell[],
  rowKey: (c: MatrixCell) => string,
  colKey: (c: MatrixCell) => string,
  iterations = 60,
): { rows: Map<string, number>; cols: Map<string, number> } {
  const rowIndex = new Map<string, number>();
  const colIndex = new Map<string, number>();
  // Struct-of-arrays: the power iteration below walks these many times.
  const er = new Int32Array(cells.length);
  const ec = new Int32Array(cells.length);
  const ev = new Float64Array(cells.length);
  let n = 0;
  for (const cell of cells) {
    const total = cell.support + cell.oppose;
    if (total <= 0) continue;
    const rk = rowKey(cell);
    const ck = colKey(cell);
    let r = rowIndex.get(rk);
    if (r === undefined) rowIndex.set(rk, (r = rowIndex.size));
    let c = colIndex.get(ck);
    if (c === undefined) colIndex.set(ck, (c = colIndex.size));
    er[n] = r;
    ec[n] = c;
    ev[n] = (cell.support - cell.oppose) / total;
    n++;
  }
  const nr = rowIndex.size;
  const nc = colIndex.size;
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  if (nr === 0) return { rows, cols };

  // Centre each column so a target everyone backs does not dominate the axis.
  const colMean = new Float64Array(nc);
  for (let k = 0; k < n; k++) colMean[ec[k]] += ev[k];
  for (let c = 0; c < nc; c++) colMean[c] /= nr;

  const normalise = (v: Float64Array) => {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += v[i] * v[i];
    s = Math.sqrt(s);
    if (s > 0) for (let i = 0; i < v.length; i++) v[i] /= s;
    return s;
  };

  let x = new Float64Array(nr);
  for (let i = 0; i < nr; i++) x[i] = 1 + ((i * 7919) % 101) / 101; // fixed, non-symmetric start
  normalise(x);
  const y = new Float64Array(nc);
  for (let it = 0; it < iterations; it++) {
    // y = Mᵀx with M centred: y_c = Σ_r M[r,c] x_r − mean_c Σ_r x_r
    let sx = 0;
    for (let i = 0; i < nr; i++) sx += x[i];
    y.fill(0);
    for (let k = 0; k < n; k++) y[ec[k]] += ev[k] * x[er[k]];
    for (let c = 0; c < nc; c++) y[c] -= colMean[c] * sx;
    normalise(y);
    // x' = M y
    let dot = 0;
    for (let c = 0; c < nc; c++) dot += colMean[c] * y[c];
    const next = new Float64Array(nr);
    for (let k = 0; k < n; k++) next[er[k]] += ev[k] * y[ec[k]];
    for (let i = 0; i < nr; i++) next[i] -= dot;
    if (normalise(next) === 0) break;
    let change = 0;
    for (let i = 0; i < nr; i++) change = Math.max(change, Math.abs(next[i] - x[i]));
    x = next;
    if (change < 1e-7) break;
  }
  // Fix the sign: the row with the largest |score| comes out negative (first).
  let big = 0;
  for (let i = 0; i < nr; i++) if (Math.abs(x[i]) > Math.abs(x[big])) big = i;
  const sign = x[big] > 0 ? -1 : 1;
  for (const [k, i] of rowIndex) rows.set(k, sign * x[i]);
  for (const [k, c] of colIndex) cols.set(k, sign * y[c]);
  return { rows, cols };
}
