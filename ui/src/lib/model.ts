// The shapes the UI works with: every record that crosses IPC is the ts-rs
// binding itself, re-exported here (never restated: ui/src/tidy.test.ts fails
// when a type named like a binding is declared anywhere else). The rest are
// the UI's own view shapes (the filter bar's filter, a library row).

// The shared vocabulary and records come from the Rust types (ts-rs, ./bindings).
export type { ActorKind, ActorRef, Assessment, Origin, Polarity, ReviewState, Span, TargetKind, TargetRef } from './bindings';
export type { NetworkEdge, NetworkGraph, NetworkNode, NetworkRequest } from './bindings';
export type { ActorEdit, Cell, Group, Grouping, HistoryState, LaidOutMatrix, Layout, MatrixOrder, Order } from './bindings';
export type {
  ActorSummary,
  ArticleDetail,
  ArticleSummary,
  HistoryEntry,
  ImportItem,
  ImportResult,
  IssueSummary,
  MentionInfo,
  NewAssessment,
  Snippet,
  WireError,
  WorkspaceInfo,
} from './bindings';
import type { ActorKind, ArticleSummary, ReviewState, Snippet, TargetKind } from './bindings';

/** Every actor kind, in the order the Rust enum lists them (for menus). */
export const ACTOR_KINDS = [
  'country',
  'government_body',
  'person',
  'organisation',
  'international_org',
  'armed_group',
  'party',
  'company',
  'group',
] as const satisfies readonly ActorKind[];
export const REVIEW_STATES = ['suggested', 'accepted', 'rejected', 'edited'] as const satisfies readonly ReviewState[];
// Compile-time guards: a kind or state added in Rust fails the type check until listed here.
type Unlisted<T, L extends readonly unknown[]> = Exclude<T, L[number]>;
const kindsComplete: Unlisted<ActorKind, typeof ACTOR_KINDS> extends never ? true : never = true;
const statesComplete: Unlisted<ReviewState, typeof REVIEW_STATES> extends never ? true : never = true;
void kindsComplete;
void statesComplete;

export interface MatrixFilter {
  article_ids?: number[];
  date_from?: string;
  date_to?: string;
  sources?: string[];
  min_confidence: number;
  review_states: ReviewState[];
  actor_kinds?: ActorKind[];
}

/** A library row: the article, and for a search hit the extract with the matched words. */
export type ArticleListing = ArticleSummary & { snippet?: Snippet | null };

/** A matrix column is identified by kind and id together: ids are unique per kind. */
export function targetKey(kind: TargetKind, id: number): string {
  return `${kind}:${id}`;
}
