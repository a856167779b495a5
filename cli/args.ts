export interface ScanArgs {
  json: boolean;
  help: boolean;
  files: string[];
  /** An option the CLI does not know: reported instead of being taken for a file name. */
  unknown: string[];
}

export const USAGE = `usage: npm run --silent scan -- [--json] FILE...

Finds the attributed claims in news articles (.txt, or .html/.htm pages whose
article is extracted first) and lists them by category of source:
anonymous, official, named, document.

  --json      one JSON line per file: {"file", "attributions": [...]}, plus "text"
              (the extracted article text the offsets index) for HTML pages
  --help, -h  show this help

Exit code: 0 when every file was scanned, 1 when a file could not be read,
2 on bad usage.`;

export function parseScanArgs(argv: readonly string[]): ScanArgs {
  const args: ScanArgs = { json: false, help: false, files: [], unknown: [] };
  let optionsEnded = false;
  for (const arg of argv) {
    if (optionsEnded || !arg.startsWith('-') || arg === '-') args.files.push(arg);
    else if (arg === '--') optionsEnded = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else args.unknown.push(arg);
  }
  return args;
}
