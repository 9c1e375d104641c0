// Entry point: picks the backend and mounts the app. Production builds use
// the real backend over api.ts; a dev or `--mode mock` build opened with
// `?mock` (or `?mock=big` for a 300 × 300 workspace) uses in-memory sample
// data instead, for layout work and screenshots. The mock code is only
// imported behind that build-time condition, so release bundles leave it out.

import { mount } from 'svelte';
import './app.css';
import App from './app/App.svelte';
import { Workbench } from './lib/state/workbench.svelte';
import { workbenchContext } from './lib/state/context';
import type { Backend } from './lib/backend';

async function chooseBackend(): Promise<Backend> {
  if (import.meta.env.DEV || import.meta.env.MODE === 'mock') {
    const mock = new URLSearchParams(location.search).get('mock');
    if (mock !== null) {
      const { mockBackend } = await import('./lib/mock/index');
      return mockBackend(mock);
    }
  }
  const { tauriBackend } = await import('./lib/tauri-backend');
  return tauriBackend;
}

const target = document.getElementById('app');
if (target) {
  const backend = await chooseBackend();
  mount(App, { target, context: workbenchContext(new Workbench(backend)) });
}
