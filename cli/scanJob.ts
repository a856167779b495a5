import type { SourcingProfile } from '../utils/claimExport/index';
import type { OutputFormat } from './args';

/** The fields an article carries through to the output: a JSON Lines record's own, or a file's name and name fields. */
export type ArticleFields = Record<string, unknown>;

/** One article to scan, as the main thread hands it to a scan thread: small, so it is cheap to send. */
export type ArticleInput =
  | { kind: 'file'; path: string; fields: ArticleFields }
  /** A line of JSON Lines, parsed where it is scanned. */
  | { kind: 'line'; line: string; where: string };

/** How every article is printed; the same for all scan threads of a run. */
export interface OutputConfig {
  format: OutputFormat;
  summary: boolean;
  groupBy: string | null;
  color: boolean;
  /** The article fields that csv and md print, after the claim or profile columns: fixed by the first article. */
  fieldColumns: string[];
}

export interface ScanJob {
  seq: number;
  input: ArticleInput;
}

export type ArticleResult =
  | {
      ok: true;
      /** What goes to stdout for the article: a report, a JSON line, rows. */
      out: string;
      /** Said on stderr, without failing the article. */
      note: string | null;
      /** With --group-by: the article's group and profile, which the main thread adds up. */
      group: { key: string | null; profile: SourcingProfile } | null;
      /** Fields of the article that csv or md has no column for. */
      unlistedFields: string[];
      bytes: number;
    }
  | { ok: false; reason: string; bytes: number };

export type JobResult = ArticleResult & { seq: number };
