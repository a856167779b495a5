// The CLI compiled to plain JavaScript, for the bin: a scan thread started through tsx first resolves and loads
// some 70 TypeScript modules through its loader (on a busy machine 1.2-2.8 s to its first answer, against 0.7-1.1 s
// compiled), and every thread pays it again. esbuild bundles the CLI and its scan thread once; the bundle is kept
// under node_modules/.cache, named by a hash of its sources, and rebuilt (about 0.2 s) whenever a source changes,
// so a checkout still runs its own current code with no build step to forget.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';

/** Builds for sources no longer current are removed this long after they were made (a run may still use one). */
const STALE_BUILD_MS = 24 * 60 * 60 * 1000;

/**
 * The compiled CLI's entry, `scan.mjs` (its scan thread `scanWorker.mjs` beside it), built first if a source of
 * it changed since the last build. `repo` holds `cli/scan.ts` and `cli/scanWorker.ts`.
 */
export async function compiledCli(repo = resolve(import.meta.dirname, '..')) {
  const cache = join(repo, 'node_modules', '.cache', 'sourcelight-scan');
  const listed = readInputs(cache);
  const current = listed && keyOf(repo, listed);
  if (current && existsSync(join(cache, current, 'scan.mjs'))) return join(cache, current, 'scan.mjs');
  return join(await compile(repo, cache), 'scan.mjs');
}

/** The source files of the last build, relative to the repository: what a rebuild is decided on. */
const inputsFile = (cache) => join(cache, 'inputs.json');

function readInputs(cache) {
  try {
    return JSON.parse(readFileSync(inputsFile(cache), 'utf8'));
  } catch {
    return null;
  }
}

/** A hash of every source the bundle is made of, this file and the esbuild release; null when one is gone. */
function keyOf(repo, inputs) {
  // esbuild's own package file, not the package: loading it would cost a run that builds nothing 0.1 s.
  const esbuild = readFileSync(createRequire(import.meta.url).resolve('esbuild/package.json'));
  const hash = createHash('sha256').update(esbuild).update(readFileSync(import.meta.filename));
  for (const input of inputs) {
    try {
      hash.update(`\n${input}\n`).update(readFileSync(join(repo, input)));
    } catch {
      return null;
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds into a directory of its own, then renames it into place, so runs started together (GNU parallel) never
 * load a half-written bundle: whichever rename comes second finds the same build there.
 */
async function compile(repo, cache) {
  mkdirSync(cache, { recursive: true });
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: { scan: join(repo, 'cli', 'scan.ts'), scanWorker: join(repo, 'cli', 'scanWorker.ts') },
    bundle: true,
    // The scan thread and the lazily loaded HTML reader are chunks of their own, shared with the main thread.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // Dependencies load from node_modules as they do under tsx.
    packages: 'external',
    absWorkingDir: repo,
    outdir: cache,
    outExtension: { '.js': '.mjs' },
    write: false,
    metafile: true,
    logLevel: 'error',
    plugins: [sourceDirname],
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  const key = keyOf(repo, inputs);
  const dir = join(cache, key);
  if (!existsSync(dir)) {
    const scratch = join(cache, `.build-${process.pid}-${Date.now()}`);
    mkdirSync(scratch);
    for (const file of result.outputFiles) writeFileSync(join(scratch, relative(cache, file.path)), file.contents);
    try {
      renameSync(scratch, dir);
    } catch {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  const listing = `${inputsFile(cache)}.${process.pid}`;
  writeFileSync(listing, JSON.stringify(inputs));
  renameSync(listing, inputsFile(cache));
  pruneOldBuilds(cache, key);
  return dir;
}

/**
 * `import.meta.dirname` in a source file is the folder the source is in (where engineModels finds `public/`), in
 * the bundle as under tsx; `import.meta.url` stays the running module's, so a thread's entry is found beside it.
 */
const sourceDirname = {
  name: 'source-dirname',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      return { contents: source.replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path))), loader: 'ts' };
    });
  },
};

function pruneOldBuilds(cache, keep) {
  for (const entry of readdirSync(cache, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === keep) continue;
    const path = join(cache, entry.name);
    if (Date.now() - statSync(path).mtimeMs > STALE_BUILD_MS) rmSync(path, { recursive: true, force: true });
  }
}
