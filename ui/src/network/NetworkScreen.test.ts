import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import NetworkScreen from './NetworkScreen.svelte';
import NetworkView from './NetworkView.svelte';
import { Workbench } from '../lib/state/workbench.svelte';
import { workbenchContext } from '../lib/state/context';
import { MemoryBackend } from '../lib/mock/memory-backend';
import { seedSample } from '../lib/mock/sample';
import type { NetworkGraph, NetworkRequest } from '../lib/model';
import type { Backend, ChangeBackend } from '../lib/backend';
import { layoutNetwork } from './layout';
import { sampleGraph } from './fixture.test-data';

describe('NetworkView', () => {
  it('draws every node with its label as text and every edge by polarity and weight', () => {
    const graph = sampleGraph();
    const { getAllByTestId, container } = render(NetworkView, {
      graph,
      layout: layoutNetwork(graph),
      selected: null,
      onselectedge: () => {},
    });
    expect(getAllByTestId('network-node')).toHaveLength(4);
    const labels = [...container.querySelectorAll('text.label')].map((t) => t.textContent);
    expect(labels).toEqual(['Obama administration', 'Russia', 'US Department of Defense', 'Iran']);
    const edges = getAllByTestId('network-edge');
    expect(edges.map((e) => e.getAttribute('data-polarity'))).toEqual(['positive', 'negative', 'mixed']);
    const widths = edges.map((e) => Number(e.querySelector('line.stroke')!.getAttribute('stroke-width')));
    expect(widths[0]).toBeGreaterThan(widths[1]);
    expect(widths[1]).toBeGreaterThan(widths[2]);
    expect(edges[1].getAttribute('aria-label')).toBe('Obama administration — Russia: conflict, weight 2, 2 assessments');
    expect(edges.every((e) => e.getAttribute('tabindex') === '0')).toBe(true);
  });

  it('names only the busier issues when the drawing is crowded', () => {
    const actors = Array.from({ length: 45 }, (_, i) => ({
      id: `h${i}`, label: `Actor ${i}`, kind: 'actor', is_issue: false, affiliation: null, bloc: null, colour: '#e69f00',
    }));
    const issues = [
      { id: 't0', label: 'Busy issue', kind: 'issue', is_issue: true, affiliation: null, bloc: null, colour: '#a0a0a0' },
      { id: 't1', label: 'Quiet issue', kind: 'issue', is_issue: true, affiliation: null, bloc: null, colour: '#a0a0a0' },
    ];
    const tie = (source: string, target: string) => ({
      source, target, weight: 1, positive: 1, negative: 0, polarity: 'positive' as const, polarity_label: 'support', assessment_ids: [1],
    });
    const graph: NetworkGraph = {
      directed: true,
      assessment_count: 45,
      nodes: [...actors, ...issues],
      edges: actors.map((a, i) => tie(a.id, i < 44 ? 't0' : 't1')),
    };
    const { container } = render(NetworkView, { graph, layout: layoutNetwork(graph), selected: null, onselectedge: () => {} });
    const labels = [...container.querySelectorAll('text.label')].map((t) => t.textContent);
    expect(labels).toContain('Busy issue');
    expect(labels).not.toContain('Quiet issue');
    expect(labels).toContain('Actor 44');
  });

  it('reports a clicked edge, and one chosen with Enter or Space', async () => {
    const graph = sampleGraph();
    const onselectedge = vi.fn();
    const { getAllByTestId } = render(NetworkView, { graph, layout: layoutNetwork(graph), selected: 2, onselectedge });
    const edges = getAllByTestId('network-edge');
    expect(edges[2].getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(edges[1]);
    await fireEvent.keyDown(edges[0], { key: 'Enter' });
    await fireEvent.keyDown(edges[2], { key: ' ' });
    await fireEvent.keyDown(edges[2], { key: 'x' });
    expect(onselectedge.mock.calls).toEqual([[1], [0], [2]]);
  });
});

/** A workbench over the sample data whose backend answers `network` with ties over real assessment ids. */
async function workbench() {
  const backend: Backend = new MemoryBackend(seedSample());
  const all = await backend.assessments({ min_confidence: 0, review_states: [] });
  const [a, b, c] = all;
  const asked: NetworkRequest[] = [];
  const graph: NetworkGraph = {
    directed: true,
    assessment_count: all.length,
    nodes: [
      { id: 'h0', label: a.holder.name, kind: 'actor', is_issue: false, affiliation: null, bloc: null, colour: '#e69f00' },
      { id: 't0', label: a.target.name, kind: 'issue', is_issue: true, affiliation: null, bloc: null, colour: '#a0a0a0' },
      { id: 't1', label: 'Elsewhere', kind: 'issue', is_issue: true, affiliation: null, bloc: null, colour: '#a0a0a0' },
      { id: 't2', label: 'Untied', kind: 'issue', is_issue: true, affiliation: null, bloc: null, colour: '#a0a0a0' },
    ],
    edges: [
      { source: 'h0', target: 't0', weight: 2, positive: 1, negative: 1, polarity: 'mixed', polarity_label: 'mixed', assessment_ids: [a.id, b.id] },
      { source: 'h0', target: 't1', weight: 1, positive: 1, negative: 0, polarity: 'positive', polarity_label: 'support', assessment_ids: [c.id] },
    ],
  };
  backend.network = async (_filter, request) => {
    asked.push({ ...request });
    return graph;
  };
  const wb = new Workbench(backend);
  await wb.init();
  return { wb, asked, a, b, c };
}

describe('NetworkScreen', () => {
  it('asks for the network, and a clicked tie lists its assessments and opens the article', async () => {
    const { wb, asked, a, b } = await workbench();
    const { getAllByTestId, findAllByTestId, findByTestId, getByTestId, container } = render(NetworkScreen, { context: workbenchContext(wb) });
    const edges = await findAllByTestId('network-edge');
    expect(edges).toHaveLength(2);
    expect(asked[0]).toEqual({ mode: 'one_mode', level: 'actor', qualifier: 'ignore', normalisation: 'none', duplicates: 'include' });
    expect(getByTestId('network-dims').textContent).toContain('4 nodes');
    expect(getByTestId('network-dims').textContent?.replace(/\s+/g, ' ')).toContain('assessments · 1 without ties not shown');
    expect(getAllByTestId('network-node')).toHaveLength(3);
    await fireEvent.click(getByTestId('network-isolated'));
    await waitFor(() => expect(getAllByTestId('network-node')).toHaveLength(4));

    await fireEvent.click(edges[0]);
    await waitFor(() => expect(getAllByTestId('assessment-row')).toHaveLength(2));
    const rows = getAllByTestId('assessment-row').map((r) => Number(r.getAttribute('data-assessment-id')));
    expect(rows.sort()).toEqual([a.id, b.id].sort());
    expect(wb.review.holderView).toBe(`${a.holder.name} → ${a.target.name}`);
    expect(wb.review.currentId).toBe(wb.review.cellAssessments[0].id);
    expect(getByTestId('assessment-list').textContent).toContain(a.holder.name);
    // The article opens beside the list with the current evidence highlighted.
    const article = await findByTestId('article-view');
    expect(Number(article.getAttribute('data-article-id'))).toBe(wb.review.cellAssessments[0].article_id);
    const current = container.querySelector('[data-testid="evidence-highlight"].current');
    expect(current?.textContent?.length).toBeGreaterThan(0);

    // Another network: the old tie's evidence is no longer listed.
    await fireEvent.click(getByTestId('network-refresh'));
    await waitFor(() => expect(wb.review.cellAssessments).toEqual([]));
    expect(getAllByTestId('network-edge').every((e) => e.getAttribute('aria-pressed') === 'false')).toBe(true);
  });

  it('sends the chosen settings, and no normalisation for a two-mode network', async () => {
    const { wb, asked } = await workbench();
    const { findAllByTestId, getByTestId } = render(NetworkScreen, { context: workbenchContext(wb) });
    await findAllByTestId('network-edge');
    const normalisation = getByTestId('network-normalisation') as HTMLSelectElement;
    normalisation.value = 'jaccard';
    await fireEvent.change(normalisation);
    await waitFor(() => expect(asked.at(-1)?.normalisation).toBe('jaccard'));
    const mode = getByTestId('network-mode') as HTMLSelectElement;
    mode.value = 'two_mode';
    await fireEvent.change(mode);
    await waitFor(() => expect(asked.at(-1)?.mode).toBe('two_mode'));
    expect(asked.at(-1)?.normalisation).toBe('none');
    expect(normalisation.disabled).toBe(true);
  });

  it('keeps the settings when the screen is left and opened again (the network feature holds them)', async () => {
    const { wb, asked } = await workbench();
    const first = render(NetworkScreen, { context: workbenchContext(wb) });
    await first.findAllByTestId('network-edge');
    const mode = first.getByTestId('network-mode') as HTMLSelectElement;
    mode.value = 'two_mode';
    await fireEvent.change(mode);
    await waitFor(() => expect(asked.at(-1)?.mode).toBe('two_mode'));
    first.unmount();
    const again = render(NetworkScreen, { context: workbenchContext(wb) });
    await again.findAllByTestId('network-edge');
    expect((again.getByTestId('network-mode') as HTMLSelectElement).value).toBe('two_mode');
    expect(asked.at(-1)?.mode).toBe('two_mode');
    expect(wb.network.settings.mode).toBe('two_mode');
  });

  it('says why when the shell refuses, and when a backend computes no networks', async () => {
    const { wb } = await workbench();
    wb.backend.network = async () => Promise.reject({ code: 'no_workspace', message: 'no workspace is open' });
    const refused = render(NetworkScreen, { context: workbenchContext(wb) });
    expect((await refused.findByTestId('network-error')).textContent).toContain('no workspace is open');
    refused.unmount();

    const plain = new Workbench(new MemoryBackend(seedSample()));
    await plain.init();
    const { getByTestId, queryAllByTestId } = render(NetworkScreen, { context: workbenchContext(plain) });
    expect(getByTestId('network-unsupported')).toBeTruthy();
    expect(queryAllByTestId('network-edge')).toHaveLength(0);
  });

  it('lists the signed blocs the nodes are coloured by, with the frustration index', async () => {
    const { wb, a } = await workbench();
    const graph = await wb.backend.network!({} as never, {} as never);
    graph.nodes[0] = { ...graph.nodes[0], bloc: 1, colour: '#e69f00' };
    wb.backend.change = {
      blocs: async () => ({
        members: [
          { actor_id: a.holder.id, name: a.holder.name, bloc: 1 },
          { actor_id: 999, name: 'Quiet <b>actor</b>', bloc: 1 },
          { actor_id: 998, name: 'Loner', bloc: 2 },
        ],
        blocs: 2,
        frustration: 0.5,
        frustration_index: 0.125,
        ties: 4,
        frustrated_ties: 1,
      }),
    } as Partial<ChangeBackend> as ChangeBackend;
    const { findByTestId, getAllByTestId } = render(NetworkScreen, { context: workbenchContext(wb) });
    const legend = await findByTestId('network-blocs');
    expect(legend.textContent?.replace(/\s+/g, ' ')).toContain('2 signed blocs · frustration index 0.13 (1 of 4 ties against the blocs)');
    const blocs = getAllByTestId('network-bloc');
    expect(blocs.map((b) => b.getAttribute('data-bloc'))).toEqual(['1', '2']);
    expect(blocs[0].textContent).toBe(`${a.holder.name}, Quiet <b>actor</b>`);
    expect(blocs[0].querySelector('b')).toBeNull();
    // The dot takes the colour core gave the bloc's nodes; a bloc not drawn has none.
    expect((blocs[0].querySelector('.dot') as HTMLElement).style.background).toBe('rgb(230, 159, 0)');
    expect(blocs[1].querySelector('.dot.unseen')).not.toBeNull();
  });
});
