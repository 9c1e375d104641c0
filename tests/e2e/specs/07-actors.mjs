// The actors screen in a real window: rename an actor, give another an
// alias, merge the first into the second through the dialogs, and see the
// store and the undo button follow.

import assert from 'node:assert/strict';

import { fixture } from '../lib/app.mjs';

const SEED = fixture('seed/seed.txt');

/** The stored actors, by id. */
async function actorsById(app) {
  return new Map((await app.invoke('actors')).map((a) => [a.id, a]));
}

/** Clicks the row's action button (`actor-rename`, `actor-alias`, `actor-merge`) of actor `id`. */
async function rowAction(app, id, action) {
  const row = await app.waitFor('actor-row', { extra: `[data-actor-id="${id}"]` });
  // Centred: at the top edge the table's sticky header would take the click.
  await row.scrollIntoView({ block: 'center' });
  await (await row.$(`[data-testid="${action}"]`)).click();
}

const state = {};

export default {
  name: 'actors',
  tests: [
    {
      name: 'lists the actors of an imported article',
      async run(app) {
        const result = await app.invoke('import_paths', { paths: [SEED] });
        assert.equal(result.import.imported, 1);
        const actors = await app.until('analysed actors', async () => {
          const list = await app.invoke('actors');
          return list.length >= 2 ? list : null;
        }, 30_000);
        const close = app.byId('import-results-close');
        if (await close.isExisting()) await close.click();
        await (await app.waitFor('nav-actors')).click();
        await app.waitFor('actors-table');
        // Two actors that hold or receive stances: the merge moves them.
        const busy = actors.filter((a) => a.as_holder + a.as_target > 0);
        assert.ok(busy.length >= 2, `at least two actors with stances: ${busy.map((a) => a.name)}`);
        [state.from, state.into] = busy;
        await app.waitFor('actor-row', { extra: `[data-actor-id="${state.from.id}"]` });
      },
    },
    {
      name: 'renames an actor through its dialog',
      async run(app) {
        await rowAction(app, state.from.id, 'actor-rename');
        const input = await app.waitFor('rename-input');
        assert.equal(await input.getValue(), state.from.name, 'the field starts with the current name');
        await input.setValue('Renamed in e2e');
        await (await app.waitFor('rename-save')).click();
        await app.until('the stored name', async () => (await actorsById(app)).get(state.from.id)?.name === 'Renamed in e2e');
        const row = await app.waitFor('actor-row', { extra: `[data-actor-id="${state.from.id}"]` });
        await app.textMatching(row, /Renamed in e2e/);
      },
    },
    {
      name: 'adds an alias; the save button waits for text',
      async run(app) {
        await rowAction(app, state.into.id, 'actor-alias');
        const save = await app.waitFor('alias-save');
        assert.equal(await save.isEnabled(), false, 'nothing to save yet');
        await (await app.waitFor('alias-input')).setValue('e2e alias');
        await save.click();
        await app.until('the stored alias', async () => (await actorsById(app)).get(state.into.id)?.aliases.includes('e2e alias'));
      },
    },
    {
      name: 'merges one actor into another; its stances follow and undo names the merge',
      async run(app) {
        const before = (await actorsById(app)).get(state.into.id);
        await rowAction(app, state.from.id, 'actor-merge');
        const select = await app.waitFor('merge-target');
        const offered = await app.browser.execute(() =>
          [...document.querySelectorAll('[data-testid="merge-target"] option')].map((o) => o.value),
        );
        assert.ok(!offered.includes(String(state.from.id)), 'an actor is not offered as its own merge target');
        await select.selectByAttribute('value', String(state.into.id));
        await app.shot('merge dialog');
        await (await app.waitFor('merge-save')).click();
        const after = await app.until('the merge', async () => {
          const actors = await actorsById(app);
          return actors.has(state.from.id) ? null : actors.get(state.into.id);
        });
        assert.ok(after.aliases.includes('Renamed in e2e'), `the merged name is an alias: ${after.aliases}`);
        assert.equal(after.as_holder + after.as_target, before.as_holder + before.as_target + state.from.as_holder + state.from.as_target);
        const undo = await app.waitFor('undo');
        await app.until('the undo label', async () => /merge 'Renamed in e2e' into/.test((await undo.getAttribute('title')) ?? ''));
        await app.shot('after merge');
      },
    },
  ],
};
