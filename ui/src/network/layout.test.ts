import { describe, expect, it } from 'vitest';
import { edgeEvidence, edgeLabel, edgeSummary, edgeWidth, layoutNetwork, nodeRadius, seededRandom, withoutIsolated } from './layout';
import { sampleGraph } from './fixture.test-data';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('layoutNetwork', () => {
  it('puts the same network in the same place every time', () => {
    const first = layoutNetwork(sampleGraph(), { width: 800, height: 600, seed: 7 });
    const again = layoutNetwork(sampleGraph(), { width: 800, height: 600, seed: 7 });
    expect(again.nodes.map((n) => [n.x, n.y])).toEqual(first.nodes.map((n) => [n.x, n.y]));
    const other = layoutNetwork(sampleGraph(), { width: 800, height: 600, seed: 8 });
    expect(other.nodes.map((n) => [n.x, n.y])).not.toEqual(first.nodes.map((n) => [n.x, n.y]));
  });

  it('keeps every node inside the box, apart from each other, and finite', () => {
    const layout = layoutNetwork(sampleGraph(), { width: 640, height: 480 });
    for (const n of layout.nodes) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(640);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(480);
    }
    for (let i = 0; i < layout.nodes.length; i++)
      for (let j = i + 1; j < layout.nodes.length; j++) expect(distance(layout.nodes[i], layout.nodes[j])).toBeGreaterThan(10);
  });

  it('draws each edge between its two nodes, as wide as its share of the strongest weight', () => {
    const graph = sampleGraph();
    const layout = layoutNetwork(graph);
    expect(layout.edges.map((e) => e.index)).toEqual([0, 1, 2]);
    const at = (id: string) => layout.nodes.find((n) => n.node.id === id)!;
    for (const e of layout.edges) {
      expect([e.x1, e.y1]).toEqual([at(e.edge.source).x, at(e.edge.source).y]);
      expect([e.x2, e.y2]).toEqual([at(e.edge.target).x, at(e.edge.target).y]);
    }
    expect(layout.edges.map((e) => e.width)).toEqual([8, 1 + 7 / 2, 1 + 7 / 4]);
    expect(layout.nodes.map((n) => n.degree)).toEqual([2, 2, 1, 1]);
  });

  it('drops edges whose ends are not nodes and lays out a graph without edges', () => {
    const graph = sampleGraph();
    graph.edges.push({ ...graph.edges[0], target: 'missing' });
    expect(layoutNetwork(graph).edges).toHaveLength(3);
    const lonely = layoutNetwork({ ...sampleGraph(), edges: [] });
    expect(lonely.edges).toHaveLength(0);
    expect(lonely.nodes.every((n) => Number.isFinite(n.x) && n.degree === 0)).toBe(true);
    expect(layoutNetwork({ directed: true, nodes: [], edges: [], assessment_count: 0 }).nodes).toEqual([]);
  });
});

describe('withoutIsolated', () => {
  it('leaves out nodes without ties and keeps every edge at its index', () => {
    const graph = sampleGraph();
    graph.nodes.push({ id: 'a4', label: 'Nobody', kind: 'person', is_issue: false, affiliation: null, bloc: null, colour: '#000000' });
    const shown = withoutIsolated(graph);
    expect(shown.nodes.map((n) => n.id)).toEqual(['a0', 'a1', 'a2', 'a3']);
    expect(shown.edges).toEqual(graph.edges);
    expect(withoutIsolated({ ...graph, edges: [] }).nodes).toEqual([]);
  });
});

describe('edges and their evidence', () => {
  it('maps an edge to the assessments behind it', () => {
    const graph = sampleGraph();
    expect(edgeEvidence(graph, 1)).toEqual([1, 3]);
    expect(edgeEvidence(graph, 9)).toEqual([]);
  });

  it('names an edge by its ends, with an arrow only when directed', () => {
    const graph = sampleGraph();
    expect(edgeLabel(graph, graph.edges[1])).toBe('Obama administration — Russia');
    expect(edgeLabel({ ...graph, directed: true }, graph.edges[1])).toBe('Obama administration → Russia');
    expect(edgeSummary(graph.edges[0])).toBe('congruence, weight 4, 4 assessments');
    expect(edgeSummary({ ...graph.edges[0], weight: 0.5, assessment_ids: [9] })).toBe('congruence, weight 0.500, 1 assessment');
  });

  it('scales widths and radii sensibly at the edges of their range', () => {
    expect(edgeWidth(-6, 6)).toBe(8); // a negative (subtract) weight is as thick as its magnitude
    expect(edgeWidth(3, 0)).toBe(1);
    expect(edgeWidth(Number.NaN, 4)).toBe(1);
    expect(nodeRadius(4)).toBeGreaterThan(nodeRadius(1));
  });

  it('seeds a repeatable random source', () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
