import { describe, expect, it } from 'vitest';
import { MIN_STRENGTH, cellStyle, cellSummary, netScore, toneOf } from './scale';

describe('cell colour scale', () => {
  it('picks the tone from the counts', () => {
    expect(toneOf(0, 0)).toBe('empty');
    expect(toneOf(3, 0)).toBe('support');
    expect(toneOf(0, 2)).toBe('oppose');
    expect(toneOf(2, 2)).toBe('mixed');
    expect(toneOf(5, 1)).toBe('support'); // net 0.67: clearly support
    expect(toneOf(1, 5)).toBe('oppose');
  });

  it('computes the net score in [-1, 1]', () => {
    expect(netScore(3, 1)).toBe(0.5);
    expect(netScore(0, 4)).toBe(-1);
    expect(netScore(0, 0)).toBe(0);
  });

  it('grows stronger with more evidence and never fades below the minimum', () => {
    const one = cellStyle(1, 0, 20);
    const many = cellStyle(20, 0, 20);
    expect(one.strength).toBeGreaterThanOrEqual(MIN_STRENGTH);
    expect(many.strength).toBeGreaterThan(one.strength);
    expect(many.strength).toBeLessThanOrEqual(1);
    expect(many.css).toBe('color-mix(in oklab, var(--stance-support) 100%, var(--cell-bg))');
    expect(cellStyle(0, 0, 20)).toMatchObject({ tone: 'empty', css: 'transparent' });
    expect(cellStyle(0, 3, 3).css).toContain('--stance-oppose');
    expect(cellStyle(5, 1, 6).strength).toBeLessThan(cellStyle(6, 0, 6).strength);
  });

  it('summarises counts for the tooltip', () => {
    expect(cellSummary('Russia', 'Syrian government', 3, 1)).toBe('Russia → Syrian government\nsupport 3 · oppose 1 · net +0.50');
  });
});
