import { parseScanArgs, USAGE } from './args';
import { formatHuman, formatJsonLine } from './formatReport';
import { readTextFile } from './readTextFile';
import { scannedText, scanRecord, type ScanRecord } from './scanRecord';

export interface ScanIO {
  out: (chunk: string) => void;
  err: (chunk: string) => void;
  color: boolean;
}

type FileScan = { ok: true; record: ScanRecord; text: string } | { ok: false; reason: string };

/** The scan command: returns the exit code. A file that fails is reported and the others still scanned. */
export async function runScan(argv: readonly string[], io: ScanIO): Promise<number> {
  const args = parseScanArgs(argv);
  if (args.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (args.unknown.length > 0) {
    io.err(`scan: unknown option ${args.unknown.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  if (args.files.length === 0) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  let failed = 0;
  let reported = 0;
  for (const file of args.files) {
    const scan = await scanFile(file);
    if (!scan.ok) {
      io.err(`scan: ${file}: ${scan.reason}\n`);
      failed++;
    } else if (args.json) {
      io.out(`${formatJsonLine(scan.record)}\n`);
    } else {
      io.out(`${reported++ > 0 ? '\n' : ''}${formatHuman(scan.record, scan.text, io.color)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

async function scanFile(file: string): Promise<FileScan> {
  const read = await readTextFile(file);
  if (!read.ok) return read;
  try {
    const text = scannedText(file, read.text);
    if (text.trim() === '') return { ok: false, reason: 'no article text found in the page' };
    return { ok: true, record: scanRecord(file, text), text };
  } catch (error) {
    // A page that breaks the HTML parser or a bug in the engine costs this file, not the whole run.
    return { ok: false, reason: `could not be scanned (${error instanceof Error ? error.message : String(error)})` };
  }
}
