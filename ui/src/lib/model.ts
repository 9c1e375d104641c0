// The shapes the UI works with: the records that cross IPC are re-exported
// from the ts-rs bindings (never restated); the rest are the UI's own view
// shapes, which tauri-backend.ts fills from the shell's types.

// The shared vocabulary and records come from the Rust types (ts-rs, ./bindings).
export type { ActorKind, ActorRef, Assessment, Origin, Polarity, ReviewState, Span, TargetKind, TargetRef } from './bindings';
export type { NetworkEdge, NetworkGraph, NetworkNode, NetworkRequest } from './bindings';
export type { ActorEdit, Cell, Group, Grouping, HistoryState, LaidOutMatrix, Layout, MatrixOrder, Order } from './bindings';
import type { ActorKind, ReviewState, Span, TargetKind } from './bindings';

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

export interface ArticleSummary {
  id: number;
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
  file_name: string | null;
  stance_count: number;
  /** For a search result: an extract with the matched words (byte spans into `text`). */
  snippet?: { text: string; highlights: Span[] } | null;
}

export interface Mention {
  actor_id: number;
  name: string;
  span: Span;
}

export interface ArticleDoc {
  id: number;
  title: string;
  text: string;
  published: string | null;
  source: string | null;
  url: string | null;
  mentions: Mention[];
}

export interface ActorSummary {
  id: number;
  name: string;
  kind: ActorKind;
  colour: string | null;
  affiliation: [number, string] | null;
  aliases: string[];
  mention_count: number;
  assessment_count: number;
}

export type FileStatus = 'imported' | 'duplicate' | 'failed';
export interface FileResult {
  file: string;
  status: FileStatus;
  reason?: string | null;
  article_id?: number | null;
}
export interface ImportReport {
  files: FileResult[];
  /** The analyst stopped it: the files listed are the ones read before. */
  cancelled?: boolean;
  /** The backend's job id, when it has one: the same import seen twice is shown once. */
  job_id?: number;
}

export interface WorkspaceInfo {
  name: string;
  path: string;
  article_count: number;
}

/** A matrix column is identified by kind and id together: ids are unique per kind. */
export function targetKey(kind: TargetKind, id: number): string {
  return `${kind}:${id}`;
}

/** One analyst action as the history lists it: who, when, what, and whether it is undone. */
export interface HistoryItem {
  id: number;
  at: string;
  who: string;
  action: string;
  summary: string;
  state: string;
}

/** An issue with how often it appears, for the actors screen's issue list. */
export interface IssueSummary {
  id: number;
  name: string;
  aliases: string[];
  mention_count: number;
  assessment_count: number;
}
