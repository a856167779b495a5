// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
