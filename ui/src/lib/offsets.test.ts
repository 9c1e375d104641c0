import { describe, expect, it } from 'vitest';
import { OffsetMap, byteSpanToUtf16 } from './offsets';

const encoder = new TextEncoder();
/** The byte offset of the first occurrence of `needle`, as Rust's str::find gives it. */
function byteFind(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in text`);
  return encoder.encode(text.slice(0, i)).length;
}
function byteSpanOf(text: string, needle: string) {
  const start = byteFind(text, needle);
  return { start, end: start + encoder.encode(needle).length };
}

describe('OffsetMap', () => {
  const text = 'The “deal” – Café Müller said 🙂 Russia backs Assad. 👍🏽 done';

  it('maps every needle after curly quotes, dashes, accents and emoji exactly', () => {
    const map = new OffsetMap(text);
    for (const needle of ['“deal”', '–', 'Café', 'Müller', '🙂', 'Russia backs Assad', '👍🏽', 'done']) {
      const r = map.range(byteSpanOf(text, needle))!;
      expect(text.slice(r.start, r.end)).toBe(needle);
    }
  });

  it('reports the UTF-8 length and round-trips indexes', () => {
    const map = new OffsetMap(text);
    expect(map.byteLength).toBe(encoder.encode(text).length);
    for (let i = 0; i <= text.length; i++) {
      const isLowSurrogate = i > 0 && /[\uDC00-\uDFFF]/.test(text[i] ?? '');
      if (!isLowSurrogate) expect(map.toUtf16(map.toBytes(i))).toBe(i);
    }
  });

  it('never splits a surrogate pair for an offset inside a character', () => {
    const t = 'a🙂b';
    const map = new OffsetMap(t);
    // 🙂 is bytes 1..5; byte 3 is inside it.
    expect(map.toUtf16(3)).toBe(1);
    expect(map.range({ start: 1, end: 3 })).toEqual({ start: 1, end: 3 });
    expect(t.slice(1, 3)).toBe('🙂');
  });

  it('clamps out-of-range offsets and rejects empty or inverted spans', () => {
    const map = new OffsetMap('héllo');
    expect(map.toUtf16(-4)).toBe(0);
    expect(map.toUtf16(999)).toBe(5);
    expect(map.range({ start: 3, end: 3 })).toBeNull();
    expect(map.range({ start: 4, end: 2 })).toBeNull();
    expect(byteSpanToUtf16('héllo', { start: 0, end: 3 })).toEqual({ start: 0, end: 2 });
  });

  it('would be wrong if bytes were used as indexes (guards against drift)', () => {
    const span = byteSpanOf(text, 'Russia');
    expect(text.slice(span.start, span.end)).not.toBe('Russia');
  });
});
