// The network feature's state: the settings the analyst chose (kept while
// the app runs, so leaving the network screen and coming back shows the same
// network), the network the shell computed for them and the filters, its
// blocs, the clicked tie, and whether a request is running or failed. The
// tie's evidence is listed by the review feature.

import type { Backend } from '../backend';
import { asBackendError } from '../backend';
import { toMatrixFilter, type FilterState } from '../filters';
import type { NetworkGraph } from '../model';
import type { BlocPartition } from '../bindings';
import { edgeLabel, withoutIsolated } from '../../network/layout';
import { defaultNetworkSettings, toRequest, type NetworkSettings } from '../../network/settings';
import type { ReviewFeature } from './review.svelte';

export class NetworkFeature {
  settings = $state<NetworkSettings>(defaultNetworkSettings());
  graph = $state.raw<NetworkGraph | null>(null);
  /** The signed blocs the nodes are coloured by (desktop only, as networks). */
  partition = $state.raw<BlocPartition | null>(null);
  /** Nodes without ties are left out unless asked for: they only crowd the drawing. */
  showIsolated = $state(false);
  shown = $derived(this.graph && (this.showIsolated ? this.graph : withoutIsolated(this.graph)));
  /** The index of the clicked tie in `graph.edges`. */
  selected = $state<number | null>(null);
  loading = $state(false);
  problem = $state<string | null>(null);
  /** Answers to older requests are dropped: only the latest settings count. */
  private generation = 0;

  constructor(
    private readonly backend: Backend,
    private readonly filters: () => FilterState,
    private readonly review: ReviewFeature,
  ) {}

  /** Only the desktop shell computes networks. */
  get supported() {
    return typeof this.backend.network === 'function';
  }

  /** The screen opens: the settings stay, the network of an earlier visit goes, and it is asked for again. */
  open() {
    this.generation++;
    this.graph = null;
    this.partition = null;
    this.showIsolated = false;
    this.selected = null;
    this.loading = false;
    this.problem = null;
    return this.load();
  }

  async load() {
    const ask = this.backend.network?.bind(this.backend);
    if (!ask) return;
    const mine = ++this.generation;
    this.loading = true;
    this.problem = null;
    try {
      const filter = toMatrixFilter(this.filters());
      const [g, p] = await Promise.all([ask(filter, toRequest(this.settings)), this.backend.change?.blocs(filter) ?? null]);
      if (mine !== this.generation) return;
      this.graph = g;
      this.partition = p;
      // The listed evidence belonged to a tie of the previous network.
      if (this.selected !== null) this.review.clearSelection();
      this.selected = null;
    } catch (e) {
      if (mine === this.generation) this.problem = asBackendError(e).message;
    } finally {
      if (mine === this.generation) this.loading = false;
    }
  }

  /** Clicking a tie lists the assessments behind it. */
  async selectEdge(index: number) {
    const g = this.graph;
    const edge = g?.edges[index];
    if (!g || !edge) return;
    this.selected = index;
    await this.review.selectEvidence(edge.assessment_ids, edgeLabel(g, edge));
  }
}
