// Takes screenshots of every screen of a `--mode mock` build with the
// system's Chromium (Debian: apt-get install chromium), so a person can look
// at the layout in light and dark, at 100 % and 200 % scaling.
//
//   npm --prefix ui run screenshots [-- OUT_DIR]
//
// It builds ui/ in mock mode, serves it with `vite preview` on 127.0.0.1,
// drives it with puppeteer-core (which downloads no browser) and writes PNGs.

import { build, preview } from 'vite';
import puppeteer from 'puppeteer-core';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.resolve(process.argv[2] ?? '/tmp/standpoint-screens');
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!chromium) {
  console.error('No Chromium found: apt-get install -y chromium');
  process.exit(1);
}
mkdirSync(out, { recursive: true });

await build({ root, mode: 'mock', logLevel: 'warn', build: { outDir: path.join(root, 'dist-mock') } });
const server = await preview({ root, mode: 'mock', build: { outDir: path.join(root, 'dist-mock') }, preview: { host: '127.0.0.1', port: 4179, strictPort: true } });
const base = 'http://127.0.0.1:4179/';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const cell = (holder, target) => `[data-testid=matrix-cell][data-holder="${holder}"]${target ? `[data-target="${target}"]` : ''}`;

/** name → [query, steps]; every step gets the page. */
const scenes = {
  'matrix-cell': ['mock', async (p) => p.click(cell('Russia', 'Syrian government'))],
  review: [
    'mock',
    async (p) => {
      await p.click(cell('US Department of Defense'));
      await sleep(200);
      await p.keyboard.press('a');
      await sleep(200);
      await p.keyboard.press('r');
    },
  ],
  edit: ['mock', async (p) => (await p.click(cell('Russia')), await sleep(200), p.keyboard.press('e'))],
  help: ['mock', async (p) => p.keyboard.press('?')],
  import: ['mock', async (p) => p.click('[data-testid=import-button]')],
  library: ['mock', async (p) => (await p.click('[data-testid=import-button]'), await sleep(300), await p.click('[data-testid=import-results-close]'), p.click('[data-testid=nav-library]'))],
  actors: ['mock', async (p) => p.click('[data-testid=nav-actors]')],
  grouped: ['mock', async (p) => p.select('[data-testid=group-by]', 'affiliation')],
  empty: ['mock=empty', async () => {}],
  'big-blocs': [
    'mock=big',
    async (p) => {
      await p.select('[data-testid=sort-rows]', 'blocs');
      await p.select('[data-testid=sort-cols]', 'blocs');
      await sleep(300);
      await p.evaluate(() => {
        const m = document.querySelector('[data-testid=matrix]');
        const r = m.getBoundingClientRect();
        document.elementFromPoint(r.left + 400, r.top + 400)?.click();
      });
    },
  ],
};
const variants = [
  { suffix: '', width: 1400, height: 860, scale: 1, dark: false },
  { suffix: '-dark', width: 1400, height: 860, scale: 1, dark: true },
  { suffix: '-200pct', width: 960, height: 540, scale: 2, dark: false },
];

const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
let failures = 0;
try {
  for (const [name, [query, steps]] of Object.entries(scenes)) {
    for (const v of variants) {
      if (v.suffix && !['matrix-cell', 'review', 'empty'].includes(name)) continue;
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setViewport({ width: v.width, height: v.height, deviceScaleFactor: v.scale });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: v.dark ? 'dark' : 'light' }]);
      await page.goto(`${base}?${query}`, { waitUntil: 'networkidle0' });
      await page.waitForSelector('[data-testid=app-ready]');
      await steps(page);
      await sleep(400);
      const file = path.join(out, `${name}${v.suffix}.png`);
      await page.screenshot({ path: file });
      console.log(errors.length ? `✗ ${file}: ${errors.join('; ')}` : `✓ ${file}`);
      failures += errors.length ? 1 : 0;
      await page.close();
    }
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
process.exit(failures ? 1 : 0);
