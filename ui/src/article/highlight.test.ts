import { describe, expect, it } from 'vitest';
import { splitHighlights, type InnerMark } from './highlight';

const text = 'Intro. Russia backs the Assad regime. Outro.';
const ev = { start: 7, end: 37 };
const idx = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

function rebuild(blocks: ReturnType<typeof splitHighlights>): string {
  return blocks.map((b) => b.segments.map((s) => text.slice(s.start, s.end)).join('')).join('');
}

describe('splitHighlights', () => {
  it('covers the text exactly once, with the evidence as its own block', () => {
    const blocks = splitHighlights(text.length, [{ range: ev, assessmentIds: [4] }], []);
    expect(rebuild(blocks)).toBe(text);
    expect(blocks.map((b) => [text.slice(b.start, b.end), b.evidence?.assessmentIds ?? null])).toEqual([
      ['Intro. ', null],
      ['Russia backs the Assad regime.', [4]],
      [' Outro.', null],
    ]);
  });

  it('marks holder, cue and target inside the evidence in order', () => {
    const inner: InnerMark[] = [
      { range: idx('Russia'), kind: 'holder', assessmentId: 4 },
      { range: idx('backs'), kind: 'cue', assessmentId: 4 },
      { range: idx('the Assad regime'), kind: 'target', assessmentId: 4 },
    ];
    const [, evidence] = splitHighlights(text.length, [{ range: ev, assessmentIds: [4] }], inner);
    const marked = evidence.segments.map((s) => [text.slice(s.start, s.end), s.marks.map((m) => m.kind)]);
    expect(marked).toEqual([
      ['Russia', ['holder']],
      [' ', []],
      ['backs', ['cue']],
      [' ', []],
      ['the Assad regime', ['target']],
      ['.', []],
    ]);
  });

  it('splits a mention that crosses the evidence boundary and orders overlapping marks by precedence', () => {
    const mention: InnerMark = { range: { start: 3, end: 13 }, kind: 'mention', actorId: 1 };
    const holder: InnerMark = { range: idx('Russia'), kind: 'holder', assessmentId: 4 };
    const blocks = splitHighlights(text.length, [{ range: ev, assessmentIds: [4] }], [mention, holder]);
    expect(rebuild(blocks)).toBe(text);
    expect(blocks[0].segments.at(-1)).toMatchObject({ start: 3, end: 7, marks: [mention] });
    expect(blocks[1].segments[0]).toMatchObject({ start: 7, end: 13, marks: [holder, mention] });
  });

  it('merges overlapping evidence sentences and drops empty or out-of-range marks', () => {
    const blocks = splitHighlights(
      text.length,
      [
        { range: ev, assessmentIds: [4] },
        { range: { start: 20, end: 44 }, assessmentIds: [5] },
        { range: { start: 50, end: 40 }, assessmentIds: [6] },
      ],
      [{ range: { start: 90, end: 99 }, kind: 'cue' }],
    );
    expect(blocks.filter((b) => b.evidence).map((b) => [b.start, b.end, b.evidence!.assessmentIds])).toEqual([[7, 44, [4, 5]]]);
    expect(rebuild(blocks)).toBe(text);
  });

  it('returns plain text as a single unmarked segment', () => {
    const blocks = splitHighlights(text.length, [], []);
    expect(blocks).toEqual([{ start: 0, end: text.length, evidence: null, segments: [{ start: 0, end: text.length, marks: [] }] }]);
    expect(splitHighlights(0, [], [])).toEqual([]);
  });
});
