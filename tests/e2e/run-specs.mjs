// Runs the end-to-end specs in ./specs against the real app: for each spec
// file, a fresh temporary workspace and settings folder, a tauri-driver, and
// one WebDriver session (the app starts once per spec; its tests run in
// order on the same window). Prints one line per test and, last,
// "N passed, N failed". Exit status 1 when anything failed.
//
// Expects DISPLAY (run.sh wraps it in xvfb-run) and STANDPOINT_E2E_APP.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { startApp } from './lib/app.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const specFiles = readdirSync(path.join(here, 'specs'))
  .filter((name) => name.endsWith('.mjs'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort();

let passed = 0;
let failed = 0;

for (const file of specFiles) {
  const spec = (await import(pathToFileURL(path.join(here, 'specs', file)).href)).default;
  console.log(`\n${file}: ${spec.name}`);
  let app;
  try {
    app = await startApp(spec.name);
  } catch (error) {
    console.log(`  ✗ the app did not start: ${error?.stack ?? error}`);
    failed += spec.tests.length;
    continue;
  }
  for (const test of spec.tests) {
    const started = Date.now();
    try {
      await test.run(app);
      passed += 1;
      console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed += 1;
      console.log(`  ✗ ${test.name} (${Date.now() - started} ms)\n    ${String(error?.stack ?? error).replace(/\n/g, '\n    ')}`);
      // What the driver, WebKitWebDriver and the app wrote to stderr tells an app
      // crash ("invalid session id" after it) from a fault of the driver.
      const said = app.driverLog().trim();
      console.log(`    tauri-driver said: ${said ? said.replace(/\n/g, '\n      ') : '(nothing)'}`);
      await app.shot(`FAILED-${test.name}`).catch(() => {});
    }
  }
  await app.stop();
}

if (specFiles.length === 0) {
  console.log(`no spec matched ${filters.join(' ')}`);
  failed += 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
