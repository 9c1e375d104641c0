import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import ChangeScreen from './ChangeScreen.svelte';
import { Workbench } from '../lib/state/workbench.svelte';
import { workbenchContext } from '../lib/state/context';
import { MemoryBackend } from '../lib/mock/memory-backend';
import { seedSample } from '../lib/mock/sample';
import type { Backend, ChangeBackend } from '../lib/backend';
import type { Assessment, EvidenceQuote, Shift, SideCounts, Timeline, TimelinePoint } from '../lib/bindings';

/** A shift's side as the backend reports it: the period's counts, no ids. */
function counts({ support, oppose, weighted_net, evidence }: TimelinePoint): SideCounts {
  return { support, oppose, weighted_net, evidence };
}

function point(ids: number[], support: number, oppose: number): TimelinePoint {
  const n = support + oppose;
  return {
    support,
    oppose,
    net: support - oppose,
    weighted_net: support - oppose,
    evidence: n,
    balance: n ? (support - oppose) / n : null,
    low: n ? -1 : null,
    high: n ? 1 : null,
    assessment_ids: ids,
  };
}

function quote(a: Assessment): EvidenceQuote {
  return {
    assessment_id: a.id,
    article_id: a.article_id,
    article_title: a.article_title,
    published: '2004-10-05',
    source: 'Reuters',
    polarity: a.polarity,
    review: a.review,
    evidence_text: '<b>not markup</b> ' + a.evidence_text,
    evidence: a.evidence,
  };
}

/** A workbench over the sample data with a change backend that answers from its real assessments. */
async function workbench() {
  const backend: Backend = new MemoryBackend(seedSample());
  const all = await backend.assessments({ min_confidence: 0, review_states: [] });
  const [a, b, c] = all;
  const periods = [
    { label: '2004-10', start: '2004-10-01', end: '2004-11-01' },
    { label: '2004-11', start: '2004-11-01', end: '2004-12-01' },
    { label: '2004-12', start: '2004-12-01', end: '2005-01-01' },
  ];
  const timeline: Timeline = {
    period: 'month',
    periods,
    undated: 0,
    series: [{ holder: a.holder, target: a.target, points: [point([a.id, b.id], 2, 0), point([], 0, 0), point([c.id], 0, 1)], undated: point([], 0, 0) }],
  };
  const shift: Shift = {
    holder: a.holder,
    target: a.target,
    from: 'support',
    to: 'oppose',
    before: periods[0],
    after: periods[2],
    before_counts: counts(timeline.series[0].points[0]),
    after_counts: counts(timeline.series[0].points[2]),
    last_before: quote(b),
    first_after: quote(c),
  };
  const asked: string[] = [];
  const change: ChangeBackend = {
    timeline: async () => (asked.push('timeline'), timeline),
    // The matrix's badges ask without a holder; the screen's own requests name one (or null).
    shifts: async (_f, spec) => (asked.push(`${'holder_id' in spec ? 'shifts' : 'badges'} ${spec.min_evidence}`), { period: 'month', min_evidence: spec.min_evidence ?? 2, undated: 0, shifts: [shift] }),
    compareOutlets: async () => {
      throw { code: 'invalid', message: 'not in this test' };
    },
    blocs: async () => ({ members: [], blocs: 0, frustration: 0, frustration_index: 0, ties: 0, frustrated_ties: 0 }),
    saveChart: async () => null,
    exportTimelineCsv: async () => null,
    exportShiftsCsv: async () => null,
  };
  backend.change = change;
  const wb = new Workbench(backend);
  await wb.init();
  wb.view = 'change';
  wb.change.holderId = a.holder.id;
  wb.change.tab = 'timeline';
  return { wb, asked, a, b, c };
}

describe('ChangeScreen', () => {
  it('draws a point per period with evidence; a clicked point lists its assessments and opens the article', async () => {
    const { wb, asked, a, b } = await workbench();
    const { findAllByTestId, getAllByTestId, getByTestId, container } = render(ChangeScreen, { context: workbenchContext(wb) });
    const points = await findAllByTestId('timeline-point');
    expect(points.map((p) => p.getAttribute('data-period'))).toEqual(['2004-10', '2004-12']);
    expect(getAllByTestId('timeline-shift')).toHaveLength(1);
    // The matrix's shift badges ask on their own; the screen asks with its settings.
    expect(asked.filter((q) => !q.startsWith('badges'))).toEqual(['timeline', 'shifts 2']);
    await fireEvent.keyDown(points[0], { key: 'Enter' });
    await waitFor(() => expect(getAllByTestId('assessment-row')).toHaveLength(2));
    const ids = getAllByTestId('assessment-row').map((r) => Number(r.getAttribute('data-assessment-id')));
    expect(ids.sort()).toEqual([a.id, b.id].sort());
    await waitFor(() => expect(container.querySelector('[data-testid="evidence-highlight"].current')).not.toBeNull());
    expect(getByTestId('timeline-dims').textContent).toContain('1 pair · 3 periods of a month · 1 shift');
  });

  it('a new minimum evidence asks again for the shifts and for the matrix badges', async () => {
    const { wb, asked } = await workbench();
    const { findAllByTestId, getByTestId } = render(ChangeScreen, { context: workbenchContext(wb) });
    await findAllByTestId('timeline-point');
    const badges = vi.spyOn(wb.matrix, 'reloadCellShifts');
    const input = getByTestId('change-min-evidence') as HTMLInputElement;
    await fireEvent.input(input, { target: { value: '3' } });
    await fireEvent.change(input);
    // At once, not only when a later matrix reload happens to ask.
    expect(badges).toHaveBeenCalled();
    await waitFor(() => expect(asked).toContain('shifts 3'));
    await waitFor(() => expect(asked).toContain('badges 3'));
  });

  it('lists shifts with both quotes as text, and a clicked shift lists the evidence either side', async () => {
    const { wb, b, c } = await workbench();
    const { findAllByTestId, getAllByTestId, getByTestId } = render(ChangeScreen, { context: workbenchContext(wb) });
    await fireEvent.click(getByTestId('change-tab-shifts'));
    const rows = await findAllByTestId('shift-row');
    expect(rows).toHaveLength(1);
    expect(getByTestId('shift-sentence').textContent?.replace(/\s+/g, ' ')).toContain('support → oppose');
    // Quoted evidence is text, never markup.
    expect(getByTestId('shift-before').textContent).toContain('<b>not markup</b>');
    expect(getByTestId('shift-before').querySelector('b')).toBeNull();
    await fireEvent.click(rows[0]);
    await waitFor(() => expect(getAllByTestId('assessment-row')).toHaveLength(2));
    const ids = getAllByTestId('assessment-row').map((r) => Number(r.getAttribute('data-assessment-id')));
    expect(ids.sort()).toEqual([b.id, c.id].sort());
    expect(rows[0].getAttribute('aria-current')).toBe('true');
  });

  it('says so when the backend computes no change data', async () => {
    const wb = new Workbench(new MemoryBackend(seedSample()));
    await wb.init();
    const { getByTestId } = render(ChangeScreen, { context: workbenchContext(wb) });
    expect(getByTestId('change-unsupported').textContent).toContain('desktop app');
  });
});
