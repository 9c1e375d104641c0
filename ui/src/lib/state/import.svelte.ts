// The import feature's state: the progress and per-file results of the
// running or last import, the last finished import's report, and whether
// files are being dragged over the window. Reloading what an import added
// is the Workbench's job.

import type { Progress } from '../backend';
import type { ImportItem, ImportResult } from '../model';

export interface ImportState {
  running: boolean;
  done: number;
  total: number;
  files: ImportItem[];
  /** Whether the results panel is shown. */
  open: boolean;
  /** The file being read now. */
  current?: string | null;
  /** The import was stopped before it read every file. */
  cancelled?: boolean;
}

export class ImportFeature {
  status = $state<ImportState>({ running: false, done: 0, total: 0, files: [], open: false });
  /** The last finished import, as the shell reported it. */
  last = $state.raw<ImportResult | null>(null);
  /** Files are being dragged over the window. */
  dragging = $state(false);

  /** An import starts: the panel opens on `total` files (0 until progress says). */
  begin(total = 0) {
    this.status = { running: true, done: 0, total, files: [], open: true };
  }

  progress(p: Progress) {
    if (!this.status.running) this.begin();
    this.status.done = p.done;
    this.status.total = p.total;
    this.status.current = p.current ?? null;
  }

  /**
   * An import ended (ours, or one the shell ran for a drop): shows its
   * per-file results. False when this result was already shown.
   */
  finished(result: ImportResult): boolean {
    const last = this.last;
    if (last === result || last?.job_id === result.job_id) return false;
    const report = result.import;
    // A cancelled import read fewer files than were chosen: keep the total the
    // progress events announced, so the panel says "1430 of 3000".
    const total = report.cancelled ? Math.max(this.status.total, report.items.length) : report.items.length;
    this.status = {
      running: false,
      done: report.items.length,
      total,
      files: report.items,
      open: true,
      cancelled: report.cancelled,
    };
    this.last = result;
    return true;
  }

  /** An import gave no report: `failed` (an error was shown) or nothing was picked. */
  ended(failed: boolean) {
    this.status.running = false;
    this.status.open = this.status.files.length > 0 || failed;
  }
}
