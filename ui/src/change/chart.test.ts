import { describe, expect, it } from 'vitest';
import type { Shift, Timeline, TimelinePoint } from '../lib/bindings';
import { layoutTimeline, MARGIN, MAX_SERIES } from './chart';

function point(support: number, oppose: number, ids: number[] = []): TimelinePoint {
  const n = support + oppose;
  return {
    support,
    oppose,
    net: support - oppose,
    weighted_net: support - oppose,
    evidence: n,
    balance: n ? (support - oppose) / n : null,
    low: n ? -0.5 : null,
    high: n ? 0.9 : null,
    assessment_ids: ids,
  };
}

const actor = (id: number, name: string) => ({ id, name, kind: 'country' as const, affiliation: null });
const deal = { id: 7, name: 'Cyprus deal', kind: 'issue' as const };
const periods = ['2004-09', '2004-10', '2004-11', '2004-12'].map((label, i) => ({
  label,
  start: `2004-${String(9 + i).padStart(2, '0')}-01`,
  end: '',
}));

function timeline(series = 1): Timeline {
  return {
    period: 'month',
    periods,
    undated: 1,
    series: Array.from({ length: series }, (_, s) => ({
      holder: actor(s + 1, `A${s}`),
      target: deal,
      points: [point(2, 0, [1, 2]), point(1, 0, [3]), point(0, 0), point(0, 2, [4, 5])],
      undated: point(0, 1, [6]),
    })),
  };
}

describe('layoutTimeline', () => {
  const size = { width: 400, height: 200 };

  it('puts one point per period with evidence, support up and oppose down', () => {
    const layout = layoutTimeline(timeline(), size);
    expect(layout.points.map((p) => p.period)).toEqual([0, 1, 3]);
    const [first, , last] = layout.points;
    expect(first.y).toBe(MARGIN.top);
    expect(last.y).toBe(size.height - MARGIN.bottom);
    expect(layout.zeroY).toBeCloseTo((MARGIN.top + size.height - MARGIN.bottom) / 2);
    expect(first.ids).toEqual([1, 2]);
    expect(first.label).toBe('A0 → Cyprus deal, 2004-09: 2 support, 0 oppose');
    expect(first.bandTop).toBeLessThan(first.bandBottom);
  });

  it('breaks the line over a period without evidence', () => {
    const layout = layoutTimeline(timeline(), size);
    expect(layout.lines[0].path.match(/M/g)).toHaveLength(2);
    expect(layout.lines[0].path.match(/L/g)).toHaveLength(1);
  });

  it('draws at most six series and says how many it left out', () => {
    const layout = layoutTimeline(timeline(MAX_SERIES + 2), size);
    expect(layout.lines).toHaveLength(MAX_SERIES);
    expect(layout.hidden).toBe(2);
  });

  it('marks a shift at the start of the period of the new stance', () => {
    const shift = { from: 'support', to: 'oppose', after: periods[3], before: periods[1] } as unknown as Shift;
    const layout = layoutTimeline(timeline(), size, [shift]);
    const step = (size.width - MARGIN.left - MARGIN.right) / 4;
    expect(layout.shifts).toEqual([{ x: MARGIN.left + 3 * step, label: 'support → oppose', index: 0 }]);
  });

  it('an empty timeline has nothing to draw', () => {
    const layout = layoutTimeline({ period: 'week', periods: [], series: [], undated: 0 }, size);
    expect(layout.points).toEqual([]);
    expect(layout.ticks).toEqual([]);
  });
});
