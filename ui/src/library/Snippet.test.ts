import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import Snippet from './Snippet.svelte';

describe('Snippet', () => {
  it('marks matches given as byte spans, after multi-byte characters, as text', () => {
    const text = 'Café “<b>Kremlin</b>” – 🙂 Kremlin';
    const enc = new TextEncoder();
    const at = text.lastIndexOf('Kremlin');
    const start = enc.encode(text.slice(0, at)).length;
    const { getAllByTestId, getByTestId } = render(Snippet, { text, highlights: [{ start, end: start + 7 }] });
    expect(getAllByTestId('search-match').map((m) => m.textContent)).toEqual(['Kremlin']);
    expect(getByTestId('search-snippet').textContent).toBe(text);
    expect(getByTestId('search-snippet').querySelector('b')).toBeNull();
  });
});
