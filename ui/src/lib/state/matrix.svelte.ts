// The matrix feature's state: the matrix as core laid it out for the
// filters (rows, columns, groups, cells by key), whether it is being read,
// and the shifts of its pairs for the cells' badges. The filters themselves
// belong to the Workbench: the network and over-time screens share them.

import type { Backend } from '../backend';
import { toLayout, toMatrixFilter, type FilterState } from '../filters';
import type { Cell, Group, LaidOutMatrix, MatrixOrder } from '../model';
import { targetKey } from '../model';
import type { Shift, ShiftSpec } from '../bindings';
import { shiftsByCell } from '../../matrix/shifts';
import type { Run } from './run';

const EMPTY_MATRIX: LaidOutMatrix = { matrix: { holders: [], targets: [], cells: [] }, row_groups: [], col_groups: [] };

/** How long review steps pause before the matrix's shift badges are asked for again. */
export const SHIFTS_SETTLE_MS = 1000;

/** The rows and columns of a matrix by identity, in its order. */
export function orderOf(m: LaidOutMatrix): MatrixOrder {
  return { holder_ids: m.matrix.holders.map((h) => h.id), targets: m.matrix.targets.map((t) => ({ kind: t.kind, id: t.id })) };
}

export class MatrixFeature {
  /** The matrix as core laid it out: drawn as it comes, never reordered here. */
  laidOut = $state.raw<LaidOutMatrix>(EMPTY_MATRIX);
  loading = $state(false);
  /** The shifts of the matrix's pairs by cell key, for the cells' badges (empty without change data). */
  cellShifts = $state.raw<Map<string, Shift[]>>(new Map());

  rows = $derived(this.laidOut.matrix.holders);
  cols = $derived(this.laidOut.matrix.targets);
  rowGroups = $derived<Group[]>(this.laidOut.row_groups);
  colGroups = $derived<Group[]>(this.laidOut.col_groups);

  /** Cells by `${holder}|${kind}:${id}`. */
  cellMap = $derived.by(() => {
    const m = new Map<string, Cell>();
    const { holders, targets, cells } = this.laidOut.matrix;
    for (const c of cells) {
      const h = holders[c.row];
      const t = targets[c.col];
      if (h && t) m.set(`${h.id}|${targetKey(t.kind, t.id)}`, c);
    }
    return m;
  });

  private shiftsAsked = 0;
  private shiftsTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly backend: Backend,
    private readonly run: Run,
    private readonly filters: () => FilterState,
    /** The Over time screen's settings for the badges' shifts. */
    private readonly badgeSpec: () => Partial<ShiftSpec>,
  ) {}

  /**
   * Reads the matrix for the current filters and order. `reorder: false`
   * pins the rows and columns where they are, so they do not jump while the
   * analyst works through a cell; a filter change, import or reload reorders.
   * `badges: false` leaves the shift badges to the caller.
   */
  async reload({ reorder = true, badges = true } = {}) {
    this.loading = true;
    const filters = this.filters();
    const pinned = reorder ? undefined : orderOf(this.laidOut);
    const m = await this.run(() => this.backend.matrix(toMatrixFilter(filters), toLayout(filters, pinned)));
    if (m) this.laidOut = m;
    this.loading = false;
    // At once when the matrix may reorder (filters, imports); after review
    // steps once the analyst pauses, so a run of decisions costs one computation.
    if (!badges) return;
    if (reorder) void this.reloadCellShifts();
    else this.reloadCellShiftsSoon();
  }

  private reloadCellShiftsSoon() {
    if (!this.backend.change) return;
    if (this.shiftsTimer) clearTimeout(this.shiftsTimer);
    this.shiftsTimer = setTimeout(() => {
      this.shiftsTimer = null;
      void this.reloadCellShifts();
    }, SHIFTS_SETTLE_MS);
  }

  /** Asks core for the shifts in the filter (with the Over time screen's
   *  period and minimum evidence) and files them by cell. */
  async reloadCellShifts() {
    const change = this.backend.change;
    if (!change) return;
    const mine = ++this.shiftsAsked;
    const found = await this.run(() => change.shifts(toMatrixFilter(this.filters()), this.badgeSpec()));
    if (found && mine === this.shiftsAsked) this.cellShifts = shiftsByCell(found.shifts);
  }
}
