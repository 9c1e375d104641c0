import { describe, expect, it } from 'vitest';
import { activity, blocScores, orderItems } from './order';
import type { MatrixCell } from '../lib/model';

interface Row {
  id: number;
  name: string;
  aff: string | null;
}
const rows: Row[] = [
  { id: 1, name: 'Alpha', aff: 'West' },
  { id: 2, name: 'Charlie', aff: 'East' },
  { id: 3, name: 'bravo', aff: 'West' },
  { id: 4, name: 'Delta', aff: 'East' },
  { id: 5, name: 'Echo', aff: null },
];
const cell = (h: number, t: number, support: number, oppose: number): MatrixCell => ({
  holder_id: h,
  target_id: t,
  target_kind: 'actor',
  support,
  oppose,
});
// Two blocs: 1 and 3 back target 10 and oppose 11; 2 and 4 do the opposite.
const cells = [
  cell(1, 10, 3, 0),
  cell(1, 11, 0, 2),
  cell(3, 10, 1, 0),
  cell(3, 11, 0, 1),
  cell(2, 10, 0, 2),
  cell(2, 11, 4, 0),
  cell(4, 10, 0, 1),
  cell(4, 11, 1, 0),
  cell(5, 12, 1, 0),
];
const rk = (c: MatrixCell) => String(c.holder_id);
const ck = (c: MatrixCell) => `${c.target_kind}:${c.target_id}`;
const base = { key: (r: Row) => String(r.id), name: (r: Row) => r.name };

describe('orderItems', () => {
  const act = activity(cells, rk, ck);

  it('sorts by name case-insensitively', () => {
    const o = orderItems(rows, { ...base, mode: 'name', activity: act.rows });
    expect(o.items.map((r) => r.name)).toEqual(['Alpha', 'bravo', 'Charlie', 'Delta', 'Echo']);
    expect(o.groups).toEqual([]);
  });

  it('sorts by activity, most active first, ties by name', () => {
    const o = orderItems(rows, { ...base, mode: 'activity', activity: act.rows });
    // activity: 2 → 6, 1 → 5, 3 → 2, 4 → 2 (bravo before Delta), 5 → 1
    expect(o.items.map((r) => r.id)).toEqual([2, 1, 3, 4, 5]);
  });

  it('puts blocs together', () => {
    const blocs = blocScores(cells, rk, ck);
    const o = orderItems(rows.slice(0, 4), { ...base, mode: 'blocs', activity: act.rows, blocs: blocs.rows });
    const ids = o.items.map((r) => r.id);
    const pos = (id: number) => ids.indexOf(id);
    expect(Math.abs(pos(1) - pos(3))).toBe(1);
    expect(Math.abs(pos(2) - pos(4))).toBe(1);
    // and the columns the blocs disagree on land on opposite sides
    expect(Math.sign(blocs.cols.get('actor:10')!)).toBe(-Math.sign(blocs.cols.get('actor:11')!));
  });

  it('groups by affiliation with ungrouped items last', () => {
    const o = orderItems(rows, { ...base, mode: 'name', activity: act.rows, group: (r) => r.aff });
    expect(o.groups).toEqual([
      { label: 'East', start: 0, count: 2 },
      { label: 'West', start: 2, count: 2 },
      { label: 'Other', start: 4, count: 1 },
    ]);
    expect(o.items.map((r) => r.name)).toEqual(['Charlie', 'Delta', 'Alpha', 'bravo', 'Echo']);
  });

  it('gives empty scores for an empty matrix and is deterministic', () => {
    expect(blocScores([], rk, ck).rows.size).toBe(0);
    expect([...blocScores(cells, rk, ck).rows]).toEqual([...blocScores(cells, rk, ck).rows]);
  });
});
