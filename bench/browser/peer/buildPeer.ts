import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Peer } from '../pageFigures';

/** Where the peer runs: a host off our news list, so each page load has exactly one of the two extensions on it. */
export const PEER_HOST = 'news.peer.test';

/** Chrome's id for an unpacked extension: the SHA-256 of its directory's path, the first 32 hex digits as a to p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Builds the peer keyword highlighter (peerContent.ts) as an unpacked MV3 extension in a new temporary directory, to
 * load beside ours (`launchChromium({ otherExtensionDirs: [peer.dir] })`).
 */
export function buildPeer(): Peer & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-peer-'));
  buildSync({
    entryPoints: [fileURLToPath(new URL('./peerContent.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    outfile: join(dir, 'content.js'),
  });
  const manifest = {
    manifest_version: 3,
    name: 'Peer keyword highlighter (bench)',
    version: '1.0',
    content_scripts: [{ matches: [`*://${PEER_HOST}/*`], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { dir, host: PEER_HOST, scriptUrl: `chrome-extension://${unpackedId(dir)}/content.js`, prefix: 'peer:' };
}
