// The window's security in practice: the content security policy is in
// force (no inline scripts, no remote images), and an article full of markup
// is shown as text, never as HTML.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const HOSTILE =
  'Leaked memo <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><b>bold claim</b>.\n\n' +
  'Russia backs the Assad regime, the memo says.\n';

export default {
  name: 'security',
  tests: [
    {
      name: 'the content security policy blocks inline scripts and remote images',
      async run(app) {
        const outcome = await app.browser.executeAsync((done) => {
          const violations = [];
          document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
          const script = document.createElement('script');
          script.textContent = 'window.__inlineRan = true;';
          document.head.appendChild(script);
          const img = document.createElement('img');
          img.src = 'https://example.com/tracker.png';
          document.body.appendChild(img);
          setTimeout(() => {
            img.remove();
            done({ inlineRan: window.__inlineRan === true, violations });
          }, 500);
        });
        assert.equal(outcome.inlineRan, false, 'an injected inline script did not run');
        assert.ok(outcome.violations.some((d) => d.startsWith('script-src')), `violations: ${outcome.violations}`);
        assert.ok(outcome.violations.some((d) => d.startsWith('img-src')), `violations: ${outcome.violations}`);
      },
    },
    {
      name: 'markup in an article is shown as text',
      async run(app) {
        const file = path.join(app.outDir, 'memo.txt');
        writeFileSync(file, HOSTILE);
        const result = await app.invoke('import_paths', { paths: [file] });
        assert.equal(result.import.imported, 1);
        const close = app.byId('import-results-close');
        if (await close.isExisting()) await close.click();
        await (await app.waitFor('nav-library')).click();
        // WebKitWebDriver will not click a table row itself; its title cell is the row's face.
        await (await app.waitFor('article-row')).$('td').click();
        const text = await app.waitFor('article-text', { timeout: 15_000 });
        await app.textMatching(text, /<script>window\.__pwned = 1<\/script><img src=x/);
        assert.equal((await text.$$('script, img, b')).length, 0, 'no element was made from the text');
        assert.equal(await app.browser.execute(() => window.__pwned ?? null), null);
        await app.shot('markup as text');
      },
    },
  ],
};
