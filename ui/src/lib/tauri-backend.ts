// The real Backend: an adapter over api.ts, the shell's typed IPC functions.
// Until api.ts exists in this tree the adapter reports a clear error instead
// of failing the build (import.meta.glob finds no module).

import type { Backend } from './backend';

const modules = import.meta.glob('./api.ts');

async function api(): Promise<Record<string, (...args: unknown[]) => Promise<unknown>>> {
  const load = modules['./api.ts'];
  if (!load) throw { code: 'no_backend', message: 'The desktop backend (api.ts) is not part of this build.' };
  return (await load()) as Record<string, (...args: unknown[]) => Promise<unknown>>;
}

/** Calls api.ts's function of the same name as the Backend method. */
function forward<K extends keyof Backend>(name: K): Backend[K] {
  return (async (...args: unknown[]) => {
    const m = await api();
    const fn = m[name as string];
    if (typeof fn !== 'function') throw { code: 'no_command', message: `The backend has no "${String(name)}" command yet.` };
    return fn(...args);
  }) as unknown as Backend[K];
}

const NAMES: (keyof Backend)[] = [
  'currentWorkspace',
  'newWorkspace',
  'openWorkspace',
  'openRecent',
  'recentWorkspaces',
  'importPaths',
  'pickAndImport',
  'lastImportReport',
  'analyse',
  'cancelJob',
  'onImportProgress',
  'onDragDrop',
  'listArticles',
  'getArticle',
  'matrix',
  'assessments',
  'listActors',
  'listIssues',
  'setReview',
  'editAssessment',
  'addAssessment',
  'undo',
  'redo',
  'historyState',
  'renameActor',
  'mergeActors',
  'addAlias',
  'updateActor',
  'createActor',
  'createIssue',
  'exportMatrixCsv',
  'exportAssessmentsCsv',
];

export const tauriBackend = Object.fromEntries(NAMES.map((n) => [n, forward(n)])) as unknown as Backend;
