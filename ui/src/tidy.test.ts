// Checks rules that hold across the UI's source: article text is never
// rendered as HTML, only api.ts touches the Tauri packages, every module says
// what it is for, production code never imports the mock backend, and no
// type that crosses IPC is restated by hand (the bindings are the only copy).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(new URL(import.meta.url).pathname);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'bindings' ? [] : files(p);
    return /\.(ts|svelte)$/.test(name) ? [p] : [];
  });
}
const sources = files(root).filter((f) => !f.endsWith('.test.ts'));
const rel = (f: string) => path.relative(root, f);

describe('UI source rules', () => {
  it('never renders HTML from strings', () => {
    const offenders = sources.filter((f) => /\{@html|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(f, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('imports @tauri-apps only in api.ts', () => {
    const offenders = sources.filter((f) => rel(f) !== 'lib/api.ts' && /from '@tauri-apps\//.test(readFileSync(f, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('imports the mock backend only from tests, the mock folder and main.ts behind the dev/mock guard', () => {
    const offenders = sources.filter((f) => {
      const r = rel(f);
      return !r.startsWith('lib/mock/') && r !== 'main.ts' && /lib\/mock|\.\/mock\//.test(readFileSync(f, 'utf8'));
    });
    expect(offenders.map(rel)).toEqual([]);
    const main = readFileSync(path.join(root, 'main.ts'), 'utf8');
    expect(main).toMatch(/if \(import\.meta\.env\.DEV \|\| import\.meta\.env\.MODE === 'mock'\)[\s\S]*import\('\.\/lib\/mock\/index'\)/);
  });

  it('opens every module with a comment that says what it is for', () => {
    const bare = sources.filter((f) => {
      const text = readFileSync(f, 'utf8').trimStart();
      return !(text.startsWith('//') || text.startsWith('<!--') || text.startsWith('/*'));
    });
    expect(bare.map(rel)).toEqual([]);
  });

  it('declares no type named like a generated binding: the UI uses the bindings themselves', () => {
    const generated = new Set(
      readdirSync(path.join(root, 'lib/bindings'))
        .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
        .map((name) => name.replace(/\.ts$/, '')),
    );
    expect(generated.has('Assessment')).toBe(true);
    const declaration = /^\s*(?:export\s+)?(?:declare\s+)?(?:interface|type|class|enum)\s+([A-Z]\w*)/gm;
    const offenders = files(root).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(declaration)]
        .map((m) => m[1])
        .filter((name) => generated.has(name))
        .map((name) => `${rel(f)}: ${name}`),
    );
    expect(offenders).toEqual([]);
  });
});
