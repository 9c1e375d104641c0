import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import FilterBar from './FilterBar.svelte';
import { defaultFilters, toMatrixFilter } from '../lib/filters';

describe('FilterBar', () => {
  it('edits the shared filter state and asks for a reload', async () => {
    const filters = defaultFilters();
    const onchange = vi.fn();
    const { getByTestId } = render(FilterBar, {
      filters,
      articles: [
        { id: 3, title: 'Seed', published: null, source: 'TRT', format: 'text', origin_name: 'seed.txt', imported_at: '2026-01-01', stance_count: 2 },
      ],
      sources: ['TRT', 'Reuters'],
      onchange,
    });
    const review = getByTestId('filter-review') as HTMLSelectElement;
    review.value = 'accepted';
    await fireEvent.change(review);
    expect(filters.review).toBe('accepted');
    expect(onchange).toHaveBeenCalledTimes(1);

    const article = getByTestId('filter-article') as HTMLSelectElement;
    article.value = '3';
    await fireEvent.change(article);
    const source = getByTestId('filter-source') as HTMLSelectElement;
    source.value = 'Reuters';
    await fireEvent.change(source);
    expect(toMatrixFilter(filters)).toMatchObject({ article_ids: [3], sources: ['Reuters'], review_states: ['accepted', 'edited'] });
    expect(onchange).toHaveBeenCalledTimes(3);
  });

  it('resets the filters but keeps the ordering', async () => {
    const filters = { ...defaultFilters(), review: 'accepted' as const, minConfidence: 0.5, rowSort: 'blocs' as const };
    const onchange = vi.fn();
    const { getByTestId, queryByTestId } = render(FilterBar, { filters, articles: [], sources: [], onchange });
    await fireEvent.click(getByTestId('filter-reset'));
    expect(filters).toEqual({ ...defaultFilters(), rowSort: 'blocs' });
    expect(onchange).toHaveBeenCalledTimes(1);
  });

  it('shows a filtered article the library has not read yet as itself, not as all articles', () => {
    const filters = { ...defaultFilters(), articleId: 4242 };
    const { getByTestId } = render(FilterBar, { filters, articles: [], sources: [], onchange: vi.fn() });
    const article = getByTestId('filter-article') as HTMLSelectElement;
    expect(article.value).toBe('4242');
    expect(article.selectedOptions[0].textContent).toBe('Article 4242');
  });
});
