import { describe, expect, it } from 'vitest';
import { confidenceTitle, originLabel } from './labels';

describe('labels', () => {
  it('names each origin', () => {
    expect(originLabel({ type: 'extractor', name: 'rules+scorer', version: '0.2.0+ab' })).toBe(
      'extractor rules+scorer/0.2.0+ab',
    );
    expect(originLabel({ type: 'analyst' })).toBe('analyst');
    expect(originLabel({ type: 'dna_import', coder: 'Ann' })).toBe('DNA import (Ann)');
  });

  it("says that a suggestion's confidence is the share right on unseen news", () => {
    const machine = confidenceTitle({ type: 'extractor', name: 'rules+scorer', version: '1' });
    expect(machine).toContain('not trained on');
    expect(machine).toContain('share');
    expect(confidenceTitle({ type: 'analyst' })).toBe('Confidence set by the analyst');
  });
});
