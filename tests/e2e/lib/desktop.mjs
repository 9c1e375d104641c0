// What a user's mouse and keyboard do outside the web page: a native
// drag-and-drop of files from a GTK drag source onto the app window, typing
// into GTK dialogs, reading the window title. Uses xdotool on the Xvfb
// display (there is no window manager: windows sit where they are put).

import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { E2E_DIR } from './app.mjs';

const run = promisify(execFile);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function xdotool(...args) {
  const { stdout } = await run('xdotool', args.map(String));
  return stdout.trim();
}

/** Ids of visible windows whose title matches `pattern` (a regular expression). */
export async function findWindows(pattern) {
  try {
    const out = await xdotool('search', '--onlyvisible', '--name', pattern);
    return out.split('\n').filter(Boolean);
  } catch {
    return []; // xdotool exits 1 when nothing matches
  }
}

/** Waits for a visible window whose title matches `pattern`; returns its id. */
export async function waitForWindow(pattern, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const [id] = await findWindows(pattern);
    if (id) return id;
    await sleep(150);
  }
  throw new Error(`no window titled /${pattern}/ within ${timeout} ms`);
}

export async function windowName(id) {
  return xdotool('getwindowname', id);
}

/** `{x, y, width, height}` of a window on screen. */
export async function geometry(id) {
  const out = await xdotool('getwindowgeometry', '--shell', id);
  const values = Object.fromEntries(out.split('\n').map((line) => line.split('=')));
  return { x: Number(values.X), y: Number(values.Y), width: Number(values.WIDTH), height: Number(values.HEIGHT) };
}

/**
 * Drags `files` from a GTK drag source onto the app window (`appWindowId`),
 * pressing, moving in small steps and releasing the real mouse button.
 */
export async function dragFilesOnto(appWindowId, files) {
  const source = spawn('/usr/bin/python3', [path.join(E2E_DIR, 'lib/drag_source.py'), 1500, 120, ...files], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  source.stderr.on('data', (chunk) => (errors += chunk));
  try {
    await new Promise((resolve, reject) => {
      source.stdout.on('data', (chunk) => String(chunk).includes('ready') && resolve());
      source.once('exit', (code) => reject(new Error(`the drag source exited (${code}): ${errors}`)));
      setTimeout(() => reject(new Error(`the drag source did not start: ${errors}`)), 10_000);
    });
    const sourceWindow = await waitForWindow('^standpoint-e2e-drag-source$');
    const from = await geometry(sourceWindow);
    const to = await geometry(appWindowId);
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };
    await xdotool('mousemove', Math.round(start.x), Math.round(start.y));
    await sleep(200);
    await xdotool('mousedown', 1);
    // GTK starts a drag only after the pointer moves past a threshold, and
    // the target sees enter/motion only when the pointer moves over it.
    for (let step = 1; step <= 25; step += 1) {
      const t = step / 25;
      await xdotool('mousemove', Math.round(start.x + (end.x - start.x) * t), Math.round(start.y + (end.y - start.y) * t));
      await sleep(40);
    }
    await sleep(300);
    await xdotool('mouseup', 1);
    await new Promise((resolve) => {
      if (source.exitCode !== null) return resolve();
      source.once('exit', resolve);
      setTimeout(resolve, 5_000);
    });
  } finally {
    if (source.exitCode === null) source.kill();
  }
}

/**
 * Answers the GTK save dialog titled `title`: types `filePath` into its name
 * field (GTK accepts a full path there) and presses Enter.
 */
export async function answerSaveDialog(title, filePath) {
  const dialog = await waitForWindow(`^${title}$`);
  await sleep(500); // let the dialog map and focus its name field
  await xdotool('windowfocus', '--sync', dialog);
  await xdotool('key', '--window', dialog, 'ctrl+a');
  await xdotool('type', '--window', dialog, '--delay', 15, filePath);
  await sleep(200);
  await xdotool('key', '--window', dialog, 'Return');
}

/**
 * Answers the GTK open dialog titled `title`: Ctrl+L opens its location
 * field, the full path is typed, Enter chooses the file.
 */
export async function answerOpenDialog(title, filePath) {
  const dialog = await waitForWindow(`^${title}$`);
  await sleep(500);
  await xdotool('windowfocus', '--sync', dialog);
  await xdotool('key', '--window', dialog, 'ctrl+l');
  await sleep(200);
  await xdotool('type', '--window', dialog, '--delay', 15, filePath);
  await sleep(300);
  await xdotool('key', '--window', dialog, 'Return');
}
