// Turns an article and the assessments shown beside it into highlight marks
// (UTF-16 ranges), through the one OffsetMap of the article. Only the
// current assessment's holder, target and cue are marked, so the text stays
// readable when a cell has many assessments in the same article.

import type { ArticleDetail, Assessment } from '../lib/model';
import type { OffsetMap } from '../lib/offsets';
import type { EvidenceMark, InnerMark } from './highlight';

export function marksFor(
  article: ArticleDetail,
  map: OffsetMap,
  assessments: Assessment[],
  currentId: number | null,
): { evidence: EvidenceMark[]; inner: InnerMark[] } {
  const evidence: EvidenceMark[] = [];
  const inner: InnerMark[] = [];
  for (const a of assessments) {
    if (a.article_id !== article.id) continue;
    const range = map.range(a.evidence);
    if (range) evidence.push({ range, assessmentIds: [a.id] });
  }
  const current = assessments.find((a) => a.id === currentId && a.article_id === article.id);
  if (current) {
    const parts: [InnerMark['kind'], typeof current.cue, number | undefined][] = [
      ['cue', current.cue, undefined],
      ['holder', current.holder_span, current.holder.id],
      ['target', current.target_span, current.target.kind === 'actor' ? current.target.id : undefined],
    ];
    for (const [kind, span, actorId] of parts) {
      const range = span ? map.range(span) : null;
      if (range) inner.push({ range, kind, assessmentId: current.id, actorId });
    }
  }
  // Actor mentions are underlined; issue mentions are not marked.
  for (const m of article.mentions) {
    if (m.of.kind !== 'actor') continue;
    const range = map.range(m.span);
    if (range) inner.push({ range, kind: 'mention', actorId: m.of.id });
  }
  return { evidence, inner };
}
