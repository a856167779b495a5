import { claimRowCells, claimRows, csvRecord, markdownRow, profileCells, profileRecord, sourcingProfile, type SourcingProfile } from '../utils/claimExport/index';
import { formatHuman, formatJsonLine } from './formatReport';
import type { HtmlArticle } from './htmlArticleText';
import { readTextFile, textProblem } from './readTextFile';
import type { ArticleFields, ArticleInput, ArticleResult, OutputConfig } from './scanJob';
import { isHtmlPath, recordAttributions, type RecordAttribution } from './scanRecord';

/** An article read and ready to scan, from a file or a line of JSON Lines. */
interface Article {
  /** Names the article in a human report. */
  label: string;
  fields: ArticleFields;
  /** The text the engine scans and its offsets index. */
  text: string;
  /** Whether the text was extracted from HTML, so that --format json gives it. */
  fromHtml: boolean;
  title: string;
  url: string;
  note: string | null;
  bytes: number;
}

type Loaded = { ok: true; article: Article } | { ok: false; reason: string; bytes: number };

/** The fields of a JSON Lines record that hold the article, not data to pass through. */
const CONTENT_FIELDS = new Set(['text', 'html']);

// linkedom and Readability load only when the first HTML article comes: a run over plain text never pays for them.
let htmlReader: Promise<(html: string) => HtmlArticle> | null = null;
const readHtml = async (html: string) => (await (htmlReader ??= import('./htmlArticleText').then((m) => m.htmlArticle)))(html);

/** Reads, scans and formats one article. Never throws: whatever goes wrong costs this article only. */
export async function scanArticle(input: ArticleInput, config: OutputConfig): Promise<ArticleResult> {
  let bytes = input.kind === 'line' ? Buffer.byteLength(input.line) : 0;
  try {
    const loaded = input.kind === 'file' ? await loadFile(input.path, input.fields) : await loadLine(input.line, input.where);
    bytes = loaded.ok ? loaded.article.bytes : loaded.bytes;
    if (!loaded.ok) return loaded;
    const { article } = loaded;
    const attributions = recordAttributions(article.text);
    return { ok: true, ...formatArticle(article, attributions, config), note: article.note, bytes };
  } catch (error) {
    // A page that breaks the HTML parser, or a bug in the engine.
    return { ok: false, reason: `could not be scanned (${error instanceof Error ? error.message : String(error)})`, bytes };
  }
}

async function loadFile(path: string, fields: ArticleFields): Promise<Loaded> {
  const read = await readTextFile(path);
  if (!read.ok) return { ...read, bytes: 0 };
  const bytes = Buffer.byteLength(read.text);
  const base = { label: path, fields: { file: path, ...fields }, url: '', bytes };
  if (!isHtmlPath(path)) return { ok: true, article: { ...base, text: read.text, fromHtml: false, title: '', note: null } };
  return fromHtml(await readHtml(read.text), base);
}

async function loadLine(line: string, where: string): Promise<Loaded> {
  const bytes = Buffer.byteLength(line);
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})`, bytes };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { ok: false, reason: 'not a JSON object', bytes };
  const fields: ArticleFields = {};
  for (const [key, value] of Object.entries(record)) if (!CONTENT_FIELDS.has(key)) fields[key] = value;
  const { text, html } = record as { text?: unknown; html?: unknown };
  // A record with both is taken by its text: whoever extracted it knew the page better than a guess at its article.
  const content = typeof text === 'string' ? text : typeof html === 'string' ? html : null;
  if (content === null) return { ok: false, reason: 'no "text" or "html" string in the record', bytes };
  const problem = textProblem(content);
  if (problem) return { ok: false, reason: problem, bytes };
  const id = fields.id;
  const base = {
    label: typeof id === 'string' || typeof id === 'number' ? `${where} (id ${id})` : where,
    fields,
    url: typeof fields.url === 'string' ? fields.url : '',
    bytes,
  };
  const title = typeof fields.title === 'string' ? fields.title : '';
  if (typeof text === 'string') return { ok: true, article: { ...base, text, fromHtml: false, title, note: null } };
  const loaded = fromHtml(await readHtml(content), base);
  if (loaded.ok && title) loaded.article.title = title;
  return loaded;
}

function fromHtml(page: HtmlArticle, base: Omit<Article, 'text' | 'fromHtml' | 'title' | 'note'>): Loaded {
  if (page.text.trim() === '') return { ok: false, reason: 'no article text found in the page', bytes: base.bytes };
  return { ok: true, article: { ...base, text: page.text, fromHtml: true, title: page.title, note: page.note } };
}

type Formatted = Pick<Extract<ArticleResult, { ok: true }>, 'out' | 'group' | 'unlistedFields'>;

function formatArticle(article: Article, attributions: RecordAttribution[], config: OutputConfig): Formatted {
  if (config.groupBy !== null) {
    const key = article.fields[config.groupBy];
    return { out: '', group: { key: key === undefined || key === null ? null : cellOf(key), profile: sourcingProfile(attributions) }, unlistedFields: [] };
  }
  if (config.summary) return formatProfile(article, sourcingProfile(attributions), config);
  if (config.format === 'human') return plain(`${formatHuman(article.label, attributions, article.text, config.color)}\n`);
  if (config.format === 'json') {
    const { fields, text } = article;
    return plain(`${formatJsonLine(article.fromHtml ? { ...fields, attributions, text } : { ...fields, attributions })}\n`);
  }
  const page = { title: article.title, url: article.url, scannedAt: new Date().toISOString() };
  const fieldCells = config.fieldColumns.map((column) => cellOf(article.fields[column]));
  const row = config.format === 'csv' ? csvRecord : markdownRow;
  const out = claimRows(article.text, attributions, page)
    .map((claim) => row([...claimRowCells(claim), ...fieldCells]))
    .join('');
  // Title and URL have claim columns of their own.
  return { out, group: null, unlistedFields: unlisted(article.fields, [...config.fieldColumns, 'title', 'url']) };
}

function formatProfile(article: Article, profile: SourcingProfile, config: OutputConfig): Formatted {
  if (config.format === 'json') return plain(`${JSON.stringify({ ...article.fields, ...profileRecord(profile) })}\n`);
  const cells = [...config.fieldColumns.map((column) => cellOf(article.fields[column])), ...profileCells(profile)];
  return { out: config.format === 'md' ? markdownRow(cells) : csvRecord(cells), group: null, unlistedFields: unlisted(article.fields, config.fieldColumns) };
}

const plain = (out: string): Formatted => ({ out, group: null, unlistedFields: [] });

const unlisted = (fields: ArticleFields, columns: string[]) => Object.keys(fields).filter((key) => !columns.includes(key));

/** A field's value as a table cell: strings as they are, other JSON values as JSON, a missing field empty. */
function cellOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
