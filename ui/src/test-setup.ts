// Vitest setup: DOM matchers-free; jsdom lacks scrollIntoView and ResizeObserver.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function () {};
if (!('ResizeObserver' in globalThis)) {
  (globalThis as any).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
afterEach(() => cleanup());
