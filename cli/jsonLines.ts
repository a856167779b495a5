import { formatMegabytes } from './readTextFile';

/** One line of a JSON Lines input: its text, or why it cannot be read. */
export interface InputLine {
  /** 1-based. */
  number: number;
  text: string | null;
  problem: string | null;
  /** Its size in the input, line break included. */
  bytes: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const NEWLINE = 0x0a;

/**
 * The non-blank lines of a byte stream, as they arrive. A line longer than `maxBytes` is skipped to its end without
 * being kept, so one huge line cannot fill memory; a line that is not UTF-8 is reported, and the next one read.
 */
export async function* readLines(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<InputLine> {
  let pieces: Uint8Array[] = [];
  let size = 0;
  let number = 0;
  const finish = (ended: boolean): InputLine | null => {
    number++;
    const long = size > maxBytes;
    const bytes = size + (ended ? 1 : 0);
    const kept = pieces;
    pieces = [];
    size = 0;
    if (long) return { number, text: null, problem: `line too long (${formatMegabytes(bytes)}, limit ${formatMegabytes(maxBytes)})`, bytes };
    let line: string;
    try {
      line = utf8.decode(Buffer.concat(kept));
    } catch {
      return { number, text: null, problem: 'not valid UTF-8 text', bytes };
    }
    // A BOM before the first line, and CRLF line ends, are common in files from Windows tools.
    if (number === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    return line.trim() === '' ? null : { number, text: line, problem: null, bytes };
  };
  for await (const chunk of source) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    while (start < buffer.length) {
      const newline = buffer.indexOf(NEWLINE, start);
      const end = newline === -1 ? buffer.length : newline;
      if (size + (end - start) <= maxBytes) pieces.push(buffer.subarray(start, end));
      else pieces = [];
      size += end - start;
      if (newline === -1) break;
      const line = finish(true);
      if (line) yield line;
      start = newline + 1;
    }
  }
  if (size > 0) {
    const line = finish(false);
    if (line) yield line;
  }
}
