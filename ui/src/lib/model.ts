// The shapes the UI works with. They mirror the Rust types (core::model and
// the shell's wire types) field for field; when the ts-rs bindings in
// ./bindings/ cover a type, this file re-exports it instead of restating it.

export type ActorKind =
  | 'country'
  | 'government_body'
  | 'person'
  | 'organisation'
  | 'international_org'
  | 'armed_group'
  | 'party'
  | 'company'
  | 'group';
export const ACTOR_KINDS: ActorKind[] = [
  'country',
  'government_body',
  'person',
  'organisation',
  'international_org',
  'armed_group',
  'party',
  'company',
  'group',
];
export type Polarity = 'support' | 'oppose';
export type TargetKind = 'actor' | 'issue';
export type ReviewState = 'suggested' | 'accepted' | 'rejected' | 'edited';
export const REVIEW_STATES: ReviewState[] = ['suggested', 'accepted', 'rejected', 'edited'];

/** UTF-8 byte offsets, half open. */
export interface Span {
  start: number;
  end: number;
}

export type Origin =
  | { type: 'extractor'; name: string; version: string }
  | { type: 'analyst' }
  | { type: 'dna_import'; coder: string };

export interface ActorRef {
  id: number;
  name: string;
  kind: ActorKind;
  affiliation: [number, string] | null;
}

export interface TargetRef {
  id: number;
  name: string;
  kind: TargetKind;
}

export interface Assessment {
  id: number;
  article_id: number;
  article_title: string;
  published: string | null;
  source: string | null;
  holder: ActorRef;
  target: TargetRef;
  polarity: Polarity;
  confidence: number;
  evidence_text: string;
  evidence: Span;
  cue: Span | null;
  holder_span: Span | null;
  target_span: Span | null;
  origin: Origin;
  review: ReviewState;
}

export interface MatrixCell {
  holder_id: number;
  target_id: number;
  target_kind: TargetKind;
  support: number;
  oppose: number;
  /** The assessments behind the cell, when the backend lists them. */
  assessment_ids?: number[];
}

export interface MatrixView {
  holders: ActorRef[];
  targets: TargetRef[];
  cells: MatrixCell[];
}

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
  /** The backend's job id, when it has one: the same import seen twice is shown once. */
  job_id?: number;
}

export interface HistoryState {
  can_undo: boolean;
  can_redo: boolean;
  undo_label?: string | null;
  redo_label?: string | null;
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
