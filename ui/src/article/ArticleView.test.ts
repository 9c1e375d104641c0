import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import ArticleView from './ArticleView.svelte';
import type { ArticleDetail, Assessment } from '../lib/model';

const enc = new TextEncoder();
const text = 'The “Kremlin” – Moscow’s voice – said: Russia backs the Assad regime 🙂. Jonathan Eyal expressed disdain for the deal.';
function bspan(needle: string) {
  const i = text.indexOf(needle);
  const start = enc.encode(text.slice(0, i)).length;
  return { start, end: start + enc.encode(needle).length };
}
const article: ArticleDetail = {
  id: 11,
  title: 'US and Russia <b>deal</b>',
  text,
  published: '2016-07-13',
  source: 'The Straits Times',
  url: null,
  author: null,
  external_id: null,
  content_hash: 'x',
  format: 'text',
  origin_name: 'seed.txt',
  imported_at: '2026-01-01T00:00:00Z',
  stance_count: 2,
  mentions: [
    { id: 1, of: { id: 1, name: 'Russia', kind: 'actor' }, span: bspan('Russia'), text: 'Russia' },
    { id: 2, of: { id: 5, name: 'Jonathan Eyal', kind: 'actor' }, span: bspan('Jonathan Eyal'), text: 'Jonathan Eyal' },
  ],
};
function assessment(id: number, evidence: string, holder: string, cue: string, target: string): Assessment {
  return {
    id,
    article_id: 11,
    article_title: article.title,
    published: null,
    source: null,
    holder: { id: id === 1 ? 1 : 5, name: holder, kind: 'country', affiliation: null },
    target: { id: 9, name: target, kind: 'actor' },
    polarity: 'support',
    confidence: 0.8,
    evidence_text: evidence,
    evidence: bspan(evidence),
    cue: bspan(cue),
    holder_span: bspan(holder),
    target_span: bspan(target),
    origin: { type: 'extractor', name: 'rules', version: '0.1' },
    review: 'suggested',
  };
}
const a1 = assessment(1, 'Russia backs the Assad regime 🙂.', 'Russia', 'backs', 'the Assad regime');
const a2 = assessment(2, 'Jonathan Eyal expressed disdain for the deal.', 'Jonathan Eyal', 'expressed disdain for', 'the deal');

describe('ArticleView', () => {
  it('renders the text as text (no HTML) and highlights the current evidence, holder, target and cue', () => {
    const { getByTestId, getAllByTestId } = render(ArticleView, { article, assessments: [a1, a2], currentId: 1 });
    expect(getByTestId('article-title').textContent).toBe('US and Russia <b>deal</b>');
    expect(getByTestId('article-title').querySelector('b')).toBeNull();
    expect(getByTestId('article-text').textContent).toBe(text);
    const evs = getAllByTestId('evidence-highlight');
    expect(evs.map((e) => [e.textContent, e.dataset.assessmentId])).toEqual([
      ['Russia backs the Assad regime 🙂.', '1'],
      ['Jonathan Eyal expressed disdain for the deal.', '2'],
    ]);
    expect(getByTestId('holder-highlight').textContent).toBe('Russia');
    expect(getByTestId('cue-highlight').textContent).toBe('backs');
    expect(getByTestId('target-highlight').textContent).toBe('the Assad regime');
    expect(evs[0].contains(getByTestId('cue-highlight'))).toBe(true);
    // only the current assessment's parts are marked; Eyal stays a mention
    expect(getAllByTestId('mention').map((m) => m.textContent)).toEqual(['Jonathan Eyal']);
  });

  it('reports the assessment of a clicked highlight', async () => {
    const onselectassessment = vi.fn();
    const { getAllByTestId } = render(ArticleView, { article, assessments: [a1, a2], currentId: 1, onselectassessment });
    await fireEvent.click(getAllByTestId('evidence-highlight')[1]);
    expect(onselectassessment).toHaveBeenCalledWith(2);
  });

  it('marks mentions with their actor when no assessment is listed', () => {
    const { getAllByTestId, queryAllByTestId } = render(ArticleView, { article });
    expect(queryAllByTestId('evidence-highlight')).toEqual([]);
    expect(getAllByTestId('mention').map((m) => [m.textContent, m.dataset.actorId])).toEqual([
      ['Russia', '1'],
      ['Jonathan Eyal', '5'],
    ]);
  });

  it('turns a text selection into a byte span', async () => {
    const onaddfromselection = vi.fn();
    const { getByTestId, findByTestId } = render(ArticleView, { article, onaddfromselection });
    const textEl = getByTestId('article-text');
    // Select "Jonathan Eyal" (after the emoji and curly quotes) across the text nodes.
    const walker = document.createTreeWalker(textEl, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const node = nodes.find((n) => n.data.includes('Jonathan Eyal'))!;
    const i = node.data.indexOf('Jonathan Eyal');
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 'Jonathan Eyal'.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    await fireEvent.mouseUp(textEl);
    await fireEvent.click(await findByTestId('add-from-selection'));
    expect(onaddfromselection).toHaveBeenCalledWith(bspan('Jonathan Eyal'), 'Jonathan Eyal');
  });
});
