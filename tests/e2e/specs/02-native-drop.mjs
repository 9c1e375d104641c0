// Files dropped on the window with a real native drag (a GTK drag source,
// the mouse moved by xdotool) are imported, with a result per file.

import assert from 'node:assert/strict';

import { fixture } from '../lib/app.mjs';
import { dragFilesOnto, waitForWindow } from '../lib/desktop.mjs';

export default {
  name: 'native drop',
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
  ],
};
