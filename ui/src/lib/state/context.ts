// How components reach the state: main.ts mounts App with the Workbench in
// Svelte context, and each component takes the feature it works with (`useMatrix()`,
// `useReview()`, `useNetwork()`, `useHistory()`, `useLibrary()`, `useImports()`, `useChange()`) or the Workbench itself for actions that
// span features, instead of a `wb` prop handed down every level.

import { getContext } from 'svelte';
import type { Workbench } from './workbench.svelte';

const KEY = Symbol('standpoint.workbench');

/** The context map the app is mounted with (main.ts) and a component test renders with. */
export function workbenchContext(wb: Workbench): Map<unknown, unknown> {
  return new Map([[KEY, wb]]);
}

export function useWorkbench(): Workbench {
  const wb = getContext<Workbench | undefined>(KEY);
  if (!wb) throw new Error('no Workbench in context: render the component inside App or with workbenchContext(wb)');
  return wb;
}

export const useMatrix = () => useWorkbench().matrix;
export const useReview = () => useWorkbench().review;
export const useNetwork = () => useWorkbench().network;
export const useHistory = () => useWorkbench().history;
export const useLibrary = () => useWorkbench().library;
export const useImports = () => useWorkbench().imports;
export const useChange = () => useWorkbench().change;
