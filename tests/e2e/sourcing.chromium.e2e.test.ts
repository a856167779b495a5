import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../../harness/chromium';
import { startPageServer, type PageServer } from '../../harness/server';
import { SHARED_PAGE_HOSTS } from '../../harness/sites';
import { sourcingProfile } from '../../utils/claimExport';
import type { ArticleProbe } from './support/articleProbe';
import type { EngineView } from './support/engineOracle';
import { driverFor, PopupPage } from './support/popupPage';
import { claimInView, lowestClaimId } from './support/claimPosition';
import { settledScan } from './support/settledScan';
import { waitFor } from './support/waitFor';

// The seed article's sourcing as the popup shows it (profile, Sources view) and takes it away (Markdown, CSV, JSON),
// against the engine run here in Node on the text the page's article holds.
const SEED = 'seed-article.html';

let server: PageServer;
let browser: ChromiumSession;
let page: Page;
let popupTab: Page;
let popup: PopupPage;
let probe: ArticleProbe;
let engine: EngineView;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Every claim of the engine in full, on one line: what each export must hold. */
const engineClaims = () => engine.attributions.map((a) => squash(probe.text.slice(a.claim.start, a.claim.end)));
const sorted = (values: string[]) => [...values].sort();
const clipboard = () => popupTab.evaluate(() => navigator.clipboard.readText());

async function downloaded(testId: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([popupTab.waitForEvent('download'), popup.press(testId)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchChromium({ server, viewport: { width: 1000, height: 500 } });
  page = await browser.open(server.url(SEED, SHARED_PAGE_HOSTS[SEED]));
  const tabId = await browser.tabId(page);
  await page.waitForFunction(() => performance.getEntriesByName('sourcelight:total').length > 0, null, { timeout: 15_000 });
  ({ probe, engine } = await settledScan(driverFor(page), () => browser.badgeText(tabId)));
  popupTab = await browser.openPopup(tabId);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  popup = new PopupPage(driverFor(popupTab));
  expect(await popup.settled()).toBe('page');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the sourcing profile on the seed article', () => {
  it('gives the number of claims, on the record against anonymous, and the distinct sources, as the counts have them', async () => {
    const counts = await popup.counts();
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const profile = await popup.profile();
    expect(profile.claims).toBe(total);
    expect(profile.claims).toBe(engine.attributions.length);
    expect(profile.anonymous).toBe(counts.anonymous);
    expect(profile.onRecord).toBe(counts.official + counts.named + counts.document);
    expect(profile.sources).toBe(sourcingProfile(engine.attributions).distinctSources);
    const percent = Math.round((profile.onRecord / total) * 100);
    expect(profile.text).toContain(`${percent}% on the record`);
    expect(profile.text).toContain(`${100 - percent}% anonymous`);
  });

  it('says the same in words on the toolbar button', async () => {
    const tabId = await browser.tabId(page);
    const title = await browser.worker.evaluate(
      (tabId) => (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }).chrome.action.getTitle({ tabId }),
      tabId,
    );
    expect(title).toBe(`Sourcelight: ${engine.attributions.length} claims, ${engine.counts.anonymous} from anonymous sources`);
  });
});

describe('the Sources view', () => {
  it('lists each source once with its claim count, every claim under exactly one source', async () => {
    const sources = await popup.sources();
    const names = sources.map((s) => s.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const source of sources) expect(source.count).toBe(source.ids.length);
    expect(sources.flatMap((s) => s.ids).sort((a, b) => a - b)).toEqual(engine.attributions.map((_, id) => id));
    expect(sources.filter((s) => s.name !== 'Source not named')).toHaveLength((await popup.profile()).sources);
  });

  it("keeps Peter Cook's claims together, however the article names him", async () => {
    const sources = await popup.sources();
    const cook = engine.attributions.flatMap((a, id) => (/Cook/.test(`${a.source?.text} ${a.resolvedSource}`) ? [id] : []));
    expect(cook.length).toBeGreaterThan(1);
    const rows = sources.filter((s) => s.ids.some((id) => cook.includes(id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toContain('Cook');
    expect(rows[0]!.ids).toEqual(cook);
  });

  it('jumps to a claim chosen under its source', async () => {
    const sources = await popup.sources();
    const lowest = await lowestClaimId(page);
    expect(sources.some((s) => s.ids.includes(lowest))).toBe(true);
    const inView = () => claimInView(page, lowest);
    await page.evaluate(() => scrollTo(0, 0));
    expect(await inView()).toBe(false);
    await popup.clickSourceClaim(lowest);
    await waitFor('the chosen claim to scroll into view', inView, 5_000);
  });
});

describe('taking the claims away', () => {
  it('copies every claim as a Markdown table', async () => {
    await popup.press('copy-markdown');
    await waitFor('the copy to be done', async () => (await popupTab.textContent('.note'))?.includes('Copied') ?? false, 5_000);
    const lines = (await clipboard()).trimEnd().split('\n');
    expect(lines[0]).toBe('| Category | Source | Cue | Claim | Entity | Page | URL | Scanned at |');
    expect(lines).toHaveLength(2 + engine.attributions.length);
    // Markdown escapes what it would render: undo that to compare the claims' text.
    const claims = lines.slice(2).map((line) => line.split(/(?<!\\)\|/)[4]!.trim().replace(/\\(.)/g, '$1'));
    expect(sorted(claims)).toEqual(sorted(engineClaims()));
  });

  it('downloads every claim as a CSV that parses, with the page, its URL and the scan date', async () => {
    const { name, text } = await downloaded('download-csv');
    expect(name).toMatch(/^sourcelight-www\.reuters\.com-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('category,source,cue,claim,')).toBe(true);
    const records = parse(text, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(engine.attributions.length);
    expect(sorted(records.map((r) => r.claim!))).toEqual(sorted(engineClaims()));
    expect(records.map((r) => r.category)).toEqual(engine.attributions.map((a) => a.category));
    expect(new Set(records.map((r) => r.url))).toEqual(new Set([page.url()]));
    expect(new Set(records.map((r) => r.title))).toEqual(new Set([await page.title()]));
    expect(Date.parse(records[0]!.scanned_at!)).toBeGreaterThan(Date.now() - 10 * 60_000);
  });

  it('downloads every claim as JSON, with the entity each source refers to', async () => {
    const { name, text } = await downloaded('download-json');
    expect(name.endsWith('.json')).toBe(true);
    const rows = JSON.parse(text) as Record<string, string | null>[];
    expect(rows.map((r) => r.claim)).toEqual(engineClaims());
    expect(rows.map((r) => r.entity)).toEqual(engine.attributions.map((a) => a.resolvedSource ?? a.source?.text ?? null));
  });

  it('copies a report of a claim the reader says is wrong, and sends nothing', async () => {
    const before = browser.requests.length;
    await popup.press('tab-claims');
    await popup.clickClaim(0);
    const [first] = await popup.claims();
    await popup.press('report-wrong');
    await waitFor('the report to be copied', async () => (await popupTab.textContent('.note'))?.includes('report') ?? false, 5_000);
    const report = JSON.parse(await clipboard()) as { sentence: string; we_said: { category: string } };
    expect(report.sentence).toBe(engineClaims()[first!.id]);
    expect(report.we_said.category).toBe(first!.category);
    expect(browser.requests.slice(before).filter((r) => r.url.startsWith('http'))).toEqual([]);
  });
});
