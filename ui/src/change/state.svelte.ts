// The change screen's own state: which tab, which holder and target, how
// time is cut, the analyst's minimum evidence for a shift, the two outlets
// compared, and the latest answers. Kept while the app runs so that leaving
// the screen and coming back shows the same thing. Only this module asks
// the backend for change data; the components read it and call its methods.

import type { ChangeBackend } from '../lib/backend';
import { asBackendError } from '../lib/backend';
import type { BlocPartition, OutletComparison, Period, Shift, ShiftSpec, Shifts, Timeline, TimelineSpec } from '../lib/bindings';
import type { MatrixFilter, TargetKind } from '../lib/model';

export type ChangeTab = 'timeline' | 'shifts' | 'outlets';

/** "Automatic" or one period length. */
export type PeriodChoice = 'auto' | Period;

export const PERIOD_LABELS: Record<PeriodChoice, string> = {
  auto: 'Automatic',
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
};

export const DEFAULT_MIN_EVIDENCE = 2;

/** A shift's identity across reloads: the pair and the period of the new stance. */
export function shiftKey(s: Shift): string {
  return `${s.holder.id}:${s.target.kind}:${s.target.id}:${s.after.start}`;
}

export class ChangeState {
  tab = $state<ChangeTab>('timeline');
  holderId = $state<number | null>(null);
  /** `kind:id` of the one target, or '' for each of the holder's targets. */
  target = $state('');
  period = $state<PeriodChoice>('auto');
  byOrganisation = $state(false);
  minEvidence = $state(DEFAULT_MIN_EVIDENCE);
  left = $state('');
  right = $state('');

  timeline = $state.raw<Timeline | null>(null);
  shifts = $state.raw<Shifts | null>(null);
  comparison = $state.raw<OutletComparison | null>(null);
  blocs = $state.raw<BlocPartition | null>(null);
  loading = $state(false);
  problem = $state<string | null>(null);
  /** The point or shift whose evidence is listed, for the highlight in the chart and list. */
  selectedPoint = $state<string | null>(null);
  selectedShift = $state<string | null>(null);
  /** Answers to older requests are dropped: only the latest settings count. */
  private generation = 0;

  private periodSpec(): Period | null {
    return this.period === 'auto' ? null : this.period;
  }

  private targetSpec(): { kind: TargetKind; id: number } | null {
    if (!this.target) return null;
    const [kind, id] = this.target.split(':');
    return { kind: kind as TargetKind, id: Number(id) };
  }

  /** Runs `ask` unless a newer request started meanwhile; errors become `problem`. */
  private async ask<T>(work: () => Promise<T>, keep: (value: T) => void) {
    const mine = ++this.generation;
    this.loading = true;
    this.problem = null;
    try {
      const value = await work();
      if (mine === this.generation) keep(value);
    } catch (e) {
      if (mine === this.generation) this.problem = asBackendError(e).message;
    } finally {
      if (mine === this.generation) this.loading = false;
    }
  }

  /** What the timeline tab shows: the chosen holder across its targets, or one pair. */
  timelineSpec(): Partial<TimelineSpec> {
    return {
      holder_id: this.holderId,
      target: this.targetSpec(),
      period: this.periodSpec(),
      affiliation: this.byOrganisation,
    };
  }

  /** What the shifts tab lists: every pair's shifts. */
  shiftSpec(): Partial<ShiftSpec> {
    return {
      holder_id: null,
      target: null,
      period: this.periodSpec(),
      affiliation: this.byOrganisation,
      min_evidence: this.minEvidence,
    };
  }

  /** The shifts the matrix badges: every holder's own (never by
   *  organisation, as cells are per holder), with this screen's period and
   *  minimum evidence, so a badge and the shift list agree. */
  badgeSpec(): Partial<ShiftSpec> {
    return { period: this.periodSpec(), min_evidence: this.minEvidence };
  }

  /** The holder's timeline and the shifts drawn on it. */
  async loadTimeline(backend: ChangeBackend, filter: MatrixFilter) {
    if (this.holderId === null) {
      this.timeline = null;
      return;
    }
    const spec = this.timelineSpec();
    await this.ask(
      () => Promise.all([backend.timeline(filter, spec), backend.shifts(filter, { ...spec, min_evidence: this.minEvidence })]),
      ([timeline, shifts]) => {
        this.timeline = timeline;
        this.shifts = shifts;
        this.selectedPoint = null;
      },
    );
  }

  /** Every shift the filter lets through (or the chosen holder's). */
  async loadShifts(backend: ChangeBackend, filter: MatrixFilter) {
    await this.ask(
      () => backend.shifts(filter, this.shiftSpec()),
      (shifts) => {
        this.shifts = shifts;
        // The chosen shift stays chosen while it is still in the answer.
        if (!shifts.shifts.some((s) => shiftKey(s) === this.selectedShift)) this.selectedShift = null;
      },
    );
  }

  async loadComparison(backend: ChangeBackend, filter: MatrixFilter) {
    if (!this.left || !this.right) {
      this.comparison = null;
      return;
    }
    await this.ask(
      () => backend.compareOutlets(filter, this.left, this.right),
      (comparison) => (this.comparison = comparison),
    );
  }

  async loadBlocs(backend: ChangeBackend, filter: MatrixFilter) {
    await this.ask(
      () => backend.blocs(filter),
      (blocs) => (this.blocs = blocs),
    );
  }

  /** The shifts of one matrix cell (for its badge). */
  shiftsOf(holderId: number, kind: TargetKind, targetId: number): Shift[] {
    return (this.shifts?.shifts ?? []).filter(
      (s) => s.holder.id === holderId && s.target.kind === kind && s.target.id === targetId,
    );
  }
}

