// The analyst's day in one window: a fresh workspace, import the seed
// article and a broken file, see the error, open the matrix, click the
// Russia → Syrian government cell, see the evidence highlighted, accept it,
// reject another, undo, and export the matrix CSV through the save dialog.

import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

import { fixture } from '../lib/app.mjs';
import { answerSaveDialog, waitForWindow, windowName } from '../lib/desktop.mjs';

const SEED = fixture('seed/seed.txt');
const BROKEN = fixture('import/broken/empty.txt');
const HOLDER = /russia/i;
// The Syrian government is named "Assad regime"; the sentence also yields a
// weaker Russia → Syria pair, whose cell is not the one with the "backs" cue.
const TARGET = /assad/i;

/** The matrix cell whose holder and target names match. */
async function findCell(app, holder, target) {
  for (const cell of await app.all('matrix-cell')) {
    const h = (await cell.getAttribute('data-holder')) ?? '';
    const t = (await cell.getAttribute('data-target')) ?? '';
    if (holder.test(h) && target.test(t)) return cell;
  }
  return null;
}

/** The assessments behind the selected cell, as the shell stores them. */
async function storedReview(app, id) {
  const [assessment] = await app.invoke('assessments', { filter: { ids: [id], review_states: ['suggested', 'accepted', 'rejected', 'edited'] } });
  return assessment?.review;
}

const state = {};

export default {
  name: 'review loop',
  tests: [
    {
      name: 'starts on a fresh workspace with the empty-state guide',
      async run(app) {
        const name = await (await app.waitFor('workspace-name')).getText();
        assert.match(name, /e2e/);
        await app.waitFor('empty-state');
        // The native window title names the workspace.
        const window = await waitForWindow('^Standpoint — e2e$');
        assert.equal(await windowName(window), 'Standpoint — e2e');
        await app.shot('01 empty workspace');
      },
    },
    {
      name: 'imports the seed article and a broken file, and lists the error',
      async run(app) {
        // The same command the open dialog leads to; the dialog itself is the seam.
        const result = await app.invoke('import_paths', { paths: [SEED, BROKEN] });
        assert.equal(result.import.imported, 1);
        assert.equal(result.import.failed, 1);
        const failed = await app.waitFor('import-result', { extra: '[data-status="failed"]', timeout: 15_000 });
        const text = await app.textMatching(failed, /empty\.txt/);
        assert.ok(text.replace(/empty\.txt/, '').trim().length > 10, `the reason is shown: ${text}`);
        await app.waitFor('import-result', { extra: '[data-status="imported"]' });
        await app.shot('02 import results');
      },
    },
    {
      name: 'opens the matrix and the Russia → Syrian government cell with its evidence highlighted',
      async run(app) {
        const close = app.byId('import-results-close');
        if (await close.isExisting()) await close.click();
        await (await app.waitFor('nav-matrix')).click();
        await app.waitFor('matrix', { timeout: 15_000 });
        const cell = await app.until('the Russia → Syrian government cell', () => findCell(app, HOLDER, TARGET));
        assert.ok(Number(await cell.getAttribute('data-support')) >= 1);
        state.holderName = await cell.getAttribute('data-holder');
        state.targetName = await cell.getAttribute('data-target');
        await cell.scrollIntoView();
        await cell.click();
        const row = await app.waitFor('assessment-row');
        state.acceptedId = Number(await row.getAttribute('data-assessment-id'));
        assert.equal(await row.getAttribute('data-polarity'), 'support');
        const evidence = await app.waitFor('evidence-highlight');
        await app.textMatching(evidence, /Russia backs the Assad regime/);
        await app.textMatching(await app.waitFor('cue-highlight'), /backs/);
        await app.until('the evidence is scrolled into view', () => evidence.isDisplayed({ withinViewport: true }));
        await app.shot('03 cell and evidence');
      },
    },
    {
      name: 'accepts it',
      async run(app) {
        const row = app.byId('assessment-row', `[data-assessment-id="${state.acceptedId}"]`);
        await row.$('[data-testid="assessment-accept"]').click();
        await app.until('the row shows accepted', async () => (await row.getAttribute('data-review')) === 'accepted');
        assert.equal(await storedReview(app, state.acceptedId), 'accepted');
      },
    },
    {
      name: 'rejects another',
      async run(app) {
        let other = null;
        for (const cell of await app.all('matrix-cell')) {
          const h = (await cell.getAttribute('data-holder')) ?? '';
          const t = (await cell.getAttribute('data-target')) ?? '';
          if (!(HOLDER.test(h) && TARGET.test(t))) {
            other = cell;
            break;
          }
        }
        assert.ok(other, 'a second non-empty cell');
        await other.scrollIntoView();
        await other.click();
        const row = await app.waitFor('assessment-row');
        await app.until('the other cell is listed', async () => Number(await row.getAttribute('data-assessment-id')) !== state.acceptedId);
        state.rejectedId = Number(await row.getAttribute('data-assessment-id'));
        await row.$('[data-testid="assessment-reject"]').click();
        await app.until('stored as rejected', async () => (await storedReview(app, state.rejectedId)) === 'rejected');
        await app.shot('04 rejected another');
      },
    },
    {
      name: 'undo brings the rejected one back and keeps the acceptance',
      async run(app) {
        const undo = await app.waitFor('undo');
        assert.equal(await undo.isEnabled(), true);
        // The store names the action; the real button says what it will undo.
        const label = await undo.getAttribute('aria-label');
        assert.match(label, /^Undo: reject '.+' (supports|opposes) '.+'$/);
        await undo.click();
        await app.until('the rejection is undone', async () => (await storedReview(app, state.rejectedId)) === 'suggested');
        assert.equal(await storedReview(app, state.acceptedId), 'accepted');
        await app.shot('05 after undo');
      },
    },
    {
      name: "lists the article's assessments most confident first, and J follows that order",
      async run(app) {
        await (await app.waitFor('nav-library')).click();
        // The title cell: WebKitWebDriver will not click a table row itself.
        await (await app.waitFor('article-row')).$('td').click();
        await app.waitFor('matrix');
        const confidences = async () => {
          const values = [];
          for (const row of await app.all('assessment-row')) values.push(Number(await row.getAttribute('data-confidence')));
          return values;
        };
        await app.until('the article\'s assessments are listed', async () => (await confidences()).length >= 3);
        const inText = await confidences();
        assert.notDeepEqual(inText, [...inText].sort((a, b) => b - a), `the seed's suggestions are not already in confidence order: ${inText}`);
        const order = await app.waitFor('assessment-order');
        await order.selectByAttribute('value', 'confidence');
        await app.until('the list is most confident first', async () => {
          const now = await confidences();
          return now.length === inText.length && now.every((c, i) => i === 0 || now[i - 1] >= c);
        });
        // J moves to the second row of the order shown.
        const rows = [];
        for (const row of await app.all('assessment-row')) rows.push(row);
        await rows[0].click();
        const second = await rows[1].getAttribute('data-assessment-id');
        await app.browser.keys('j');
        await app.until('J selects the second row', async () => (await app.byId('assessment-row', '[aria-selected="true"]').getAttribute('data-assessment-id')) === second);
        await app.shot('06 most confident first');
        await order.selectByAttribute('value', 'text');
        await app.until('text order is back', async () => JSON.stringify(await confidences()) === JSON.stringify(inText));
      },
    },
    {
      name: 'exports the matrix CSV through the save dialog',
      async run(app) {
        const target = path.join(app.outDir, 'matrix.csv');
        await (await app.waitFor('export-matrix')).click();
        await answerSaveDialog('Export CSV', target);
        await app.until('the CSV is written', async () => existsSync(target), 15_000);
        const lines = readFileSync(target, 'utf8').trimEnd().split(/\r\n/);
        const [header, ...rows] = lines.map(parseCsvLine);
        assert.equal(header[0], 'holder');
        assert.ok(rows.every((cells) => cells.length === header.length), 'every row has a cell per target');
        // The cell the test accepted: Russia's row, in the column of the
        // target it clicked (named whatever the extractor named it).
        const russia = rows.find((cells) => cells[0] === state.holderName);
        assert.ok(russia, `a ${state.holderName} row in\n${lines.join('\n')}`);
        const column = header.indexOf(state.targetName);
        assert.ok(column > 0, `a ${state.targetName} column in ${header.join(' | ')}`);
        assert.ok(Number(russia[column]) >= 1, `${state.holderName} backs ${state.targetName}: "${russia[column]}"`);
        await app.shot('07 after export');
      },
    },
  ],
};

/** One RFC 4180 line: commas, quotes doubled inside quoted cells. */
function parseCsvLine(line) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
