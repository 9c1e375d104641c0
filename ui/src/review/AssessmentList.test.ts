import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import AssessmentList from './AssessmentList.svelte';
import { MemoryBackend } from '../lib/mock/memory-backend';
import { seedSample } from '../lib/mock/sample';
import { defaultFilters, toMatrixFilter } from '../lib/filters';

async function sampleAssessments() {
  const backend = new MemoryBackend(seedSample());
  return backend.assessments({ ...toMatrixFilter(defaultFilters()), review_states: [] });
}

describe('AssessmentList', () => {
  it("offers the two orders and reports the analyst's choice", async () => {
    const assessments = await sampleAssessments();
    const onorder = vi.fn();
    const { getByTestId, getAllByTestId } = render(AssessmentList, { assessments, currentId: null, order: 'text', onorder });
    expect(getAllByTestId('assessment-row').length).toBe(assessments.length);
    const order = getByTestId('assessment-order') as HTMLSelectElement;
    expect(order.value).toBe('text');
    expect([...order.options].map((o) => o.textContent)).toEqual(['Text order', 'Most confident']);
    order.value = 'confidence';
    await fireEvent.change(order);
    expect(onorder).toHaveBeenCalledWith('confidence');
    // A suggestion's confidence says what it means.
    expect(getAllByTestId('assessment-row')[0].querySelector('.conf')?.getAttribute('title')).toContain('not trained on');
    // The origin label may be cut short at narrow widths: the whole of it is its title.
    const origin = getAllByTestId('assessment-row')[0].querySelector('.origin');
    expect(origin?.getAttribute('title')).toBe(origin?.textContent);
    expect(origin?.textContent).not.toBe('');
  });

  it('shows no order control where nothing can reorder the list', async () => {
    const assessments = await sampleAssessments();
    const { queryByTestId } = render(AssessmentList, { assessments, currentId: null });
    expect(queryByTestId('assessment-order')).toBeNull();
  });
});
