// Splits an article's text into plain runs and marked runs for rendering as
// text nodes and spans (never as HTML). Evidence sentences become outer
// blocks; holder, target, cue and actor mentions become flat marked segments
// inside them, so overlapping marks never need nested or crossing elements.

import type { Utf16Range } from '../lib/offsets';

export type InnerKind = 'cue' | 'holder' | 'target' | 'mention' | 'selection' | 'match';

/** Precedence when several inner marks cover the same characters (first wins). */
export const INNER_PRECEDENCE: InnerKind[] = ['selection', 'match', 'cue', 'holder', 'target', 'mention'];

export interface EvidenceMark {
  range: Utf16Range;
  assessmentIds: number[];
}

export interface InnerMark {
  range: Utf16Range;
  kind: InnerKind;
  /** The assessment a cue/holder/target belongs to, for click-to-select. */
  assessmentId?: number;
  /** The actor a mention or holder/target refers to. */
  actorId?: number;
}

export interface Segment {
  start: number;
  end: number;
  /** The marks covering this run, in INNER_PRECEDENCE order; empty for plain text. */
  marks: InnerMark[];
}

export interface Block {
  start: number;
  end: number;
  /** Set when this block is (a union of overlapping) evidence sentences. */
  evidence: { assessmentIds: number[] } | null;
  segments: Segment[];
}

function clampRange(r: Utf16Range, length: number): Utf16Range | null {
  const start = Math.max(0, Math.min(length, r.start));
  const end = Math.max(0, Math.min(length, r.end));
  return end > start ? { start, end } : null;
}

/** Overlapping evidence ranges merge into one block carrying all their ids. */
function mergeEvidence(marks: EvidenceMark[], length: number): EvidenceMark[] {
  const sorted = marks
    .map((m) => ({ range: clampRange(m.range, length), assessmentIds: m.assessmentIds }))
    .filter((m): m is EvidenceMark => m.range !== null)
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const merged: EvidenceMark[] = [];
  for (const m of sorted) {
    const last = merged[merged.length - 1];
    if (last && m.range.start < last.range.end) {
      last.range = { start: last.range.start, end: Math.max(last.range.end, m.range.end) };
      for (const id of m.assessmentIds) if (!last.assessmentIds.includes(id)) last.assessmentIds.push(id);
    } else {
      merged.push({ range: { ...m.range }, assessmentIds: [...m.assessmentIds] });
    }
  }
  return merged;
}

function sameMarks(a: InnerMark[], b: InnerMark[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

/** Flat segments of [start, end) with the inner marks that cover each run. */
function segmentsOf(start: number, end: number, inner: InnerMark[]): Segment[] {
  const points = new Set<number>([start, end]);
  const relevant = inner.filter((m) => m.range.start < end && m.range.end > start);
  for (const m of relevant) {
    if (m.range.start > start) points.add(m.range.start);
    if (m.range.end < end) points.add(m.range.end);
  }
  const cuts = [...points].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    const marks = relevant
      .filter((m) => m.range.start <= a && m.range.end >= b)
      .sort((x, y) => INNER_PRECEDENCE.indexOf(x.kind) - INNER_PRECEDENCE.indexOf(y.kind));
    const last = out[out.length - 1];
    if (last && sameMarks(last.marks, marks)) last.end = b;
    else out.push({ start: a, end: b, marks });
  }
  return out;
}

/**
 * The blocks that cover `length` characters exactly once, in order. Marks out
 * of range are clamped, empty ones dropped.
 */
export function splitHighlights(length: number, evidence: EvidenceMark[], inner: InnerMark[]): Block[] {
  const blocksEvidence = mergeEvidence(evidence, length);
  const innerClamped = inner
    .map((m) => ({ ...m, range: clampRange(m.range, length) }))
    .filter((m): m is InnerMark => m.range !== null);
  const blocks: Block[] = [];
  let at = 0;
  for (const ev of blocksEvidence) {
    if (ev.range.start > at) {
      blocks.push({ start: at, end: ev.range.start, evidence: null, segments: segmentsOf(at, ev.range.start, innerClamped) });
    }
    blocks.push({
      start: ev.range.start,
      end: ev.range.end,
      evidence: { assessmentIds: ev.assessmentIds },
      segments: segmentsOf(ev.range.start, ev.range.end, innerClamped),
    });
    at = ev.range.end;
  }
  if (at < length || length === 0) {
    if (at < length) blocks.push({ start: at, end: length, evidence: null, segments: segmentsOf(at, length, innerClamped) });
  }
  return blocks;
}
