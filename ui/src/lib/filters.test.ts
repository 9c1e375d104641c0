import { describe, expect, it } from 'vitest';
import { activeFilterCount, dateInvalid, dateRangeInvalid, defaultFilters, isIsoDate, toMatrixFilter } from './filters';
import type { ActorRef } from './model';

describe('filters', () => {
  it('sends only the review states and confidence by default', () => {
    expect(toMatrixFilter(defaultFilters())).toEqual({
      min_confidence: 0,
      review_states: ['suggested', 'accepted', 'edited'],
    });
    expect(activeFilterCount(defaultFilters())).toBe(0);
  });

  it('limits to accepted (and edited) assessments', () => {
    const f = { ...defaultFilters(), review: 'accepted' as const };
    expect(toMatrixFilter(f).review_states).toEqual(['accepted', 'edited']);
    expect(toMatrixFilter({ ...f, review: 'all' }).review_states).toEqual([]);
  });

  it('maps article, dates, source, kinds and clamps confidence', () => {
    const f = {
      ...defaultFilters(),
      articleId: 7,
      dateFrom: '2016-01-01',
      dateTo: '2017-12-31',
      source: 'Reuters',
      minConfidence: 1.7,
      actorKinds: ['country' as const],
    };
    expect(toMatrixFilter(f)).toEqual({
      min_confidence: 1,
      review_states: ['suggested', 'accepted', 'edited'],
      article_ids: [7],
      date_from: '2016-01-01',
      date_to: '2017-12-31',
      sources: ['Reuters'],
      actor_kinds: ['country'],
    });
    expect(activeFilterCount(f)).toBe(5);
  });

  it('flags an inverted date range only when both ends are set', () => {
    expect(dateRangeInvalid({ ...defaultFilters(), dateFrom: '2017-02-01', dateTo: '2017-01-01' })).toBe(true);
    expect(dateRangeInvalid({ ...defaultFilters(), dateFrom: '2017-02-01' })).toBe(false);
  });

  it('accepts only real yyyy-mm-dd dates, and ignores a date still being typed', () => {
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2017-02-29')).toBe(false);
    expect(isIsoDate('2017-13-01')).toBe(false);
    expect(isIsoDate('2017-1-01')).toBe(false);
    expect(dateInvalid('2017-0')).toBe(true);
    expect(dateInvalid('')).toBe(false);
    expect(toMatrixFilter({ ...defaultFilters(), dateFrom: '2017-0', dateTo: '2017-12-31' })).toEqual({
      min_confidence: 0,
      review_states: ['suggested', 'accepted', 'edited'],
      date_to: '2017-12-31',
    });
  });
});
