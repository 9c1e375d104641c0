// The network view in the real window: DNA's sample database imported, its
// actor network drawn, a tie clicked and its evidence listed beside the
// article with the statement highlighted.

import assert from 'node:assert/strict';

import { fixture } from '../lib/app.mjs';

export default {
  name: 'network',
  tests: [
    {
      name: 'the one-mode network of the DNA sample is drawn with ties by polarity',
      async run(app) {
        await app.invoke('import_paths', { paths: [fixture('dna/sample.dna')] });
        // The import's results panel would cover the evidence pane.
        await (await app.waitFor('import-results-close', { timeout: 15_000 })).click();
        await (await app.waitFor('nav-network')).click();
        await app.waitFor('network-edge', { timeout: 15_000 });
        const dims = await app.textMatching(await app.waitFor('network-dims'), /\d+ nodes · \d+ ties/);
        const edges = await app.all('network-edge');
        assert.ok(edges.length > 3, `ties drawn (${dims})`);
        const nodes = await app.all('network-node');
        assert.ok(nodes.length > 3, 'nodes drawn');
        await app.shot('one-mode');
      },
    },
    {
      name: 'clicking a tie lists its assessments and highlights the evidence',
      async run(app) {
        // WebKitWebDriver will not click an SVG group; the keyboard path is
        // the one a user without a mouse takes anyway: focus the tie, Enter.
        const [edge] = await app.all('network-edge');
        await app.browser.execute((element) => element.focus(), edge);
        await app.browser.keys('Enter');
        await app.waitFor('assessment-row');
        await app.waitFor('article-view');
        await app.waitFor('evidence-highlight', { extra: '.current' });
        const rows = await app.all('assessment-row');
        assert.ok(rows.length >= 2, 'a one-mode tie rests on both actors’ statements');
        await app.shot('evidence');
      },
    },
    {
      name: 'a two-mode network of affiliations',
      async run(app) {
        await (await app.waitFor('network-mode')).selectByAttribute('value', 'two_mode');
        await (await app.waitFor('network-level')).selectByAttribute('value', 'affiliation');
        await app.textMatching(await app.waitFor('network-dims'), /\d+ nodes/);
        await app.until('issues drawn as squares', async () => (await app.browser.$$('[data-testid="network-node"] rect')).length > 0);
        await app.shot('two-mode affiliations');
      },
    },
  ],
};
