// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
// @ts-expect-error: plain JavaScript, run by Node as the bin's first step, with no types of its own.
import { compiledCli } from '../cli/compiledCli.mjs';

vi.setConfig({ testTimeout: 60_000 });

// A checkout of its own, with a CLI of two modules and a scan thread, so a test can edit its sources.
let repo: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const run = (entry: string) => spawnSync(process.execPath, [entry], { encoding: 'utf8' });

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'sourcelight-compiled-'));
  write('cli/scan.ts', "import { word } from './word';\nconst here: string = import.meta.dirname;\nconsole.log(`${word} ${here}`);\n");
  write('cli/word.ts', "export const word: string = 'first';\n");
  write('cli/scanWorker.ts', "console.log('thread');\n");
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('the compiled CLI the bin runs', () => {
  it('runs the current source, rebuilding when a source it imports changes and only then', async () => {
    const first = (await compiledCli(repo)) as string;
    expect(run(first).stdout).toBe(`first ${join(repo, 'cli')}\n`);
    expect(run(join(dirname(first), 'scanWorker.mjs')).stdout).toBe('thread\n');
    expect(await compiledCli(repo)).toBe(first);

    write('cli/word.ts', "export const word: string = 'second';\n");
    const second = (await compiledCli(repo)) as string;
    expect(second).not.toBe(first);
    expect(run(second).stdout).toBe(`second ${join(repo, 'cli')}\n`);
    // The build before stays for a run that may still be using it.
    expect(run(first).stdout).toBe(`first ${join(repo, 'cli')}\n`);
  });

  it('a source that does not compile is an error naming it, not a stale build', async () => {
    write('cli/word.ts', 'export const word: string = ;\n');
    await expect(compiledCli(repo)).rejects.toThrow(/word\.ts/);
  });
});

/** The packages a compiled module loads as it starts: its static imports, and theirs among the build's chunks. */
function staticPackages(dir: string, file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  for (const [, from] of readFileSync(join(dir, file), 'utf8').matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?"([^"]+)";?$/gms)) {
    if (from!.startsWith('./')) for (const p of staticPackages(dir, from!.slice(2), seen)) packages.add(p);
    else if (!from!.startsWith('node:')) packages.add(from!);
  }
  return packages;
}

describe('the compiled scan thread', () => {
  it('starts without the HTML reader (linkedom, Readability: some 28 MB), which loads when the first page comes', async () => {
    const dir = dirname((await compiledCli(resolve(import.meta.dirname, '..'))) as string);
    expect([...staticPackages(dir, 'scanWorker.mjs')]).not.toEqual(expect.arrayContaining(['linkedom']));
    expect([...staticPackages(dir, 'scanWorker.mjs')]).not.toEqual(expect.arrayContaining(['@mozilla/readability']));
    const lazy = /import\("\.\/([^"]+)"\)/.exec(readFileSync(join(dir, 'scanWorker.mjs'), 'utf8'))?.[1];
    expect(lazy).toMatch(/^htmlArticleText-/);
    expect([...staticPackages(dir, lazy!)]).toEqual(expect.arrayContaining(['linkedom', '@mozilla/readability']));
  });
});
