// Files dropped on the window with a real native drag (a GTK drag source,
// the mouse moved by xdotool) are imported, with a result per file; and a
// file picked in the real GTK open dialog goes the same way.

import assert from 'node:assert/strict';

import { fixture } from '../lib/app.mjs';
import { answerOpenDialog, dragFilesOnto, waitForWindow } from '../lib/desktop.mjs';

export default {
  name: 'native drop and open dialog',
  tests: [
    {
      name: 'a real drag of two files imports one and reports the other',
      async run(app) {
        const window = await waitForWindow('^Standpoint — e2e$');
        await dragFilesOnto(window, [fixture('seed/seed.html'), fixture('import/broken/corrupt.pdf')]);
        const imported = await app.waitFor('import-result', { extra: '[data-status="imported"]', timeout: 20_000 });
        await app.textMatching(imported, /seed\.html/);
        const failed = await app.waitFor('import-result', { extra: '[data-status="failed"]' });
        await app.textMatching(failed, /corrupt\.pdf[\s\S]*PDF/);
        await app.shot('dropped files');
        const articles = await app.invoke('articles');
        assert.equal(articles.length, 1);
        assert.ok(articles[0].stance_count > 0, 'the dropped article was analysed');
      },
    },
    {
      name: 'a file chosen in the open dialog is imported (here: the same text again, a duplicate)',
      async run(app) {
        const close = app.byId('import-results-close');
        if (await close.isExisting()) await close.click();
        await (await app.waitFor('import-button')).click();
        await answerOpenDialog('Import articles', fixture('seed/seed.docx'));
        const duplicate = await app.waitFor('import-result', { extra: '[data-status="duplicate"]', timeout: 20_000 });
        await app.textMatching(duplicate, /seed\.docx/);
        assert.equal((await app.invoke('articles')).length, 1, 'still one article');
        await app.shot('open dialog duplicate');
      },
    },
  ],
};
