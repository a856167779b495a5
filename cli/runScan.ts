import { addProfiles, CLAIM_COLUMNS, csvRecord, emptyProfile, markdownHeader, markdownRow, PROFILE_COLUMNS, profileCells, profileRecord, type SourcingProfile } from '../utils/claimExport/index';
import { parseScanArgs, USAGE, type ScanArgs } from './args';
import { fileInputs, jsonlInputs, measureInputs, namedGroups, type InputItem } from './articleInputs';
import { printable } from './formatReport';
import { createProgress, type ProgressMode } from './progress';
import { scanInOrder } from './scanInOrder';
import type { OutputConfig } from './scanJob';

export interface ScanIO {
  /** Writes to stdout; may return a promise while the reader is behind, which the scan waits for instead of buffering. */
  out: (chunk: string) => unknown;
  err: (chunk: string) => void;
  color: boolean;
  stdin?: AsyncIterable<Uint8Array | string>;
  /** A bar for a terminal, plain lines for a log; none by default. */
  progress?: ProgressMode;
  progressStream?: NodeJS.WritableStream;
}

/** Articles read and not yet printed, per thread: enough to keep each busy between two of its answers. */
const PENDING_PER_WORKER = 8;
const MAX_PENDING_BYTES = 16 * 1024 * 1024;

/** The scan command: returns the exit code. An article that fails is reported, and the others still scanned. */
export async function runScan(argv: readonly string[], io: ScanIO): Promise<number> {
  const args = parseScanArgs(argv);
  if (args.help) {
    await io.out(`${USAGE}\n`);
    return 0;
  }
  if (args.problems.length > 0) {
    io.err(`${args.problems.map((problem) => `scan: ${problem}\n`).join('')}${USAGE.split('\n', 2).join('\n')}\n(--help lists the options)\n`);
    return 2;
  }

  let items: AsyncIterable<InputItem> = args.jsonl ? jsonlInputs(args.paths, io.stdin ?? process.stdin) : fileInputs(args.paths, args.nameFields);
  let fieldColumns: string[] = [];
  if (args.jsonl && args.groupBy === null && (args.format === 'csv' || args.format === 'md')) {
    const peeked = await peekFields(items);
    items = peeked.items;
    // Title and URL have claim columns of their own.
    fieldColumns = peeked.fields.filter((field) => args.summary || (field !== 'title' && field !== 'url'));
  } else if (!args.jsonl) {
    fieldColumns = ['file', ...namedGroups(args.nameFields)];
  }
  const config: OutputConfig = { format: args.format, summary: args.summary, groupBy: args.groupBy, color: io.color, fieldColumns };

  const progress = createProgress(args.quiet ? 'none' : (io.progress ?? 'none'), io.err, io.progressStream);
  if (!args.quiet && io.progress && io.progress !== 'none') {
    // Measured beside the scan, so a large tree starts scanning at once.
    void measureInputs(args.paths, args.jsonl, args.nameFields).then((total) => progress.setTotal(total), () => {});
  }

  const header = headerOf(args, fieldColumns);
  if (header) await io.out(header);
  let failed = 0;
  let reports = 0;
  const warned = new Set<string>();
  const groups = new Map<string | null, { articles: number; profile: SourcingProfile }>();
  try {
    await scanInOrder(
      items,
      { workers: args.workers, config, maxPending: args.workers * PENDING_PER_WORKER, maxPendingBytes: MAX_PENDING_BYTES },
      async ({ where: rawWhere, result }) => {
        // A file name can hold escape sequences too: none reaches the terminal.
        const where = printable(rawWhere);
        progress.advance(result.bytes, !result.ok);
        if (!result.ok) {
          failed++;
          progress.log(`scan: ${where}: ${result.reason}\n`);
          return;
        }
        if (result.note) progress.log(`scan: ${where}: ${result.note}\n`);
        for (const field of result.unlistedFields) {
          if (warned.has(field)) continue;
          warned.add(field);
          progress.log(`scan: ${where}: field "${field}" is not among the columns, which are the first article's fields: left out\n`);
        }
        if (result.group) {
          const group = groups.get(result.group.key) ?? { articles: 0, profile: emptyProfile() };
          groups.set(result.group.key, { articles: group.articles + 1, profile: addProfiles(group.profile, result.group.profile) });
        } else if (result.out) {
          // Human reports are separated by a blank line.
          await io.out(args.format === 'human' && reports++ > 0 ? `\n${result.out}` : result.out);
        }
      },
    );
  } catch (error) {
    progress.stop();
    io.err(`scan: ${(error as Error).message}\n`);
    return 1;
  }
  progress.stop();
  if (args.groupBy !== null) await io.out(groupTable(args, groups));
  return failed > 0 ? 1 : 0;
}

/** The first line of a table: claim columns, or a summary's field and profile columns; none for reports and JSON. */
function headerOf(args: ScanArgs, fieldColumns: string[]): string | null {
  if (args.groupBy !== null || args.format === 'json' || args.format === 'human') return null;
  if (args.summary) {
    const columns = [...fieldColumns, ...PROFILE_COLUMNS];
    return args.format === 'md' ? markdownHeader(columns) : csvRecord(columns);
  }
  return args.format === 'md'
    ? markdownHeader([...CLAIM_COLUMNS.map((c) => c.label), ...fieldColumns])
    : csvRecord([...CLAIM_COLUMNS.map((c) => c.key), ...fieldColumns]);
}

/** One row per group, sorted by its value, the articles without the field last. */
function groupTable(args: ScanArgs, groups: Map<string | null, { articles: number; profile: SourcingProfile }>): string {
  const field = args.groupBy!;
  const rows = [...groups].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  if (args.format === 'json') {
    return rows.map(([key, { articles, profile }]) => `${JSON.stringify({ [field]: key, articles, ...profileRecord(profile) })}\n`).join('');
  }
  const columns = [field, 'articles', ...PROFILE_COLUMNS];
  const cells = rows.map(([key, { articles, profile }]) => [key ?? '', String(articles), ...profileCells(profile)]);
  return args.format === 'md'
    ? markdownHeader(columns) + cells.map((row) => markdownRow(row)).join('')
    : csvRecord(columns) + cells.map((row) => csvRecord(row)).join('');
}

/**
 * The fields of the first JSON Lines record that parses, which become the csv or md columns: a table's header
 * comes before any article is scanned. The lines read to find it are scanned all the same.
 */
async function peekFields(items: AsyncIterable<InputItem>): Promise<{ fields: string[]; items: AsyncIterable<InputItem> }> {
  const iterator = items[Symbol.asyncIterator]();
  const read: InputItem[] = [];
  let fields: string[] | null = null;
  while (fields === null) {
    const next = await iterator.next();
    if (next.done) break;
    read.push(next.value);
    if (!('input' in next.value) || next.value.input.kind !== 'line') continue;
    try {
      const record: unknown = JSON.parse(next.value.input.line);
      if (typeof record === 'object' && record !== null && !Array.isArray(record)) fields = Object.keys(record).filter((key) => key !== 'text' && key !== 'html');
    } catch {
      // Reported when it is scanned.
    }
  }
  async function* replay(): AsyncGenerator<InputItem> {
    yield* read;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { fields: fields ?? [], items: replay() };
}
