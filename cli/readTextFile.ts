import { readFile, stat } from 'node:fs/promises';

/** Above this a file is refused before it is read: news articles are a few hundred kB at most. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

// ignoreBOM keeps a leading U+FEFF in the text, as readFileSync(path, 'utf8') does,
// so offsets agree with what the scorer and other Node tools read.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads a UTF-8 text file, or says in a few words why it cannot be scanned. */
export async function readTextFile(path: string): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (!info.isFile()) return { ok: false, reason: 'is not a regular file' };
    size = info.size;
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  if (size > MAX_FILE_BYTES) {
    return { ok: false, reason: `too large (${formatMegabytes(size)}, limit ${formatMegabytes(MAX_FILE_BYTES)})` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  return decodeText(bytes);
}

function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  // UTF-16 text is full of NUL bytes too: name it, so the fix (convert to UTF-8) is obvious.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'UTF-16 text, not UTF-8 (convert it, e.g. iconv -f utf-16 -t utf-8)' };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text (convert it, e.g. iconv -f latin1 -t utf-8)' };
  }
  const problem = textProblem(text);
  return problem ? { ok: false, reason: problem } : { ok: true, text };
}

/** Why a decoded text (a file's, or a JSON Lines article's) is not one to scan, or null when it is. */
export function textProblem(text: string): string | null {
  if (text === '') return 'empty text';
  if (text.trim() === '') return 'no text (only whitespace)';
  if (text.includes('\0')) return 'binary data (contains NUL characters), not text';
  if (controlShare(text) > MAX_CONTROL_SHARE) return 'binary data (mostly control characters), not text';
  return null;
}

/** Text has tabs and line breaks, hardly any other control character; binary data decoded as UTF-8 has many. */
const MAX_CONTROL_SHARE = 0.1;
const CONTROL = /[\u0001-\u0008\u000e-\u001f\u007f]/g;

function controlShare(text: string): number {
  const sample = text.slice(0, 65_536);
  return (sample.match(CONTROL)?.length ?? 0) / sample.length;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot read (${code ?? String(error)})`;
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
