// A long import shows its progress and stops when the user presses Cancel;
// what was stored before stays, and the app is free for the next job.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { fixture } from '../lib/app.mjs';

// Enough work (reading, then analysing each article) that Cancel always
// lands while the job runs, even on a fast machine.
const FILES = 3000;

export default {
  name: 'cancel import',
  tests: [
    {
      name: 'cancel stops a long import between files',
      async run(app) {
        const folder = path.join(app.outDir, 'many');
        mkdirSync(folder);
        const seed = readFileSync(fixture('seed/seed.txt'), 'utf8');
        for (let i = 0; i < FILES; i += 1) {
          // A line of its own makes each file a new article, not a duplicate.
          const text = `Report ${i}.\n\n${seed}`;
          writeFileSync(path.join(folder, `article-${String(i).padStart(4, '0')}.txt`), text);
        }
        // Start the import from the page without waiting for it (the UI's
        // own import button would do the same after its dialog).
        await app.browser.execute((folder) => {
          window.__e2eImport = window.__TAURI_INTERNALS__.invoke('import_paths', { paths: [folder] });
        }, folder);
        const progress = await app.waitFor('import-progress', { timeout: 15_000 });
        await app.until('progress counts files', async () => Number(await progress.getAttribute('data-done')) > 0);
        assert.equal(Number(await progress.getAttribute('data-total')), FILES);
        await app.shot('import in progress');
        await (await app.waitFor('import-cancel')).click();
        const result = await app.browser.executeAsync((done) => {
          window.__e2eImport.then((ok) => done({ ok }), (error) => done({ error }));
        });
        assert.ok(result.ok, `the import ended without error: ${JSON.stringify(result.error)}`);
        const { import: report, analysis } = result.ok;
        assert.ok(report.cancelled || analysis?.cancelled, 'the job says it was cancelled');
        if (report.cancelled) assert.ok(report.files < FILES, `stopped early: ${report.files} of ${FILES}`);
        const stored = await app.invoke('articles');
        assert.equal(stored.length, report.imported, 'what was imported before the cancel stays');
        // The job slot is free again.
        const again = await app.invoke('analyse', { scope: { scope: 'articles', ids: [stored[0].id] } });
        assert.equal(again.cancelled, false);
        await app.shot('after cancel');
      },
    },
  ],
};
