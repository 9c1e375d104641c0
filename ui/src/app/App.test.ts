import { describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import App from './App.svelte';
import { Workbench } from '../lib/state/workbench.svelte';
import { workbenchContext } from '../lib/state/context';
import { MemoryBackend } from '../lib/mock/memory-backend';
import { seedSample } from '../lib/mock/sample';

async function renderApp(data = seedSample()) {
  const backend = new MemoryBackend(data);
  const wb = new Workbench(backend);
  const r = render(App, { context: workbenchContext(wb) });
  await r.findByTestId('app-ready');
  return { ...r, wb, backend };
}

const rows = (c: HTMLElement) => [...c.querySelectorAll<HTMLElement>('[data-testid="assessment-row"]')];

describe('App review loop', () => {
  it('opens a cell, highlights its evidence, and reviews with the keyboard', async () => {
    const { container, findByTestId, getByTestId, backend } = await renderApp();
    const cell = container.querySelector<HTMLElement>('[data-testid="matrix-cell"][data-holder="US Department of Defense"]')!;
    expect(cell.dataset.oppose).toBe('2');
    await fireEvent.click(cell);
    await waitFor(() => expect(rows(container)).toHaveLength(2));
    const view = await findByTestId('article-view');
    expect(view.dataset.articleId).toBe('1');
    const [first, second] = rows(container);
    expect(first.getAttribute('aria-selected')).toBe('true');
    await waitFor(() =>
      expect(container.querySelector(`[data-testid="evidence-highlight"][data-assessment-id="${first.dataset.assessmentId}"]`)).not.toBeNull(),
    );
    expect(getByTestId('holder-highlight').textContent).toBe('the Pentagon');

    await fireEvent.keyDown(window, { key: 'a' });
    await waitFor(() => expect(rows(container)[0].dataset.review).toBe('accepted'));
    // accepting moved the review on to the next assessment
    await waitFor(() => expect(rows(container)[1].getAttribute('aria-selected')).toBe('true'));
    await fireEvent.keyDown(window, { key: 'r' });
    await waitFor(() => expect(rows(container)[1].dataset.review).toBe('rejected'));
    await waitFor(() => expect(getByTestId('undo').hasAttribute('disabled')).toBe(false));

    await fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(rows(container)[1].dataset.review).toBe('suggested'));
    expect(backend.calls).toEqual([`review ${first.dataset.assessmentId} accepted`, `review ${second.dataset.assessmentId} rejected`, 'undo']);
    await fireEvent.keyDown(window, { key: 'k' });
    await waitFor(() => expect(rows(container)[0].getAttribute('aria-selected')).toBe('true'));
  });

  it('shows the help overlay with ? and closes it with Escape', async () => {
    const { findByTestId, queryByTestId } = await renderApp();
    await fireEvent.keyDown(window, { key: '?' });
    const help = await findByTestId('help-overlay');
    expect(help.textContent).toContain('Accept');
    // The notices credit the treebank the syntax model was trained on…
    const notices = await findByTestId('notices');
    expect(notices.textContent).toContain('Universal Dependencies English Web Treebank');
    expect(notices.textContent).toContain('CC BY-SA 4.0');
    // …and the sentiment lexicon the extractor's word valences come from.
    expect(notices.textContent).toContain('VADER');
    expect(notices.textContent).toContain('Copyright (c) 2016 C.J. Hutto');
    await fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(queryByTestId('help-overlay')).toBeNull());
  });

  it('clicking an evidence highlight in the text selects its cell', async () => {
    const { container, getByTestId, getAllByTestId, findAllByTestId } = await renderApp();
    await fireEvent.click(getByTestId('nav-library'));
    const articleRow = (await findAllByTestId('article-row'))[0];
    await fireEvent.click(articleRow);
    const evs = await findAllByTestId('evidence-highlight');
    const eyal = evs.find((e) => e.textContent?.startsWith('Jonathan Eyal'))!;
    await fireEvent.click(eyal);
    await waitFor(() =>
      expect(container.querySelector('[data-testid="matrix-cell"][data-holder="Jonathan Eyal"]')?.getAttribute('aria-selected')).toBe('true'),
    );
    expect(getAllByTestId('assessment-row')).toHaveLength(1);
  });

  it('shows the empty-state guide in a workspace without articles, and import results with reasons', async () => {
    const { findByTestId, getByTestId, findAllByTestId } = await renderApp({ articles: [], actors: [], issues: [], assessments: [] });
    expect(await findByTestId('empty-state')).toBeTruthy();
    await fireEvent.click(getByTestId('import-button'));
    const results = await findAllByTestId('import-result');
    expect(results.map((r) => r.dataset.status)).toEqual(['imported', 'failed']);
    expect(results[1].textContent).toContain('broken.pdf');
    expect(results[1].textContent).toContain('no %PDF header');
    expect((await findByTestId('import-progress')).dataset.done).toBe('2');
  });

  it('shows a backend error as a toast with its code', async () => {
    const { wb, findByTestId } = await renderApp();
    await wb.actorChange(() => wb.backend.renameActor(1, '  '));
    const toast = await findByTestId('error-toast');
    expect(toast.dataset.code).toBe('invalid');
    expect(toast.textContent).toContain('An actor needs a name.');
  });

  it('adds an assessment from text selected in the article', async () => {
    const { container, findByTestId, getByTestId, wb } = await renderApp();
    await fireEvent.click(container.querySelector<HTMLElement>('[data-testid="matrix-cell"][data-holder="Russia"]')!);
    const textEl = await findByTestId('article-text');
    // Select "John Kerry, is likely to visit Moscow" (after en dashes and curly quotes elsewhere).
    const walker = document.createTreeWalker(textEl, NodeFilter.SHOW_TEXT);
    let node: Text | null = null;
    while (walker.nextNode()) if ((walker.currentNode as Text).data.includes('is likely to visit Moscow')) node = walker.currentNode as Text;
    const i = node!.data.indexOf('is likely to visit Moscow');
    const range = document.createRange();
    range.setStart(node!, i);
    range.setEnd(node!, i + 'is likely to visit Moscow'.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    await fireEvent.mouseUp(textEl);
    await fireEvent.click(await findByTestId('add-from-selection'));
    const dialog = await findByTestId('add-dialog');
    expect(dialog.textContent).toContain('is likely to visit Moscow');
    const holder = getByTestId('form-holder') as HTMLSelectElement;
    holder.value = '10'; // John Kerry
    await fireEvent.change(holder);
    const target = getByTestId('form-target') as HTMLSelectElement;
    target.value = 'actor:2'; // Russia
    await fireEvent.change(target);
    await fireEvent.click(getByTestId('form-save'));
    await waitFor(() => expect(wb.review.current?.holder.name).toBe('John Kerry'));
    expect(wb.review.selection?.label).toBe('John Kerry → Russia');
    const added = wb.review.current!;
    expect(added.origin).toEqual({ type: 'analyst' });
    expect(added.evidence_text).toBe('is likely to visit Moscow');
    expect(container.querySelector('[data-testid="matrix-cell"][data-holder="John Kerry"][data-target="Russia"]')).not.toBeNull();
  });

  it('guesses holder and target from the actors mentioned in the selection', async () => {
    const { container, findByTestId, getByTestId } = await renderApp();
    await fireEvent.click(container.querySelector<HTMLElement>('[data-testid="matrix-cell"][data-holder="Russia"]')!);
    const textEl = await findByTestId('article-text');
    // "Russia backs the Assad regime": mentions of Russia (2) and the Syrian government (5).
    const holder = [...textEl.querySelectorAll<HTMLElement>('[data-testid="holder-highlight"]')][0];
    const target = [...textEl.querySelectorAll<HTMLElement>('[data-testid="target-highlight"]')][0];
    const range = document.createRange();
    range.setStart(holder.firstChild!, 0);
    range.setEnd(target.firstChild!, target.textContent!.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    await fireEvent.mouseUp(textEl);
    await fireEvent.click(await findByTestId('add-from-selection'));
    await findByTestId('add-dialog');
    expect((getByTestId('form-holder') as HTMLSelectElement).value).toBe('2');
    expect((getByTestId('form-target') as HTMLSelectElement).value).toBe('actor:5');
  });
});

describe('Analyse', () => {
  it('takes the articles an older extractor analysed, then offers to re-analyse all', async () => {
    const backend = new MemoryBackend(seedSample());
    backend.outdated = new Set([1]);
    const wb = new Workbench(backend);
    const { findByTestId, getByTestId } = render(App, { context: workbenchContext(wb) });
    await findByTestId('app-ready');
    const button = getByTestId('analyse-button');
    await waitFor(() => expect(button.textContent).toBe('Analyse 1'));
    expect(button.title).toContain('1 article not analysed with rules/mock');
    await fireEvent.click(button);
    await waitFor(() => expect(backend.calls).toContain('analyse outdated'));
    await waitFor(() => expect(button.textContent).toBe('Re-analyse'));
    expect(button.title).toContain('Every article is analysed with rules/mock');
    await fireEvent.click(button);
    await waitFor(() => expect(backend.calls).toContain('analyse all'));
  });
});
