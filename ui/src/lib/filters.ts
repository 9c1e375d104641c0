// What the analyst has chosen to see (the filter bar's state), and how it
// becomes the backend's MatrixFilter and the client-side holder filter. The
// matrix, the cell lists and the CSV exports all use the same filter, so
// an export is exactly what the screen shows.

import type { ActorKind, Grouping, Layout, MatrixFilter, MatrixOrder, Order, ReviewState } from './model';

/** The review-state choices of the `filter-review` select. */
export const REVIEW_CHOICES = {
  not_rejected: { label: 'All but rejected', states: ['suggested', 'accepted', 'edited'] },
  accepted: { label: 'Accepted only', states: ['accepted', 'edited'] },
  suggested: { label: 'To review', states: ['suggested'] },
  rejected: { label: 'Rejected', states: ['rejected'] },
  all: { label: 'All', states: [] },
} as const satisfies Record<string, { label: string; states: ReviewState[] }>;
export type ReviewChoice = keyof typeof REVIEW_CHOICES;

export interface FilterState {
  articleId: number | null;
  /** ISO dates (yyyy-mm-dd) or '' for open-ended. */
  dateFrom: string;
  dateTo: string;
  /** '' for every source. */
  source: string;
  minConfidence: number;
  review: ReviewChoice;
  /** Holder kinds to show; empty for all. */
  actorKinds: ActorKind[];
  /** How core orders rows and columns, and groups them. */
  rowSort: Order;
  colSort: Order;
  group: Grouping;
}

export function defaultFilters(): FilterState {
  return {
    articleId: null,
    dateFrom: '',
    dateTo: '',
    source: '',
    minConfidence: 0,
    review: 'not_rejected',
    actorKinds: [],
    rowSort: 'activity',
    colSort: 'activity',
    group: 'none',
  };
}

/** A complete ISO date (yyyy-mm-dd) that exists in the calendar. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The backend filter for the current choices; optional fields are omitted when open (or not a date yet). */
export function toMatrixFilter(f: FilterState): MatrixFilter {
  const out: MatrixFilter = {
    min_confidence: Math.max(0, Math.min(1, f.minConfidence)),
    review_states: [...REVIEW_CHOICES[f.review].states],
  };
  if (f.articleId !== null) out.article_ids = [f.articleId];
  if (isIsoDate(f.dateFrom)) out.date_from = f.dateFrom;
  if (isIsoDate(f.dateTo)) out.date_to = f.dateTo;
  if (f.source) out.sources = [f.source];
  if (f.actorKinds.length) out.actor_kinds = [...f.actorKinds];
  return out;
}

/** True when the date range is inverted, which the filter bar flags. */
export function dateRangeInvalid(f: FilterState): boolean {
  return isIsoDate(f.dateFrom) && isIsoDate(f.dateTo) && f.dateFrom > f.dateTo;
}

/** A typed date that is not (yet) a valid yyyy-mm-dd, which the filter bar flags and ignores. */
export function dateInvalid(text: string): boolean {
  return text.trim() !== '' && !isIsoDate(text.trim());
}

/** The layout core arranges the matrix in; `pinned` keeps rows and columns where they are. */
export function toLayout(f: FilterState, pinned?: MatrixOrder): Layout {
  return { rows: f.rowSort, cols: f.colSort, group: f.group, ...(pinned ? { pinned } : {}) };
}

/** How many filters narrow the view, for the top bar's filter toggle badge. */
export function activeFilterCount(f: FilterState): number {
  const d = defaultFilters();
  return [
    f.articleId !== d.articleId,
    !!f.dateFrom || !!f.dateTo,
    f.source !== d.source,
    f.minConfidence > 0,
    f.review !== d.review,
    f.actorKinds.length > 0,
  ].filter(Boolean).length;
}
