import { describe, expect, it } from 'vitest';
import { toAssessmentFilter, toImportReport } from './tauri-backend';

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

  it('turns the import report into per-file results with reasons', () => {
    const r = toImportReport({
      job_id: 4,
      analysis: null,
      import: {
        items: [
          { path: '/d/seed.txt', name: 'seed.txt', outcome: { status: 'imported', article_id: 1, title: 'Seed' } },
          { path: '/d/seed2.txt', name: 'seed2.txt', outcome: { status: 'duplicate', article_id: 1, title: 'Seed' } },
          { path: '/d/broken.pdf', name: 'broken.pdf', outcome: { status: 'failed', code: 'pdf', reason: 'not a PDF' } },
        ],
        files: 3,
        bytes: 10,
        imported: 1,
        duplicates: 1,
        failed: 1,
        cancelled: false,
      },
    } as never);
    expect(r).toEqual({
      job_id: 4,
      cancelled: false,
      files: [
        { file: 'seed.txt', status: 'imported', article_id: 1 },
        { file: 'seed2.txt', status: 'duplicate', article_id: 1 },
        { file: 'broken.pdf', status: 'failed', reason: 'not a PDF' },
      ],
    });
  });
});
