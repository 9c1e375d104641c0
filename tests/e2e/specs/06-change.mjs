// Change over time in the real window: the shifts fixture (dated articles
// from Reuters and the BBC; Turkey turning against the Cyprus deal) is
// imported and its stances recorded as the analyst; the extractor's own
// suggestions on the same text are rejected so the figures are the
// fixture's. Then a timeline point and a shift are clicked and the
// highlighted evidence is checked, the outlets compared, the chart saved.

import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { SCREENSHOTS, fixture } from '../lib/app.mjs';
import { answerSaveDialog } from '../lib/desktop.mjs';

/** Imports the articles and adds the fixture's stances through the app's commands. */
async function loadFixture(app) {
  await app.invoke('import_paths', { paths: [fixture('shifts/articles.jsonl')] });
  for (const a of await app.invoke('assessments', { filter: {} })) {
    await app.invoke('set_review', { id: a.id, review: 'rejected' });
  }
  const spec = JSON.parse(readFileSync(fixture('shifts/stances.json'), 'utf8'));
  const byName = (list) => new Map(list.map((x) => [x.name, x.id]));
  const actors = byName(await app.invoke('actors'));
  const issues = byName(await app.invoke('issues'));
  for (const [name, kind] of Object.entries(spec.actors)) {
    if (!actors.has(name)) actors.set(name, await app.invoke('create_actor', { name, kind }));
  }
  for (const name of spec.issues) {
    if (!issues.has(name)) issues.set(name, await app.invoke('create_issue', { name }));
  }
  const articles = new Map((await app.invoke('articles')).map((a) => [a.title, a.id]));
  const encoder = new TextEncoder();
  for (const s of spec.stances) {
    const id = articles.get(s.article);
    const { text } = await app.invoke('article', { id });
    // UTF-8 byte offsets, as the store keeps them.
    const start = encoder.encode(text.slice(0, text.indexOf(s.evidence))).length;
    await app.invoke('add_assessment', {
      assessment: {
        article_id: id,
        holder_id: actors.get(s.holder),
        target: s.target_kind === 'actor' ? { kind: 'actor', id: actors.get(s.target) } : { kind: 'issue', id: issues.get(s.target) },
        polarity: s.polarity,
        evidence: { start, end: start + encoder.encode(s.evidence).length },
        cue: null,
        holder_span: null,
        target_span: null,
        confidence: null,
      },
    });
  }
}

/** Focuses an SVG element and presses Enter: WebKitWebDriver will not click SVG groups. */
async function activate(app, element) {
  await app.browser.execute((el) => el.focus(), element);
  await app.browser.keys('Enter');
}

async function highlighted(app) {
  const mark = await app.waitFor('evidence-highlight', { extra: '.current' });
  return app.textMatching(mark, /\S/);
}

export default {
  name: 'change',
  tests: [
    {
      name: 'the timeline of Turkey on the deal has a point per month with evidence and the shift marked',
      async run(app) {
        await loadFixture(app);
        const close = await app.byId('import-results-close');
        if (await close.isExisting()) await close.click();
        await (await app.waitFor('nav-change')).click();
        await app.waitFor('timeline-point', { timeout: 15_000 });
        await app.textMatching(await app.waitFor('timeline-dims'), /^1 pair · 5 periods of a month · 1 undated assessment counted apart · 1 shift$/);
        const periods = [];
        for (const p of await app.all('timeline-point')) periods.push(await p.getAttribute('data-period'));
        assert.deepEqual(periods, ['2004-09', '2004-10', '2004-12', '2005-01']);
        assert.equal((await app.all('timeline-shift')).length, 1);
        await app.shot('timeline');
      },
    },
    {
      name: 'clicking the December point lists its two assessments and highlights their evidence',
      async run(app) {
        const december = await app.waitFor('timeline-point', { extra: '[data-period="2004-12"]' });
        await activate(app, december);
        await app.until('two assessments listed', async () => (await app.all('assessment-row')).length === 2);
        const text = await highlighted(app);
        assert.match(text, /^Turkey (rejects|turns against) the Cyprus deal\.$/);
        await app.shot('december evidence');
      },
    },
    {
      name: 'clicking a shift shows the last evidence before and the first after, highlighted',
      async run(app) {
        await (await app.waitFor('change-tab-shifts')).click();
        await app.textMatching(await app.waitFor('shift-count'), /^3 shifts · per month/);
        let turkey = null;
        for (const row of await app.all('shift-row')) {
          if (/Turkey/.test(await row.getText())) turkey = row;
        }
        assert.ok(turkey, 'a shift of Turkey');
        assert.match(await turkey.getText(), /between 2004-10 and 2004-12/);
        await turkey.click();
        await app.until('the two assessments either side', async () => (await app.all('assessment-row')).length === 2);
        assert.equal(await highlighted(app), 'Turkey supports the Cyprus deal, officials said.');
        await app.shot('shift last before');
        const rows = await app.all('assessment-row');
        await rows[1].click();
        await app.until('the first after is highlighted', async () => (await highlighted(app)) === 'Turkey rejects the Cyprus deal.');
        await app.shot('shift first after');
      },
    },
    {
      name: 'the outlets compared: the BBC and Reuters differ on the EU and the deal',
      async run(app) {
        await (await app.waitFor('change-tab-outlets')).click();
        await app.waitFor('outlet-comparison');
        const differences = await app.all('outlet-difference');
        assert.equal(differences.length, 1);
        assert.match(await differences[0].getText(), /EU → Cyprus deal/);
        assert.equal((await app.all('outlet-matrix')).length, 2);
        await (await app.byId('outlet-difference-open')).click();
        await app.until('both sides listed', async () => (await app.all('assessment-row')).length === 3);
        await app.shot('outlets');
      },
    },
    {
      name: 'the chart is saved as SVG and as PNG through the save dialog',
      async run(app) {
        await (await app.waitFor('change-tab-timeline')).click();
        await app.waitFor('timeline-point', { timeout: 15_000 });
        const target = path.join(app.outDir, 'timeline.svg');
        await (await app.waitFor('save-chart-svg')).click();
        await answerSaveDialog('Save chart', target);
        await app.until('the SVG is written', async () => existsSync(target), 15_000);
        const svg = readFileSync(target, 'utf8');
        assert.match(svg, /^<svg/);
        assert.match(svg, /2004-12/);
        // And as PNG: the canvas rasterises the same SVG.
        const png = path.join(app.outDir, 'timeline.png');
        await (await app.waitFor('save-chart-png')).click();
        await answerSaveDialog('Save chart', png);
        await app.until('the PNG is written', async () => existsSync(png) && readFileSync(png).length > 1000, 15_000);
        assert.deepEqual([...readFileSync(png).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        await app.textMatching(await app.waitFor('change-saved'), /timeline\.png$/);
        // Kept beside the screenshots, to look at what a user gets.
        copyFileSync(target, path.join(SCREENSHOTS, 'change-saved-chart.svg'));
        copyFileSync(png, path.join(SCREENSHOTS, 'change-saved-chart.png'));
        await app.shot('chart saved');
      },
    },
    {
      name: 'the matrix badges the cells whose pair shifted, and the network colours the signed blocs',
      async run(app) {
        await (await app.waitFor('nav-matrix')).click();
        const turkey = await app.waitFor('matrix-cell', { extra: '[data-holder="Turkey"][data-target="Cyprus deal"]' });
        const badge = await app.until('the badge of Turkey → Cyprus deal', async () => {
          const found = await turkey.$('[data-testid="matrix-shift"]');
          return (await found.isExisting()) && found;
        });
        assert.equal(await badge.getAttribute('aria-label'), 'shifted support → oppose between 2004-10 and 2004-12');
        assert.equal(await turkey.getAttribute('data-shift'), 'support→oppose');
        const eu = await app.byId('matrix-cell', '[data-holder="EU"][data-target="Cyprus deal"]');
        assert.equal(await eu.getAttribute('data-shift'), 'support→oppose oppose→support');
        assert.equal((await app.all('matrix-shift')).length, 2, 'only the two pairs that shifted');
        await app.shot('matrix shift badges');

        // Grouped by signed bloc: the EU and Turkey under "Bloc 1", Greece under "Bloc 2".
        await (await app.waitFor('group-by')).selectByAttribute('value', 'blocs');
        await app.until('the rows grouped by bloc', async () => {
          const labels = [];
          for (const g of await app.all('matrix-row-group')) labels.push(await g.getProperty('textContent'));
          return labels.join('|') === 'Bloc 1|Bloc 2';
        });
        const names = [];
        for (const h of await app.all('matrix-row-header')) names.push(String(await h.getProperty('textContent')).trim());
        assert.deepEqual([names.slice(0, 2).sort(), names[2]], [['EU', 'Turkey'], 'Greece']);
        await app.shot('matrix grouped by bloc');
        await (await app.waitFor('group-by')).selectByAttribute('value', 'none');

        await (await app.waitFor('nav-network')).click();
        await app.waitFor('network-node', { timeout: 15_000 });
        const blocs = new Map();
        for (const node of await app.all('network-node')) {
          const label = String(await (await node.$('text')).getProperty('textContent')).trim();
          const bloc = await node.getAttribute('data-bloc');
          if (bloc !== null) blocs.set(label, bloc);
        }
        assert.equal(blocs.get('EU'), blocs.get('Turkey'), `EU and Turkey share a bloc: ${[...blocs]}`);
        assert.ok(blocs.get('Greece') && blocs.get('Greece') !== blocs.get('EU'), `Greece apart: ${[...blocs]}`);
        await app.textMatching(await app.waitFor('network-blocs'), /^2 signed blocs · frustration index 0\.00 \(0 of \d+ ties against the blocs\): EU, Turkey ?Greece$/);
        await app.shot('network blocs');
      },
    },
  ],
};
