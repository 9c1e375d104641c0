// A small network for the view's tests, in the shell's wire shape: three
// actors in two affiliations and an issue, ties of each polarity.

import type { NetworkGraph } from '../lib/model';

export function sampleGraph(): NetworkGraph {
  return {
    directed: false,
    assessment_count: 7,
    nodes: [
      { id: 'a0', label: 'Obama administration', kind: 'government_body', is_issue: false, affiliation: 'United States', bloc: null, colour: '#56b4e9' },
      { id: 'a1', label: 'Russia', kind: 'country', is_issue: false, affiliation: null, bloc: null, colour: '#d55e00' },
      { id: 'a2', label: 'US Department of Defense', kind: 'government_body', is_issue: false, affiliation: 'United States', bloc: null, colour: '#56b4e9' },
      { id: 'a3', label: 'Iran', kind: 'country', is_issue: false, affiliation: null, bloc: null, colour: '#009e73' },
    ],
    edges: [
      { source: 'a0', target: 'a2', weight: 4, positive: 4, negative: 0, polarity: 'positive', polarity_label: 'congruence', assessment_ids: [1, 2, 5, 6] },
      { source: 'a0', target: 'a1', weight: 2, positive: 0, negative: 2, polarity: 'negative', polarity_label: 'conflict', assessment_ids: [1, 3] },
      { source: 'a1', target: 'a3', weight: 1, positive: 1, negative: 1, polarity: 'mixed', polarity_label: 'mixed', assessment_ids: [3, 7] },
    ],
  };
}
