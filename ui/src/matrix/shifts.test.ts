import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import MatrixGrid from './MatrixGrid.svelte';
import { shiftsByCell, shiftSummary } from './shifts';
import { Workbench } from '../lib/state/workbench.svelte';
import { SHIFTS_SETTLE_MS } from '../lib/state/matrix.svelte';
import { DEFAULT_MIN_EVIDENCE } from '../change/state.svelte';
import { MemoryBackend } from '../lib/mock/memory-backend';
import { seedSample } from '../lib/mock/sample';
import type { Backend, ChangeBackend } from '../lib/backend';
import type { ActorRef, Cell, TargetRef } from '../lib/model';
import type { EvidenceQuote, Shift, SideCounts } from '../lib/bindings';

const turkey: ActorRef = { id: 3, name: 'Turkey', kind: 'country', affiliation: null };
const eu: ActorRef = { id: 4, name: 'EU', kind: 'organisation', affiliation: null };
const deal: TargetRef = { id: 7, name: 'Cyprus deal', kind: 'issue' };
const side: SideCounts = { support: 1, oppose: 0, weighted_net: 2, evidence: 2 };
const quote: EvidenceQuote = {
  assessment_id: 1,
  article_id: 1,
  article_title: 'R2',
  published: '2004-10-05',
  source: 'Reuters',
  polarity: 'support',
  review: 'accepted',
  evidence_text: 'Turkey supports the Cyprus deal.',
  evidence: { start: 0, end: 32 },
};

function shift(holder: ActorRef, from: 'support' | 'oppose', to: 'support' | 'oppose', before: string, after: string): Shift {
  const period = (label: string) => ({ label, start: `${label}-01`, end: `${label}-28` });
  return { holder, target: deal, from, to, before: period(before), after: period(after), before_counts: side, after_counts: side, last_before: quote, first_after: quote };
}

describe('shift badges', () => {
  it('files shifts under their cell in time order and says each one', () => {
    const later = shift(turkey, 'oppose', 'support', '2005-01', '2005-03');
    const first = shift(turkey, 'support', 'oppose', '2004-10', '2004-12');
    const byCell = shiftsByCell([later, first, shift(eu, 'support', 'oppose', '2004-09', '2004-10')]);
    expect([...byCell.keys()].sort()).toEqual(['3|issue:7', '4|issue:7']);
    expect(shiftSummary(byCell.get('3|issue:7') ?? [])).toBe(
      'shifted support → oppose between 2004-10 and 2004-12\nshifted oppose → support between 2005-01 and 2005-03',
    );
  });

  it('marks only the cells whose pair shifted, with the shift in the tooltip and the accessible name', () => {
    const cells = new Map<string, Cell>([
      ['3|issue:7', { row: 0, col: 0, support: 2, oppose: 2, net: 0 }],
      ['4|issue:7', { row: 1, col: 0, support: 1, oppose: 0, net: 1 }],
    ]);
    const shifts = shiftsByCell([shift(turkey, 'support', 'oppose', '2004-10', '2004-12')]);
    const { getAllByTestId, container } = render(MatrixGrid, { rows: [turkey, eu], cols: [deal], cells, shifts });
    const badges = getAllByTestId('matrix-shift');
    expect(badges).toHaveLength(1);
    const cell = badges[0].closest('[data-testid="matrix-cell"]') as HTMLElement;
    expect(cell.dataset.holder).toBe('Turkey');
    expect(cell.dataset.shift).toBe('support→oppose');
    expect(cell.title).toContain('shifted support → oppose between 2004-10 and 2004-12');
    expect(badges[0].getAttribute('role')).toBe('img');
    expect(badges[0].getAttribute('aria-label')).toBe('shifted support → oppose between 2004-10 and 2004-12');
    const other = container.querySelector('[data-holder="EU"]') as HTMLElement;
    expect(other.dataset.shift).toBeUndefined();
  });

  it('the workbench asks core for the shifts in the filter when the matrix loads', async () => {
    const backend: Backend = new MemoryBackend(seedSample());
    const [a] = await backend.assessments({ min_confidence: 0, review_states: [] });
    const asked: unknown[] = [];
    const found = { ...shift(a.holder, 'support', 'oppose', '2004-10', '2004-12'), target: a.target };
    backend.change = {
      shifts: async (filter, spec) => (asked.push({ filter, spec }), { period: 'month', min_evidence: 2, undated: 0, shifts: [found] }),
    } as Partial<ChangeBackend> as ChangeBackend;
    const wb = new Workbench(backend);
    await wb.init();
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ spec: { period: null, min_evidence: DEFAULT_MIN_EVIDENCE } });
    expect(wb.matrix.cellShifts.get(`${a.holder.id}|${a.target.kind}:${a.target.id}`)).toEqual([found]);
    // Review steps keep the order pinned; the badges are asked for once the steps pause.
    vi.useFakeTimers();
    try {
      await wb.matrix.reload({ reorder: false });
      await wb.matrix.reload({ reorder: false });
      await vi.advanceTimersByTimeAsync(SHIFTS_SETTLE_MS - 1);
      expect(asked).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(asked).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
    // The badges use the Over time screen's period and minimum evidence.
    wb.change.period = 'quarter';
    wb.change.minEvidence = 3;
    await wb.matrix.reloadCellShifts();
    expect(asked.at(-1)).toMatchObject({ spec: { period: 'quarter', min_evidence: 3 } });
  });
});
