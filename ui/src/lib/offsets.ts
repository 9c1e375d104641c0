// Converts the backend's UTF-8 byte offsets into JavaScript (UTF-16) string
// indexes and back. This is the UI's only place that knows both conventions:
// every span that comes over IPC passes through here before it touches text.

export interface Utf16Range {
  start: number;
  end: number;
}

/** Bytes that the UTF-8 encoding of one code point takes. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * A reusable map for one text: converting many spans of the same article
 * walks the text once, not once per span.
 */
export class OffsetMap {
  /** byteAt[i] = UTF-8 byte offset of UTF-16 index i (length text.length + 1). */
  private readonly byteAt: Uint32Array;

  constructor(readonly text: string) {
    const byteAt = new Uint32Array(text.length + 1);
    let bytes = 0;
    let i = 0;
    while (i < text.length) {
      const cp = text.codePointAt(i)!;
      const units = cp > 0xffff ? 2 : 1;
      byteAt[i] = bytes;
      // The low surrogate of a pair sits inside a character: give it the
      // pair's start so a search never lands between the two halves.
      if (units === 2) byteAt[i + 1] = bytes;
      // A lone surrogate is encoded by Rust's lossy decoding as U+FFFD (3 bytes).
      bytes += cp >= 0xd800 && cp <= 0xdfff ? 3 : utf8Length(cp);
      i += units;
    }
    byteAt[text.length] = bytes;
    this.byteAt = byteAt;
  }

  /** The text's length in UTF-8 bytes. */
  get byteLength(): number {
    return this.byteAt[this.text.length];
  }

  /**
   * The UTF-16 index of a byte offset. An offset inside a character snaps
   * back to that character's start; one past the end clamps to the end.
   */
  toUtf16(byteOffset: number): number {
    if (!(byteOffset > 0)) return 0;
    if (byteOffset >= this.byteLength) return this.text.length;
    // Binary search for the last index whose byte offset is <= byteOffset.
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.byteAt[mid] <= byteOffset) lo = mid;
      else hi = mid - 1;
    }
    // Step back over a low surrogate so we never split a pair.
    while (lo > 0 && this.byteAt[lo - 1] === this.byteAt[lo]) lo--;
    return lo;
  }

  /** The UTF-8 byte offset of a UTF-16 index (clamped to the text). */
  toBytes(utf16Index: number): number {
    const i = Math.max(0, Math.min(this.text.length, Math.floor(utf16Index)));
    return this.byteAt[i];
  }

  /** A byte span as a UTF-16 range; `null` when it is empty or inverted. */
  range(span: { start: number; end: number }): Utf16Range | null {
    const start = this.toUtf16(span.start);
    const end = this.toUtf16(span.end);
    // An end inside a character should include that whole character.
    const endFixed = this.byteAt[end] < span.end && end < this.text.length ? this.nextIndex(end) : end;
    return endFixed > start ? { start, end: endFixed } : null;
  }

  private nextIndex(i: number): number {
    const cp = this.text.codePointAt(i)!;
    return i + (cp > 0xffff ? 2 : 1);
  }
}

/** One-off conversion of a byte span; prefer OffsetMap for many spans. */
export function byteSpanToUtf16(text: string, span: { start: number; end: number }): Utf16Range | null {
  return new OffsetMap(text).range(span);
}
