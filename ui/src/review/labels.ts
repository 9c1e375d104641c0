// Readable labels for the closed sets, as the UI shows them (the CSV and the
// database keep the snake_case spellings).

import type { ActorKind, Origin } from '../lib/model';

export function originLabel(o: Origin): string {
  switch (o.type) {
    case 'extractor':
      return `extractor ${o.name}/${o.version}`;
    case 'analyst':
      return 'analyst';
    case 'dna_import':
      return `DNA import (${o.coder})`;
  }
}

/** What a confidence means, by where the assessment came from (a tooltip). */
export function confidenceTitle(o: Origin): string {
  switch (o.type) {
    case 'extractor':
      return 'Confidence: on news the extractor was not trained on, about this share of its suggestions given this confidence were right';
    case 'analyst':
      return 'Confidence set by the analyst';
    case 'dna_import':
      return 'Confidence from the DNA import';
  }
}

const KIND_LABELS: Record<ActorKind, string> = {
  country: 'Country',
  government_body: 'Government body',
  person: 'Person',
  organisation: 'Organisation',
  international_org: 'International org.',
  armed_group: 'Armed group',
  party: 'Party',
  company: 'Company',
  group: 'Group',
};

export function kindLabel(k: ActorKind | 'issue'): string {
  return k === 'issue' ? 'Issue' : KIND_LABELS[k];
}
