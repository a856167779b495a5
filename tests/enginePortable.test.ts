// @vitest-environment node
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The engine runs in the extension's background, where there is no `process`, `require` or Buffer: one stray
// Node global fails every scan in the browser while every Node test still passes.
describe('the engine as the extension bundles it', () => {
  it('uses no Node global', async () => {
    const result = await build({ entryPoints: ['utils/attribution/index.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
    const code = result.outputFiles[0]!.text;
    for (const global of ['process.', 'require(', 'Buffer.', '__dirname', 'globalThis.process']) expect(code, global).not.toContain(global);
  });
});
