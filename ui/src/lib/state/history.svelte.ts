// The history feature's state: whether undo and redo can act (with the
// labels of the actions they would take back or do again) and the listed
// decisions of the History screen. What an undo changes elsewhere is the
// Workbench's to refresh.

import type { Backend } from '../backend';
import type { HistoryEntry, HistoryState } from '../model';
import type { Run } from './run';

export class HistoryFeature {
  /** What the undo and redo buttons can do, and the names they show. */
  status = $state<HistoryState>({ can_undo: false, can_redo: false, undo_label: null, redo_label: null });
  /** The decisions, newest first; read when the History screen asks. */
  entries = $state.raw<HistoryEntry[]>([]);

  constructor(
    private readonly backend: Backend,
    private readonly run: Run,
  ) {}

  refresh() {
    return this.apply(() => this.backend.historyState());
  }

  async reloadEntries() {
    const items = await this.run(() => this.backend.history());
    if (items) this.entries = items;
  }

  undo() {
    return this.apply(() => this.backend.undo());
  }

  redo() {
    return this.apply(() => this.backend.redo());
  }

  /** Takes the state a history call answers with. */
  private async apply(work: () => Promise<HistoryState>) {
    const h = await this.run(work);
    if (h) this.status = h;
  }
}
