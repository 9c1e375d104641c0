// Starts the real Standpoint app for one spec and wraps the WebDriver session
// in the few helpers the specs use: elements by data-testid (see
// ../TESTIDS.md), screenshots, and a direct IPC call for checks.
//
// Each app gets a fresh temporary workspace (STANDPOINT_WORKSPACE), settings
// folder (STANDPOINT_CONFIG_DIR) and XDG folders, so runs never share state
// and never touch the user's own files.

import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { remote } from 'webdriverio';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
export const E2E_DIR = path.resolve(here, '..');
export const ROOT = path.resolve(E2E_DIR, '../..');
export const SCREENSHOTS = path.join(E2E_DIR, 'screenshots');

/** `tests/data/<relative>` as an absolute path. */
export function fixture(relative) {
  return path.join(ROOT, 'tests/data', relative);
}

/** A TCP port free on this machine now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something listens on `port`; throws after `timeoutMs`. */
export async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on port ${port} within ${timeoutMs} ms`);
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Starts the app on a fresh workspace named `e2e`; resolves once the UI is ready. */
export async function startApp(specName) {
  const application = process.env.STANDPOINT_E2E_APP;
  if (!application) throw new Error('STANDPOINT_E2E_APP must name the app binary (run.sh sets it)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'standpoint-e2e-'));
  for (const sub of ['config', 'xdg-data', 'xdg-config', 'xdg-cache', 'out']) mkdirSync(path.join(dir, sub));
  const workspace = path.join(dir, 'e2e.standpoint');
  const env = {
    ...process.env,
    STANDPOINT_WORKSPACE: workspace,
    STANDPOINT_CONFIG_DIR: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
    XDG_CACHE_HOME: path.join(dir, 'xdg-cache'),
  };
  const port = await freePort();
  const nativePort = await freePort();
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let driverLog = '';
  driver.stderr.on('data', (chunk) => {
    driverLog = (driverLog + chunk).slice(-4000);
  });
  const stopDriver = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    await waitForPort(port, 20_000);
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      connectionRetryTimeout: 60_000,
      capabilities: { 'tauri:options': { application } },
    });
    const app = new App({ browser, dir, workspace, specName, stopDriver, driverLog: () => driverLog });
    try {
      await app.waitFor('app-ready', { timeout: 30_000 });
    } catch (error) {
      // "Could not connect to localhost" here means a dev build (plain
      // `cargo build`/`cargo test`) replaced the Tauri CLI's build.
      await app.shot('app did not start').catch(() => {});
      await browser.deleteSession().catch(() => {});
      throw error;
    }
    return app;
  } catch (error) {
    stopDriver();
    throw new Error(`${error?.message ?? error}\n  tauri-driver said: ${driverLog.trim() || '(nothing)'}`);
  }
}

class App {
  constructor({ browser, dir, workspace, specName, stopDriver, driverLog }) {
    this.browser = browser;
    this.dir = dir;
    this.workspace = workspace;
    this.outDir = path.join(dir, 'out');
    this.prefix = slug(specName);
    this.stopDriver = stopDriver;
    this.driverLog = driverLog;
  }

  /** The element with `data-testid="id"` (and the extra CSS, e.g. `[data-status="failed"]`). */
  byId(id, extra = '') {
    return this.browser.$(`[data-testid="${id}"]${extra}`);
  }

  /** Every element with `data-testid="id"` (and the extra CSS). */
  all(id, extra = '') {
    return this.browser.$$(`[data-testid="${id}"]${extra}`);
  }

  /** Waits until the element is displayed; returns it. */
  async waitFor(id, { extra = '', timeout = 10_000 } = {}) {
    const element = this.byId(id, extra);
    await element.waitForDisplayed({ timeout, timeoutMsg: `[data-testid="${id}"]${extra} not shown within ${timeout} ms` });
    return element;
  }

  /**
   * Waits until the element's text matches `pattern`; returns the text. Reads
   * `textContent`: WebKitWebDriver's rendered-text algorithm drops some
   * ellipsised flex items that are plainly on screen.
   */
  async textMatching(element, pattern, timeout = 10_000) {
    let text = '';
    const read = async () => String(await element.getProperty('textContent')).replace(/\s+/g, ' ').trim();
    await this.browser
      .waitUntil(async () => pattern.test((text = await read())), { timeout, interval: 150 })
      .catch(() => {
        throw new Error(`text ${JSON.stringify(text)} did not match ${pattern} within ${timeout} ms`);
      });
    return text;
  }

  /** Waits until `predicate` resolves truthy; returns its value. */
  async until(what, predicate, timeout = 10_000) {
    let value;
    await this.browser.waitUntil(async () => (value = await predicate()), {
      timeout,
      interval: 150,
      timeoutMsg: `${what}: not within ${timeout} ms`,
    });
    return value;
  }

  /** Calls a shell command from the page, as the UI's api.ts does; rejects with `{code, message}`. */
  async invoke(command, args = {}) {
    const outcome = await this.browser.executeAsync(
      (command, args, done) => {
        window.__TAURI_INTERNALS__
          .invoke(command, args)
          .then((ok) => done({ ok }))
          .catch((error) => done({ error }));
      },
      command,
      args,
    );
    if ('error' in outcome) throw Object.assign(new Error(`${command}: ${JSON.stringify(outcome.error)}`), outcome.error);
    return outcome.ok;
  }

  /**
   * Saves what is on the X screen where the window sits (no window manager:
   * at 0,0) as screenshots/<spec>-<name>.png: the real pixels, dialogs and
   * all. WebDriver's own screenshot is also kept (`…-page.png`); it shows
   * the page only and can lag behind the screen.
   */
  async shot(name) {
    const file = path.join(SCREENSHOTS, `${this.prefix}-${slug(name)}.png`);
    await this.browser.pause(300); // let the last change reach the screen
    await run('import', ['-window', 'root', '-crop', '1280x800+0+0', '+repage', file]);
    await this.browser.saveScreenshot(file.replace(/\.png$/, '-page.png'));
    return file;
  }

  async stop() {
    try {
      await this.browser.deleteSession();
    } catch {
      // the app may already be gone; the driver is stopped below either way
    }
    this.stopDriver();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
