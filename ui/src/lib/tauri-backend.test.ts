import { describe, expect, it } from 'vitest';
import { toAssessmentFilter } from './tauri-backend';

describe('tauri-backend shape translation', () => {
  it('sends every filter key, with all review states for "all"', () => {
    expect(toAssessmentFilter({ min_confidence: 0, review_states: [] })).toEqual({
      ids: null,
      article_ids: null,
      published_from: null,
      published_to: null,
      sources: null,
      min_confidence: null,
      review_states: ['suggested', 'accepted', 'rejected', 'edited'],
      holder_kinds: null,
      target_kinds: null,
      holder_ids: null,
      targets: null,
      accepted_only: false,
    });
    const f = toAssessmentFilter(
      { min_confidence: 0.4, review_states: ['accepted', 'edited'], article_ids: [3], date_from: '2017-01-01', sources: ['Reuters'], actor_kinds: ['country'] },
      { holder_ids: [7] },
    );
    expect(f).toMatchObject({
      min_confidence: 0.4,
      review_states: ['accepted', 'edited'],
      article_ids: [3],
      published_from: '2017-01-01',
      published_to: null,
      sources: ['Reuters'],
      holder_kinds: ['country'],
      holder_ids: [7],
    });
  });
});
