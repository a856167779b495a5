import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { readLines } from './jsonLines';
import { describeFsError, MAX_FILE_BYTES } from './readTextFile';
import type { ArticleFields, ArticleInput } from './scanJob';

/** An article to scan, or a problem with the input itself, each named by where it is (a path, or path:line). */
export type InputItem = { where: string; input: ArticleInput; bytes: number } | { where: string; problem: string; bytes: number };

/** What a directory walk picks up; a file named on the command line is scanned whatever its name. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.xhtml']);

/**
 * The files named, and the article files under the directories named, in a stable order (names sorted by code
 * point, so a run and its rerun list the same order on any machine). Symbolic links to directories are not
 * followed, so a link cycle cannot loop.
 */
export async function* fileInputs(paths: readonly string[], pattern: RegExp | null): AsyncGenerator<InputItem> {
  const file = (path: string): InputItem => ({ where: path, input: { kind: 'file', path, fields: nameFields(path, pattern) }, bytes: 0 });
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    // A path that is not there is the scan thread's to report, in the words it uses for any unreadable file.
    if (!info?.isDirectory()) {
      yield file(path);
      continue;
    }
    let found = 0;
    for await (const item of walk(path, file)) {
      found++;
      yield item;
    }
    // Most likely the wrong directory: say so rather than print nothing.
    if (found === 0) yield { where: path, problem: 'a directory with no .txt, .html or .htm file in it', bytes: 0 };
  }
}

async function* walk(dir: string, file: (path: string) => InputItem): AsyncGenerator<InputItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { where: dir, problem: `cannot read the directory (${describeFsError(error)})`, bytes: 0 };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path, file);
    else if ((entry.isFile() || entry.isSymbolicLink()) && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield file(path);
  }
}

/** The articles of JSON Lines files, '-' being standard input, line by line as they are read. */
export async function* jsonlInputs(paths: readonly string[], stdin: AsyncIterable<Uint8Array | string>): AsyncGenerator<InputItem> {
  for (const path of paths.length > 0 ? paths : ['-']) {
    const name = path === '-' ? 'stdin' : path;
    try {
      for await (const line of readLines(path === '-' ? stdin : createReadStream(path), MAX_FILE_BYTES)) {
        const where = `${name}:${line.number}`;
        if (line.text === null) yield { where, problem: line.problem!, bytes: line.bytes };
        else yield { where, input: { kind: 'line', line: line.text, where }, bytes: line.bytes };
      }
    } catch (error) {
      yield { where: name, problem: describeFsError(error), bytes: 0 };
    }
  }
}

/** How many articles and bytes the inputs hold, for a progress bar's total: file sizes, no file read. */
export async function measureInputs(paths: readonly string[], jsonl: boolean, pattern: RegExp | null): Promise<{ articles: number | null; bytes: number | null }> {
  if (jsonl) {
    if (paths.length === 0 || paths.includes('-')) return { articles: null, bytes: null };
    const sizes = await Promise.all(paths.map((path) => stat(path).then((s) => s.size, () => 0)));
    return { articles: null, bytes: sizes.reduce((a, b) => a + b, 0) };
  }
  let articles = 0;
  let bytes = 0;
  for await (const item of fileInputs(paths, pattern)) {
    if (!('input' in item) || item.input.kind !== 'file') continue;
    articles++;
    bytes += await stat(item.input.path).then((s) => s.size, () => 0);
  }
  return { articles, bytes };
}

/** The fields of a file named by the --name-fields pattern's named groups; none when it does not match. */
export function nameFields(path: string, pattern: RegExp | null): ArticleFields {
  const groups = pattern?.exec(basename(path))?.groups;
  return groups ? Object.fromEntries(Object.entries(groups).filter(([, value]) => value !== undefined)) : {};
}

/** The names of a pattern's named groups, in order: the columns a file's name fields fill. */
export function namedGroups(pattern: RegExp | null): string[] {
  return pattern ? [...pattern.source.matchAll(/\(\?<([^>=!]+)>/g)].map((m) => m[1]!) : [];
}
