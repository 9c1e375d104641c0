// The network view's geometry: a force-directed layout (d3-force) computed
// once, off-screen, with a seeded random source and a fixed number of ticks,
// so the same network always lands in the same place (screenshots, tests and
// the analyst's memory of "where Russia was" all rely on that). Also the
// styling rules the view draws with: edge width from weight, edge class from
// polarity, node radius from degree. Pure functions; no DOM.

import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import type { NetworkEdge, NetworkGraph, NetworkNode } from '../lib/model';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  node: NetworkNode;
  x: number;
  y: number;
  /** How many ties the node has. */
  degree: number;
  r: number;
}

export interface PlacedEdge {
  edge: NetworkEdge;
  /** Index into `edges` of the graph: the edge's stable key. */
  index: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export interface LayoutOptions {
  width?: number;
  height?: number;
  /** Simulation steps; more settle the layout further. */
  iterations?: number;
  seed?: number;
}

const MIN_WIDTH = 1;
const MAX_WIDTH = 8;

/** A small deterministic generator (mulberry32) for d3's jiggle and start. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stroke width from |weight|, scaled to the strongest tie: 1 to 8 pixels. */
export function edgeWidth(weight: number, maxWeight: number): number {
  if (!(maxWeight > 0) || !Number.isFinite(weight)) return MIN_WIDTH;
  const share = Math.min(1, Math.abs(weight) / maxWeight);
  return MIN_WIDTH + share * (MAX_WIDTH - MIN_WIDTH);
}

/** Node radius grows with the square root of its degree (area ∝ ties). */
export function nodeRadius(degree: number): number {
  return 5 + 2.5 * Math.sqrt(degree);
}

interface SimNode extends SimulationNodeDatum {
  id: string;
}

/**
 * Places the graph's nodes in a `width` × `height` box. Same graph, same
 * options → same positions. Nodes without ties are placed too (they drift
 * to the rim); edges whose ends are missing are dropped.
 */
export function layoutNetwork(graph: NetworkGraph, options: LayoutOptions = {}): GraphLayout {
  const width = options.width ?? 800;
  const height = options.height ?? 600;
  const iterations = options.iterations ?? 300;
  const random = seededRandom(options.seed ?? 1);

  const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const degree = new Array<number>(graph.nodes.length).fill(0);
  const links: { source: string; target: string; weight: number }[] = [];
  const kept: number[] = [];
  graph.edges.forEach((e, i) => {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) return;
    degree[s]++;
    degree[t]++;
    links.push({ source: e.source, target: e.target, weight: Math.abs(e.weight) });
    kept.push(i);
  });

  // Start on a seeded scatter rather than d3's phyllotaxis, so that nodes
  // do not line up along its spiral in small graphs.
  const sim: SimNode[] = graph.nodes.map((n) => ({
    id: n.id,
    x: (random() - 0.5) * width * 0.6,
    y: (random() - 0.5) * height * 0.6,
  }));
  const maxWeight = Math.max(0, ...links.map((l) => l.weight));
  const simulation = forceSimulation<SimNode>(sim)
    .randomSource(random)
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string; weight: number }>(links)
        .id((d) => d.id)
        .distance(90)
        .strength((l) => 0.2 + 0.6 * (maxWeight > 0 ? l.weight / maxWeight : 0)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-260))
    .force('collide', forceCollide<SimNode>((_, i) => nodeRadius(degree[i]) + 14))
    // A weak pull to the middle keeps separate components from drifting apart.
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.06))
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(iterations);

  // Fit the result into the box with a margin for labels.
  const margin = 60;
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const minX = Math.min(...xs, 0);
  const maxX = Math.max(...xs, 0);
  const minY = Math.min(...ys, 0);
  const maxY = Math.max(...ys, 0);
  const spanX = Math.max(1, maxX - minX);
  const spanY = Math.max(1, maxY - minY);
  // Up to 3× apart: a small graph fills the pane (labels keep their size).
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY, 3);
  const offX = (width - spanX * scale) / 2;
  const offY = (height - spanY * scale) / 2;
  const place = (x: number, y: number): Point => ({
    x: round(offX + (x - minX) * scale),
    y: round(offY + (y - minY) * scale),
  });

  const nodes: PlacedNode[] = graph.nodes.map((node, i) => {
    const p = place(xs[i], ys[i]);
    return { node, x: p.x, y: p.y, degree: degree[i], r: nodeRadius(degree[i]) };
  });
  const edges: PlacedEdge[] = kept.map((i) => {
    const edge = graph.edges[i];
    const s = nodes[index.get(edge.source)!];
    const t = nodes[index.get(edge.target)!];
    return { edge, index: i, x1: s.x, y1: s.y, x2: t.x, y2: t.y, width: edgeWidth(edge.weight, maxWeight) };
  });
  return { width, height, nodes, edges };
}

/**
 * The graph without its nodes that have no tie (actors whose targets no one
 * else took a stance on): they carry no structure and crowd the drawing.
 * Edges keep their indices, so a drawn edge still names its evidence.
 */
export function withoutIsolated(graph: NetworkGraph): NetworkGraph {
  const tied = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  return { ...graph, nodes: graph.nodes.filter((n) => tied.has(n.id)) };
}

/** Two decimals: stable output, short SVG attributes. */
function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** The assessment ids behind an edge, in the order the backend gave them. */
export function edgeEvidence(graph: NetworkGraph, index: number): number[] {
  return graph.edges[index]?.assessment_ids ?? [];
}

/** "Russia — Syria" (one-mode) or "Russia → Syria" (two-mode). */
export function edgeLabel(graph: NetworkGraph, edge: NetworkEdge): string {
  const name = (id: string) => graph.nodes.find((n) => n.id === id)?.label ?? '?';
  return `${name(edge.source)} ${graph.directed ? '→' : '—'} ${name(edge.target)}`;
}

/** The words under an edge: its polarity and weight, for its tooltip and accessible name. */
export function edgeSummary(edge: NetworkEdge): string {
  const weight = Number.isInteger(edge.weight) ? String(edge.weight) : edge.weight.toFixed(3);
  const n = edge.assessment_ids.length;
  return `${edge.polarity_label}, weight ${weight}, ${n} assessment${n === 1 ? '' : 's'}`;
}
