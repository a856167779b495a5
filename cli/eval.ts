import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { exitQuietlyOnClosedPipe } from './closedPipe';
import { formatJsonLine } from './formatReport';
import { findGoldSets, SHARED_DIR, type GoldDoc } from './goldSets';
import { scannedText } from './htmlArticleText';
import { readTextFile } from './readTextFile';
import { scanRecord } from './scanRecord';

// Runs the engine on every labelled set and scores it with the shared scorer, exactly as
// `scan --json FILE... > pred.jsonl && node score.mjs --gold gold.json --pred pred.jsonl` would.
// Extra arguments (--errors N, --json) go to the scorer.
exitQuietlyOnClosedPipe();
// The scorer runs only when its own file URL equals argv[1], so a ../shared reached through a symlink would make
// it print nothing and exit 0: it is handed its real path.
const scorer = realpathSync(join(SHARED_DIR, 'eval', 'score.mjs'));
const passThrough = process.argv.slice(2);
const workDir = mkdtempSync(join(tmpdir(), 'sourcelight-eval-'));
let failed = false;
try {
  for (const set of findGoldSets(join(SHARED_DIR, 'corpus'))) {
    const docs = JSON.parse(readFileSync(set.goldPath, 'utf8')) as GoldDoc[];
    const lines: string[] = [];
    for (const doc of docs) {
      const path = resolve(dirname(set.goldPath), doc.text);
      const read = await readTextFile(path);
      if (!read.ok) {
        console.error(`eval: ${path}: ${read.reason}`);
        failed = true;
        continue;
      }
      lines.push(formatJsonLine(scanRecord(path, scannedText(path, read.text))));
    }
    const predPath = join(workDir, `${set.name}.jsonl`);
    writeFileSync(predPath, lines.map((line) => `${line}\n`).join(''));
    console.log(`\n== ${set.name} (${docs.length} ${docs.length === 1 ? 'article' : 'articles'}) ==`);
    const run = spawnSync(process.execPath, [scorer, '--gold', set.goldPath, '--pred', predPath, ...passThrough], {
      stdio: 'inherit',
    });
    if (run.status !== 0) failed = true;
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
