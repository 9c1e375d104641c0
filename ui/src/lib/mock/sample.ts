// Sample workspace data for tests and the dev-only `?mock` mode: the seed
// article of the development corpus with a few of its stances, plus a
// generator of large synthetic workspaces for checking that the matrix stays
// fluid. Never part of a production build's behaviour.

import type { ActorKind, ArticleDetail, Assessment, Polarity, Span, TargetKind } from '../model';

export interface SampleActor {
  id: number;
  name: string;
  kind: ActorKind;
  affiliation: number | null;
  colour: string | null;
  aliases: string[];
}
export interface SampleData {
  articles: ArticleDetail[];
  actors: SampleActor[];
  issues: { id: number; name: string; aliases?: string[] }[];
  assessments: Assessment[];
}

export const SEED_TEXT =
  'The US and Russia are considering an agreement to share intelligence on groups in Syria, but the Pentagon has expressed apprehension over the deal.\n\n' +
  'The administration of US President Barack Obama has been pushing forward with an attempt to strike a deal with the Kremlin to fight groups both countries oppose more effectively in Syria.\n\n' +
  'However, the Pentagon is uneasy with the proposed deal, and has expressed apprehension on the subject. It wants some assurances from the Kremlin before the deal is signed.\n\n' +
  'The US and Russia have been following opposing stances in the Syrian conflict. Russia backs the Assad regime, while the US-led alliance holds the regime responsible for the civil war in Syria and has pushed for Assad to step down in the past.\n\n' +
  'US Secretary of State, John Kerry, is likely to visit Moscow on Thursday to take up the Syrian issue – among other matters – with Russian President Vladimir Putin.\n\n' +
  'Jonathan Eyal, director of British security think tank the Royal United Services Institute, expressed disdain for the deal on Twitter: “It’s a bad idea” 🙄\n';

const enc = new TextEncoder();
/** The byte span of the `nth` occurrence of `needle` in `text` (as Rust would give it). */
export function byteSpan(text: string, needle: string, nth = 0): Span {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`sample: "${needle}" not found`);
  }
  const start = enc.encode(text.slice(0, i)).length;
  return { start, end: start + enc.encode(needle).length };
}

export function seedSample(): SampleData {
  const actors: SampleActor[] = [
    { id: 1, name: 'United States', kind: 'country', affiliation: null, colour: '#3b6fd4', aliases: ['US', 'Washington'] },
    { id: 2, name: 'Russia', kind: 'country', affiliation: null, colour: '#c23b3b', aliases: ['the Kremlin', 'the Russians'] },
    { id: 3, name: 'Obama administration', kind: 'government_body', affiliation: 1, colour: null, aliases: ['The administration'] },
    { id: 4, name: 'US Department of Defense', kind: 'government_body', affiliation: 1, colour: null, aliases: ['the Pentagon'] },
    { id: 5, name: 'Syrian government', kind: 'government_body', affiliation: null, colour: null, aliases: ['the Assad regime'] },
    { id: 6, name: 'US-led alliance', kind: 'group', affiliation: null, colour: null, aliases: [] },
    { id: 7, name: 'Bashar al-Assad', kind: 'person', affiliation: 5, colour: null, aliases: ['Assad'] },
    { id: 8, name: 'Jonathan Eyal', kind: 'person', affiliation: 9, colour: null, aliases: [] },
    { id: 9, name: 'Royal United Services Institute', kind: 'organisation', affiliation: null, colour: null, aliases: [] },
    { id: 10, name: 'John Kerry', kind: 'person', affiliation: 1, colour: null, aliases: ['Kerry'] },
  ];
  const issues = [{ id: 1, name: 'US–Russia intelligence-sharing deal' }];
  const t = SEED_TEXT;
  const mentions = [
    [1, 'The US'],
    [2, 'Russia'],
    [4, 'the Pentagon'],
    [3, 'The administration of US President Barack Obama'],
    [2, 'the Kremlin'],
    [4, 'the Pentagon', 1],
    [2, 'Russia', 2],
    [5, 'the Assad regime'],
    [6, 'the US-led alliance'],
    [7, 'Assad', 1],
    [10, 'John Kerry'],
    [8, 'Jonathan Eyal'],
    [9, 'the Royal United Services Institute'],
  ] as const;
  const article: ArticleDetail = {
    id: 1,
    title: 'US and Russia consider intelligence-sharing deal on Syria',
    text: t,
    published: '2016-07-13',
    source: 'TRT World',
    url: null,
    author: null,
    external_id: null,
    content_hash: 'sample',
    format: 'text',
    origin_name: 'seed-syria-intel-deal.txt',
    imported_at: '2026-01-01T00:00:00Z',
    stance_count: 0,
    mentions: mentions.map(([actor_id, s, nth], i) => ({
      id: i + 1,
      of: { id: actor_id, name: actors.find((a) => a.id === actor_id)!.name, kind: 'actor' },
      span: byteSpan(t, s, nth ?? 0),
      text: s,
    })),
  };
  const sentence = (s: string) => ({ evidence_text: s, evidence: byteSpan(t, s) });
  let nextId = 1;
  const mk = (
    holder: number,
    target: [TargetKind, number],
    polarity: Polarity,
    conf: number,
    evidence: string,
    holderText: string,
    cue: string,
    targetText: string,
    nth: [number, number, number] = [0, 0, 0],
  ): Assessment => {
    const h = actors.find((a) => a.id === holder)!;
    const targetName = target[0] === 'issue' ? issues.find((i) => i.id === target[1])!.name : actors.find((a) => a.id === target[1])!.name;
    const ev = sentence(evidence);
    const within = (needle: string, n: number) => {
      const off = byteSpan(evidence, needle, n);
      return { start: ev.evidence.start + off.start, end: ev.evidence.start + off.end };
    };
    return {
      id: nextId++,
      article_id: 1,
      article_title: article.title,
      published: article.published,
      source: article.source,
      holder: { id: h.id, name: h.name, kind: h.kind, affiliation: h.affiliation ? [h.affiliation, actors.find((a) => a.id === h.affiliation)!.name] : null },
      target: { id: target[1], name: targetName, kind: target[0] },
      polarity,
      confidence: conf,
      ...ev,
      cue: within(cue, nth[1]),
      holder_span: within(holderText, nth[0]),
      target_span: within(targetText, nth[2]),
      origin: { type: 'extractor', name: 'rules', version: '0.1' },
      review: 'suggested',
    };
  };
  const assessments = [
    mk(3, ['issue', 1], 'support', 0.9,
      'The administration of US President Barack Obama has been pushing forward with an attempt to strike a deal with the Kremlin to fight groups both countries oppose more effectively in Syria.',
      'The administration of US President Barack Obama', 'pushing forward with an attempt to strike', 'a deal'),
    mk(4, ['issue', 1], 'oppose', 0.85,
      'The US and Russia are considering an agreement to share intelligence on groups in Syria, but the Pentagon has expressed apprehension over the deal.',
      'the Pentagon', 'expressed apprehension over', 'the deal'),
    mk(4, ['issue', 1], 'oppose', 0.8,
      'However, the Pentagon is uneasy with the proposed deal, and has expressed apprehension on the subject.',
      'the Pentagon', 'is uneasy with', 'the proposed deal'),
    mk(2, ['actor', 5], 'support', 0.9,
      'Russia backs the Assad regime, while the US-led alliance holds the regime responsible for the civil war in Syria and has pushed for Assad to step down in the past.',
      'Russia', 'backs', 'the Assad regime'),
    mk(6, ['actor', 5], 'oppose', 0.8,
      'Russia backs the Assad regime, while the US-led alliance holds the regime responsible for the civil war in Syria and has pushed for Assad to step down in the past.',
      'the US-led alliance', 'holds the regime responsible', 'the regime'),
    mk(6, ['actor', 7], 'oppose', 0.75,
      'Russia backs the Assad regime, while the US-led alliance holds the regime responsible for the civil war in Syria and has pushed for Assad to step down in the past.',
      'the US-led alliance', 'pushed for Assad to step down', 'Assad', [0, 0, 1]),
    mk(8, ['issue', 1], 'oppose', 0.7,
      'Jonathan Eyal, director of British security think tank the Royal United Services Institute, expressed disdain for the deal on Twitter: “It’s a bad idea” 🙄',
      'Jonathan Eyal', 'expressed disdain for', 'the deal'),
  ];
  return { articles: [article], actors, issues, assessments };
}

/** A large synthetic workspace: `n` actors in blocs, `count` assessments. */
export function bigSample(n: number, count: number): SampleData {
  const base = seedSample();
  const kinds: ActorKind[] = ['country', 'government_body', 'person', 'organisation', 'armed_group'];
  const blocs = ['Western bloc', 'Eastern bloc', 'Gulf states', 'Non-aligned'];
  const actors: SampleActor[] = Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    name: `${['Ministry', 'Party', 'Council', 'Agency', 'Front', 'Union'][i % 6]} ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`,
    kind: kinds[i % kinds.length],
    affiliation: null,
    colour: null,
    aliases: [],
  }));
  const article = base.articles[0];
  const template = base.assessments[3];
  const assessments: Assessment[] = [];
  // mulberry32: a small seeded generator, so the sample is the same on every load.
  let seed = 42;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let k = 0; k < count; k++) {
    const h = Math.floor(rand() * n);
    const tgt = Math.floor(rand() * n);
    const same = h % blocs.length === tgt % blocs.length;
    const polarity: Polarity = (rand() < 0.85) === same ? 'support' : 'oppose';
    const holder = actors[h];
    assessments.push({
      ...template,
      id: k + 1,
      holder: { id: holder.id, name: holder.name, kind: holder.kind, affiliation: null },
      target: { id: actors[tgt].id, name: actors[tgt].name, kind: 'actor' },
      polarity,
      confidence: Math.round(rand() * 100) / 100,
    });
  }
  for (const a of actors) a.affiliation = null;
  return {
    articles: [article],
    actors: actors.map((a, i) => ({ ...a, name: a.name, aliases: [blocs[i % blocs.length]] })),
    issues: [],
    assessments,
  };
}
