import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, REPO_ROOT } from '../../../harness/paths';

const SOURCE_DIRS = ['entrypoints', 'components', 'utils', 'public'];

function newestSource(dir: string): number {
  if (!existsSync(dir)) return 0;
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name))
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
}

/**
 * Vitest global setup: the e2e tests run the production build (`npm test` builds first). A missing build stops the
 * run; a build older than the sources is tested with a warning, since what fails may already be fixed in the sources.
 */
export default function checkBuild(): void {
  const sources = Math.max(...SOURCE_DIRS.map((d) => newestSource(join(REPO_ROOT, d))), statSync(join(REPO_ROOT, 'wxt.config.ts')).mtimeMs);
  for (const dir of [CHROME_BUILD_DIR, FIREFOX_BUILD_DIR]) {
    const manifest = join(dir, 'manifest.json');
    if (!existsSync(manifest)) throw new Error(`No build in ${dir}: run \`npm run build\` before the e2e tests.`);
    if (statSync(manifest).mtimeMs < sources) {
      console.warn(`Warning: the build in ${dir} is older than the sources; run \`npm run build\` to test them.`);
    }
  }
}
