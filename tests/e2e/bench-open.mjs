// Opening a big workspace in the real app (issue 10, "Scale"): for each
// workspace named, in interleaved rounds, the time from the page's start
// (the window's web view) and from the WebDriver session to the matrix's
// first cell and to its shift badges, and the memory of the app's
// processes 5 s after the first cell (resident now, peak so far, and the
// anonymous part: heap and caches, not shared libraries).
//
//   node bench-open.mjs APP WORKSPACE...    (bench-open.sh runs it under Xvfb)
//
// ROUNDS (default 2) opens each workspace that many times; CALLS=1 then asks
// the backend once more for each call the first screen makes and prints
// its time and the JSON it returns. Prints figures; asserts nothing.

import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { remote } from 'webdriverio';

import { freePort, waitForPort } from './lib/app.mjs';

const [application, ...workspaces] = process.argv.slice(2);
if (!application || workspaces.length === 0) {
  console.error('usage: node bench-open.mjs APP WORKSPACE...');
  process.exit(2);
}
const rounds = Number(process.env.ROUNDS ?? 2);

/** Every process below `root`, with its name. */
function descendants(root) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push({ pid: Number(entry), name: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // gone meanwhile
    }
  }
  const found = [];
  const walk = (pid) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      walk(child.pid);
    }
  };
  walk(root);
  return found;
}

/** Resident, peak and anonymous memory of a process, in MB. */
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (text, key) => Number((text.match(new RegExp(`^${key}:\\s+(\\d+)`, 'm')) ?? [0, 0])[1]);
  let anon = 0;
  try {
    anon = kb(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Anonymous');
  } catch {
    // no smaps_rollup on this kernel
  }
  return { rss: kb(status, 'VmRSS') / 1024, peak: kb(status, 'VmHWM') / 1024, anon: anon / 1024 };
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** The first screen's calls, as the UI makes them at open (ui/src/lib/state/workbench.svelte.ts). */
const FIRST_SCREEN = [
  ['matrix', { filter: {}, layout: { rows: 'activity', cols: 'activity', group: 'none' } }],
  ['current_workspace', {}],
  ['recent_workspaces', {}],
  ['history_state', {}],
  ['analysis_status', {}],
  ['actors', {}],
  ['issues', {}],
  ['articles', { before: null, limit: 200 }],
  ['sources', {}],
  ['shifts', { filter: {}, spec: {} }],
];

async function openOnce(workspace) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'standpoint-bench-'));
  for (const sub of ['config', 'data', 'xdg-config', 'cache']) mkdirSync(path.join(dir, sub));
  const env = {
    ...process.env,
    STANDPOINT_WORKSPACE: workspace,
    STANDPOINT_CONFIG_DIR: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
  };
  const port = await freePort();
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(await freePort())], {
    env,
    detached: true,
    stdio: 'ignore',
  });
  try {
    await waitForPort(port, 30_000);
    const started = Date.now();
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      connectionRetryTimeout: 120_000,
      capabilities: { 'tauri:options': { application } },
    });
    const session = Date.now();
    const probe = () =>
      browser.execute(() => ({
        cell: !!document.querySelector('[data-testid="matrix-cell"]'),
        badge: !!document.querySelector('[data-testid="matrix-shift"]'),
        since: performance.now(),
      }));
    let cell = null;
    let badge = null;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline && !(cell && (badge || Date.now() - cell.at > 5_000))) {
      const seen = await probe();
      if (seen.cell && !cell) cell = { at: Date.now(), since: seen.since };
      if (seen.badge && !badge) badge = { at: Date.now(), since: seen.since };
      await pause(30);
    }
    if (cell) await pause(Math.max(0, cell.at + 5_000 - Date.now()));
    const processes = descendants(driver.pid)
      .filter((p) => !/^(WebKitWebDriver|bwrap|xdg-dbus-proxy)$/.test(p.name))
      .map((p) => ({ ...p, ...memory(p.pid) }));
    while (!badge && Date.now() < deadline) {
      if ((await probe()).badge) badge = { at: Date.now(), since: 0 };
      else await pause(200);
    }
    const info = await browser.executeAsync((done) => {
      window.__TAURI_INTERNALS__.invoke('current_workspace', {}).then(done, () => done(null));
    });
    const calls = [];
    if (process.env.CALLS) {
      for (const [command, args] of FIRST_SCREEN) {
        calls.push({
          command,
          ...(await browser.executeAsync(
            (command, args, done) => {
              const t = performance.now();
              window.__TAURI_INTERNALS__.invoke(command, args).then(
                (reply) => done({ ms: performance.now() - t, bytes: JSON.stringify(reply).length }),
                (error) => done({ ms: performance.now() - t, error: JSON.stringify(error) }),
              );
            },
            command,
            args,
          )),
        });
      }
    }
    await browser.deleteSession().catch(() => {});
    return { session: session - started, sessionAt: session, cell, badge, processes, articles: info?.article_count, calls };
  } finally {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

const s = (ms) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(2)} s`);
const mb = (p) => `${p.rss.toFixed(0)} MB (peak ${p.peak.toFixed(0)}, anon ${p.anon.toFixed(0)})`;
console.log(`open benchmark: ${path.basename(application)}, ${rounds} interleaved rounds; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (let round = 1; round <= rounds; round++) {
  for (const workspace of workspaces) {
    const r = await openOnce(workspace);
    const app = r.processes.find((p) => !p.name.startsWith('WebKit'));
    const web = r.processes.find((p) => p.name.startsWith('WebKitWebProc'));
    console.log(
      `  ${path.basename(workspace)} (${r.articles ?? '?'} articles), round ${round}: first cell ${s(r.cell?.since)} after the page started` +
        ` (${s(r.cell && r.cell.at - r.sessionAt)} after the session, which took ${s(r.session)}), shift badges ${s(r.badge && r.badge.at - r.sessionAt)} after the session;` +
        ` 5 s later app ${app ? mb(app) : '?'}, web view ${web ? mb(web) : '?'}`,
    );
    for (const c of r.calls) console.log(`      ${c.command.padEnd(18)} ${c.ms.toFixed(0).padStart(6)} ms ${String(c.bytes ?? c.error).padStart(9)} bytes`);
  }
}
console.log(`load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
process.exit(0);
