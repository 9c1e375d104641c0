// The review loop's keyboard map: J/K move through the listed assessments,
// A accepts, R rejects, E edits, ? shows the help, Ctrl+Z / Ctrl+Shift+Z undo
// and redo. Letter keys never fire while the analyst types in a field.

export type ReviewAction = 'next' | 'prev' | 'accept' | 'reject' | 'edit' | 'help' | 'undo' | 'redo' | 'close';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
}

/** The shortcuts as the help overlay lists them. */
export const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: 'J', action: 'Next assessment' },
  { keys: 'K', action: 'Previous assessment' },
  { keys: 'A', action: 'Accept' },
  { keys: 'R', action: 'Reject' },
  { keys: 'E', action: 'Edit holder, target or polarity' },
  { keys: 'Ctrl+Z', action: 'Undo' },
  { keys: 'Ctrl+Shift+Z / Ctrl+Y', action: 'Redo' },
  { keys: 'Arrows, Enter', action: 'Move in the matrix, open a cell' },
  { keys: '?', action: 'Show or hide this help' },
  { keys: 'Esc', action: 'Close a dialog or this help' },
];

function isTyping(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  return !!el.closest('input, textarea, select, [contenteditable="true"]');
}

export function reviewAction(e: KeyLike): ReviewAction | null {
  const mod = !!(e.ctrlKey || e.metaKey);
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === 'Escape') return 'close';
  // A field keeps its own keys, Ctrl+Z included (it undoes the typing).
  if (isTyping(e.target)) return null;
  if (mod && !e.altKey) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    return null;
  }
  if (e.altKey) return null;
  switch (key) {
    case 'j':
      return 'next';
    case 'k':
      return 'prev';
    case 'a':
      return 'accept';
    case 'r':
      return 'reject';
    case 'e':
      return 'edit';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/** The index after moving by `step` through `length` items, clamped (no wrap). */
export function step(index: number, length: number, by: 1 | -1): number {
  if (length === 0) return -1;
  if (index < 0) return by > 0 ? 0 : length - 1;
  return Math.max(0, Math.min(length - 1, index + by));
}
