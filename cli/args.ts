import { availableParallelism } from 'node:os';

export type OutputFormat = 'human' | 'json' | 'csv' | 'md';
const FORMATS: readonly OutputFormat[] = ['human', 'json', 'csv', 'md'];

export interface ScanArgs {
  format: OutputFormat;
  /** Inputs are JSON Lines files ('-' for standard input), one article per line. */
  jsonl: boolean;
  workers: number;
  summary: boolean;
  groupBy: string | null;
  /** Named groups of this pattern, matched on a file's name, become the article's fields (e.g. outlet). */
  nameFields: RegExp | null;
  quiet: boolean;
  help: boolean;
  /** Files, directories, or with --jsonl JSON Lines files. */
  paths: string[];
  /** What is wrong with the command line, one message each; the command does nothing when there is any. */
  problems: string[];
}

export const USAGE = `usage: sourcelight-scan [options] FILE|DIR...
       sourcelight-scan --jsonl [options] [FILE.jsonl|-]...
       (from a clone: npx sourcelight-scan, or npm run --silent scan -- ...)

Finds the attributed claims in news articles and lists them by category of source:
anonymous, official, named, document. Reads .txt files, .html/.htm pages (whose article
is found first), directories of them (recursively), or JSON Lines: one article a line,
{"text": ...} or {"html": ...}, with any other fields (id, url, outlet, date), which pass
through to the output. Results come out one article at a time, in input order.

  --format F          human (default), json (one line per article: its fields, the
                      attributions with offsets, and "text" for HTML), csv or md (one row per
                      claim: category,source,cue,claim,entity,title,url,scanned_at, then the
                      article's fields)
  --json              the same as --format json
  --jsonl             read JSON Lines from the files given, or from standard input
  --summary           one row per article instead: claims per category, share anonymous,
                      distinct sources (csv unless --format json or md)
  --group-by FIELD    one row per value of FIELD instead (e.g. outlet), after the run
  --name-fields RE    fields from file names, by RE's named groups, matched on the base name:
                      --name-fields '^(?<outlet>[a-z-]+)_(?<date>[0-9-]+)_'
  --workers N         threads scanning at once (default: the number of CPUs, ${availableParallelism()} here)
  --quiet, -q         no progress on stderr
  --help, -h          show this help

Errors in an article (unreadable, empty, binary, bad JSON) go to stderr with the file or the
line number; the others are still scanned. Exit code: 0 when every article was scanned,
1 when any failed, 2 on bad usage.`;

/** The options that take a value, as `--name value` or `--name=value`. */
const WITH_VALUE = new Set(['--format', '--workers', '--group-by', '--name-fields']);
const MAX_WORKERS = 256;

export function parseScanArgs(argv: readonly string[]): ScanArgs {
  const args: ScanArgs = {
    format: 'human',
    jsonl: false,
    workers: availableParallelism(),
    summary: false,
    groupBy: null,
    nameFields: null,
    quiet: false,
    help: false,
    paths: [],
    problems: [],
  };
  let format: string | null = null;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      args.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    let value: string | undefined;
    if (WITH_VALUE.has(name)) {
      value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) {
        args.problems.push(`${name} needs a value`);
        continue;
      }
    } else if (name !== arg) {
      args.problems.push(`${name} takes no value`);
      continue;
    }
    switch (name) {
      case '--':
        optionsEnded = true;
        break;
      case '--json':
        format = 'json';
        break;
      case '--format':
        format = value!;
        break;
      case '--jsonl':
        args.jsonl = true;
        break;
      case '--summary':
        args.summary = true;
        break;
      case '--group-by':
        args.groupBy = value!;
        break;
      case '--workers':
        args.workers = parseWorkers(value!, args.problems);
        break;
      case '--name-fields':
        args.nameFields = parseNamePattern(value!, args.problems);
        break;
      case '--quiet':
      case '-q':
        args.quiet = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        args.problems.push(`unknown option ${arg}`);
    }
  }
  if (format !== null) {
    if ((FORMATS as readonly string[]).includes(format)) args.format = format as OutputFormat;
    else args.problems.push(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  }
  const tabular = args.summary || args.groupBy !== null;
  // A table of profiles has no human report: its default is CSV, like the claim rows'.
  if (tabular && format === null) args.format = 'csv';
  else if (tabular && args.format === 'human') args.problems.push('--summary and --group-by print csv, json or md');
  if (!args.jsonl && args.paths.includes('-')) args.problems.push('reading standard input needs --jsonl');
  if (!args.help && !args.jsonl && args.paths.length === 0) args.problems.push('no file or directory given');
  return args;
}

function parseWorkers(value: string, problems: string[]): number {
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1 && n <= MAX_WORKERS) return n;
  problems.push(`--workers must be a whole number from 1 to ${MAX_WORKERS}, not "${value}"`);
  return 1;
}

function parseNamePattern(value: string, problems: string[]): RegExp | null {
  let pattern: RegExp;
  try {
    pattern = new RegExp(value);
  } catch (error) {
    problems.push(`--name-fields is not a regular expression (${(error as Error).message})`);
    return null;
  }
  if (!/\(\?<[^>=!]+>/.test(value)) {
    problems.push('--name-fields needs a named group, such as (?<outlet>[a-z]+)');
    return null;
  }
  return pattern;
}
