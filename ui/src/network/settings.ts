// The network view's own settings (mode, level, qualifier, normalisation,
// duplicates) with their labels, and the request the shell receives. The
// filters (dates, sources, review state…) are the matrix's, shared.

import type { NetworkRequest } from '../lib/model';

export type NetworkSettings = NetworkRequest;

export function defaultNetworkSettings(): NetworkSettings {
  return { mode: 'one_mode', level: 'actor', qualifier: 'ignore', normalisation: 'none', duplicates: 'include' };
}

export const MODE_LABELS: Record<NetworkRequest['mode'], string> = {
  one_mode: 'Actor × actor (one-mode)',
  two_mode: 'Holder × target (two-mode)',
};

export const LEVEL_LABELS: Record<NetworkRequest['level'], string> = {
  actor: 'Actors',
  affiliation: 'Affiliations (people roll up)',
};

/** The qualifier reads differently per mode (DNA's words for each). */
export function qualifierLabels(mode: NetworkRequest['mode']): Record<NetworkRequest['qualifier'], string> {
  return mode === 'two_mode'
    ? { ignore: 'All stances', congruence: 'Support only', conflict: 'Oppose only', subtract: 'Support − oppose' }
    : { ignore: 'Shared targets', congruence: 'Agreement', conflict: 'Disagreement', subtract: 'Agreement − disagreement' };
}

export const NORMALISATION_LABELS: Record<NetworkRequest['normalisation'], string> = {
  none: 'None',
  average: 'Average activity',
  jaccard: 'Jaccard',
  cosine: 'Cosine',
};

export const DUPLICATE_LABELS: Record<NetworkRequest['duplicates'], string> = {
  include: 'Count every stance',
  document: 'Once per article',
  week: 'Once per week',
  month: 'Once per month',
  year: 'Once per year',
  all: 'Once overall',
};

/** What is sent: a two-mode network takes no normalisation (the shell refuses one). */
export function toRequest(s: NetworkSettings): NetworkRequest {
  return { ...s, normalisation: s.mode === 'two_mode' ? 'none' : s.normalisation };
}
