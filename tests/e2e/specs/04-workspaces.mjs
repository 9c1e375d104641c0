// Workspaces in the real window: create one through the menu and the GTK
// save dialog, see the window title follow, and go back through the recent list.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { fixture } from '../lib/app.mjs';
import { answerSaveDialog, waitForWindow } from '../lib/desktop.mjs';

export default {
  name: 'workspaces',
  tests: [
    {
      name: 'a new workspace from the menu is empty and named in the title',
      async run(app) {
        await app.invoke('import_paths', { paths: [fixture('seed/seed.txt')] });
        await (await app.waitFor('workspace-menu')).click();
        await (await app.waitFor('workspace-new')).click();
        const file = path.join(app.outDir, 'Second look');
        await answerSaveDialog('New workspace', file);
        await waitForWindow('^Standpoint — Second look$', 15_000);
        assert.ok(existsSync(`${file}.standpoint`), 'the workspace file was created with its extension');
        await app.textMatching(await app.waitFor('workspace-name'), /Second look/);
        await app.waitFor('empty-state');
        assert.deepEqual(await app.invoke('articles'), []);
        await app.shot('new workspace');
      },
    },
    {
      name: 'the recent list reopens the first workspace with its article',
      async run(app) {
        await (await app.waitFor('workspace-menu')).click();
        const recent = await app.waitFor('workspace-recent', { extra: `[data-path="${app.workspace}"]` });
        await recent.click();
        await waitForWindow('^Standpoint — e2e$', 15_000);
        await app.textMatching(await app.waitFor('workspace-name'), /e2e/);
        const articles = await app.invoke('articles');
        assert.equal(articles.length, 1);
        await app.waitFor('matrix', { timeout: 15_000 });
        await app.shot('reopened');
      },
    },
  ],
};
