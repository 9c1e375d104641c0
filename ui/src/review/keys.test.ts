import { describe, expect, it } from 'vitest';
import { reviewAction, step } from './keys';

describe('reviewAction', () => {
  it('maps the review loop keys', () => {
    expect(reviewAction({ key: 'j' })).toBe('next');
    expect(reviewAction({ key: 'J', shiftKey: true })).toBe('next');
    expect(reviewAction({ key: 'k' })).toBe('prev');
    expect(reviewAction({ key: 'a' })).toBe('accept');
    expect(reviewAction({ key: 'r' })).toBe('reject');
    expect(reviewAction({ key: 'e' })).toBe('edit');
    expect(reviewAction({ key: '?', shiftKey: true })).toBe('help');
    expect(reviewAction({ key: 'Escape' })).toBe('close');
    expect(reviewAction({ key: 'x' })).toBeNull();
  });

  it('maps undo and redo with Ctrl or Cmd', () => {
    expect(reviewAction({ key: 'z', ctrlKey: true })).toBe('undo');
    expect(reviewAction({ key: 'Z', ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(reviewAction({ key: 'y', metaKey: true })).toBe('redo');
    expect(reviewAction({ key: 'a', ctrlKey: true })).toBeNull(); // select-all stays the browser's
  });

  it('ignores letters typed into fields', () => {
    const input = document.createElement('input');
    document.body.append(input);
    expect(reviewAction({ key: 'a', target: input })).toBeNull();
    expect(reviewAction({ key: 'j', target: input })).toBeNull();
    expect(reviewAction({ key: 'z', ctrlKey: true, target: input })).toBeNull(); // the field's own undo
    expect(reviewAction({ key: 'Escape', target: input })).toBe('close');
    input.remove();
  });
});

describe('step', () => {
  it('moves within bounds without wrapping', () => {
    expect(step(-1, 3, 1)).toBe(0);
    expect(step(-1, 3, -1)).toBe(2);
    expect(step(2, 3, 1)).toBe(2);
    expect(step(0, 3, -1)).toBe(0);
    expect(step(0, 0, 1)).toBe(-1);
  });
});
