// The diverging colour scale of the stance matrix: a cell's net stance picks
// the hue (support, oppose, or mixed when both sides are strong), and its
// weight of evidence picks how far the colour stands out from the background.
// Colours are CSS color-mix() over theme variables, so dark mode follows.

export type Tone = 'empty' | 'support' | 'oppose' | 'mixed';

export interface CellStyle {
  tone: Tone;
  /** (support − oppose) / (support + oppose), in [−1, 1]; 0 when empty. */
  net: number;
  /** 0 for empty; else in [MIN_STRENGTH, 1]. */
  strength: number;
  /** A CSS colour for the cell background. */
  css: string;
}

/** Below this |net| a cell with both support and oppose reads as mixed. */
export const MIXED_BELOW = 0.5;
/** The faintest a non-empty cell gets, so one assessment is still visible. */
export const MIN_STRENGTH = 0.3;

export function netScore(support: number, oppose: number): number {
  const total = support + oppose;
  return total > 0 ? (support - oppose) / total : 0;
}

export function toneOf(support: number, oppose: number): Tone {
  if (support + oppose <= 0) return 'empty';
  const net = netScore(support, oppose);
  if (support > 0 && oppose > 0 && Math.abs(net) < MIXED_BELOW) return 'mixed';
  return net > 0 ? 'support' : 'oppose';
}

/**
 * The cell colour for its counts; `maxTotal` is the largest support + oppose
 * in the current matrix, so intensity is relative to what is on screen.
 */
export function cellStyle(support: number, oppose: number, maxTotal: number): CellStyle {
  const total = support + oppose;
  const tone = toneOf(support, oppose);
  if (tone === 'empty') return { tone, net: 0, strength: 0, css: 'transparent' };
  const net = netScore(support, oppose);
  const weight = maxTotal > 1 ? Math.log1p(total) / Math.log1p(maxTotal) : 1;
  const agreement = tone === 'mixed' ? 1 : Math.abs(net);
  const strength = MIN_STRENGTH + (1 - MIN_STRENGTH) * Math.min(1, weight) * (0.5 + 0.5 * agreement);
  const pct = Math.round(strength * 100);
  return { tone, net, strength, css: `color-mix(in oklab, var(--stance-${tone}) ${pct}%, var(--cell-bg))` };
}

/** The words a tooltip uses for a cell. */
export function cellSummary(holder: string, target: string, support: number, oppose: number): string {
  const net = netScore(support, oppose);
  const sign = net > 0 ? '+' : '';
  return `${holder} → ${target}\nsupport ${support} · oppose ${oppose} · net ${sign}${net.toFixed(2)}`;
}
