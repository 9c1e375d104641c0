// The dev-only mock backends selected by the `?mock` query (see main.ts).

import type { Backend } from '../backend';
import { MemoryBackend } from './memory-backend';
import { bigSample, seedSample } from './sample';

export function mockBackend(kind: string): Backend {
  if (kind === 'big') return new MemoryBackend(bigSample(300, 100_000), 'Synthetic 300 × 300');
  if (kind === 'empty') return new MemoryBackend({ articles: [], actors: [], issues: [], assessments: [] }, 'New workspace');
  return new MemoryBackend(seedSample(), 'Syria briefing');
}
