// The timeline chart's geometry, apart from Svelte so it can be tested: where
// each period, point, confidence band and shift marker goes. Balance runs
// from −1 (all oppose, bottom) to +1 (all support, top); a point's radius
// grows with the evidence behind it.

import type { Shift, Timeline } from '../lib/bindings';

export interface ChartSize {
  width: number;
  height: number;
}

export const MARGIN = { left: 44, right: 12, top: 12, bottom: 34 };
/** At most this many series are drawn; the rest are listed as left out. */
export const MAX_SERIES = 6;
/** Okabe–Ito, colour-blind safe, as the network's palette. */
export const SERIES_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];

export interface ChartPoint {
  series: number;
  period: number;
  x: number;
  y: number;
  r: number;
  /** The band's ends (y of the high and the low balance). */
  bandTop: number;
  bandBottom: number;
  support: number;
  oppose: number;
  ids: number[];
  label: string;
}

export interface ChartLine {
  series: number;
  colour: string;
  label: string;
  /** SVG path data through consecutive periods with evidence. */
  path: string;
}

export interface ChartTick {
  x: number;
  label: string;
}

export interface ShiftMark {
  x: number;
  label: string;
  index: number;
}

export interface ChartLayout {
  size: ChartSize;
  points: ChartPoint[];
  lines: ChartLine[];
  ticks: ChartTick[];
  shifts: ShiftMark[];
  zeroY: number;
  plot: { left: number; top: number; right: number; bottom: number };
  hidden: number;
}

export function layoutTimeline(timeline: Timeline, size: ChartSize, shifts: Shift[] = []): ChartLayout {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: size.width - MARGIN.right,
    bottom: size.height - MARGIN.bottom,
  };
  const n = timeline.periods.length;
  const step = n ? (plot.right - plot.left) / n : 0;
  const xOf = (i: number) => plot.left + (i + 0.5) * step;
  const yOf = (balance: number) => plot.top + ((1 - balance) / 2) * (plot.bottom - plot.top);
  const shown = timeline.series.slice(0, MAX_SERIES);
  const most = Math.max(1, ...shown.flatMap((s) => s.points.map((p) => p.support + p.oppose)));
  const points: ChartPoint[] = [];
  const lines: ChartLine[] = [];
  shown.forEach((series, s) => {
    let path = '';
    let previous = -2;
    series.points.forEach((p, i) => {
      if (p.balance === null) return;
      const x = xOf(i);
      const y = yOf(p.balance);
      path += `${previous === i - 1 ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
      previous = i;
      points.push({
        series: s,
        period: i,
        x,
        y,
        r: 3 + 5 * Math.sqrt((p.support + p.oppose) / most),
        bandTop: yOf(p.high ?? p.balance),
        bandBottom: yOf(p.low ?? p.balance),
        support: p.support,
        oppose: p.oppose,
        ids: p.assessment_ids,
        label: `${series.holder.name} → ${series.target.name}, ${timeline.periods[i]?.label}: ${p.support} support, ${p.oppose} oppose`,
      });
    });
    lines.push({
      series: s,
      colour: SERIES_COLOURS[s % SERIES_COLOURS.length],
      label: `${series.holder.name} → ${series.target.name}`,
      path,
    });
  });
  // About ten labels at most, evenly spaced.
  const every = Math.max(1, Math.ceil(n / 10));
  const ticks = timeline.periods
    .map((p, i) => ({ x: xOf(i), label: p.label, i }))
    .filter((t) => t.i % every === 0)
    .map(({ x, label }) => ({ x, label }));
  const byStart = new Map(timeline.periods.map((p, i) => [p.start, i]));
  const marks: ShiftMark[] = [];
  shifts.forEach((shift, index) => {
    const at = byStart.get(shift.after.start);
    if (at === undefined) return;
    marks.push({ x: plot.left + at * step, label: `${shift.from} → ${shift.to}`, index });
  });
  return {
    size,
    points,
    lines,
    ticks,
    shifts: marks,
    zeroY: yOf(0),
    plot,
    hidden: Math.max(0, timeline.series.length - shown.length),
  };
}
