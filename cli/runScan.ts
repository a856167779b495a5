import { parseScanArgs, USAGE } from './args';
import { formatHuman, formatJsonLine } from './formatReport';
import { readTextFile } from './readTextFile';
import { scannedText, scanRecord } from './scanRecord';

export interface ScanIO {
  out: (chunk: string) => void;
  err: (chunk: string) => void;
  color: boolean;
}

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
  let first = true;
  for (const file of args.files) {
    const read = await readTextFile(file);
    if (!read.ok) {
      io.err(`scan: ${file}: ${read.reason}\n`);
      failed++;
      continue;
    }
    let text: string;
    let record;
    try {
      text = scannedText(file, read.text);
      if (text.trim() === '') {
        io.err(`scan: ${file}: no article text found in the page\n`);
        failed++;
        continue;
      }
      record = scanRecord(file, text);
    } catch (error) {
      io.err(`scan: ${file}: could not be scanned (${error instanceof Error ? error.message : String(error)})\n`);
      failed++;
      continue;
    }
    if (args.json) io.out(`${formatJsonLine(record)}\n`);
    else {
      io.out(`${first ? '' : '\n'}${formatHuman(record, text, io.color)}\n`);
      first = false;
    }
  }
  return failed > 0 ? 1 : 0;
}
