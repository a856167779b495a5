import type { Attribution } from '../attribution/types';
import type { Settings } from '../settings';
import { startTiming } from '../timing';
import { readArticleText, type ArticleText } from './article/articleText';
import { findArticle } from './article/findArticle';
import type { ClaimTooltip } from './claims/claimTooltip';
import type { Painter } from './paint/painter';
import { detectClaims, readArticle, type FindAttributions } from './scan/scanSteps';
import type { ScanState } from './scan/scanState';

/** What the content script holds of the page: the article, its text as last read, and the claims found in it. */
export interface PageScan {
  article: Element | null;
  text: ArticleText | null;
  /** Whether `text` still maps onto the page's text nodes: false once the page, or our marks, changed them. */
  textFits: boolean;
  claims: Attribution[];
  /** When the engine last answered for this page, as ISO 8601: the scan date an export gives. */
  scannedAt: string | null;
}

export const emptyPageScan = (): PageScan => ({ article: null, text: null, textFits: false, claims: [], scannedAt: null });

export interface PipelineDeps {
  doc: Document;
  page: PageScan;
  state: ScanState;
  painter: Painter;
  tooltip: Pick<ClaimTooltip, 'hide' | 'remove'>;
  settings(): Settings;
  findAttributions: FindAttributions;
  /** Called with the claims found, and how many anonymous, whenever they change (toggles do not); null: no article. */
  reportCount(count: number | null, anonymous: number): void;
}

export interface ScanPipeline {
  /** Finds the article, reads it, asks the engine for its claims and paints them. */
  scan(): Promise<void>;
  /** Looks again: scans only if the article's text or our highlights changed. */
  rescan(): Promise<void>;
  /** Paints the claims held with the settings of now; a scan reading or waiting for the engine paints them itself. */
  repaint(): Promise<void>;
  /** The page changed the article: a paint in progress stops, and the next paint reads the text again. */
  pageChanged(): void;
  /** The content script's context ended: nothing runs any more, and nothing of ours stays on the page. */
  stop(): void;
}

/** The steps of a scan and of a paint, moved on by the scan's state (scan/scanState.ts) so that newer work wins. */
export function createScanPipeline(deps: PipelineDeps): ScanPipeline {
  const { doc, page, state, painter, tooltip, settings } = deps;
  let reported: string | undefined;

  const report = () => {
    const count = page.article ? page.claims.length : null;
    const anonymous = page.claims.filter((a) => a.category === 'anonymous').length;
    const key = `${count}/${anonymous}`;
    if (key === reported) return;
    reported = key;
    deps.reportCount(count, anonymous);
  };
  const clearPaint = () => {
    painter.clear();
    tooltip.hide();
  };
  const turnOff = () => {
    painter.turnOff();
    tooltip.remove();
  };

  /**
   * Gets the text held to fit the page for `run`: reads it again when it no longer fits, and asks the engine again if
   * it changed. Returns the settings to paint with, or null when there is nothing to paint or newer work took over.
   */
  async function readyToPaint(run: number): Promise<Settings | null> {
    const isCurrent = () => state.isCurrent(run);
    for (;;) {
      const now = settings();
      if (!now.enabled || !page.article || !page.text) {
        state.takeOver('disable');
        turnOff();
        return null;
      }
      const root = page.article;
      // Leaving a mode clears it first: removing marks joins the nodes they split, so the read below must follow it.
      if (painter.mode !== painter.choose(root, now.highlightMode).mode) clearPaint();
      if (page.textFits) return now;
      const reread = await readArticle(root);
      if (!isCurrent()) return null;
      if (reread.text !== page.text.text) {
        if (!state.followOn(run, 'read')) return null;
        const found = await detectClaims(deps.findAttributions, reread.text, isCurrent);
        if (!found || !state.followOn(run, 'detected')) return null;
        page.claims = found;
        page.scannedAt = new Date().toISOString();
        report();
      }
      page.text = reread;
      page.textFits = true;
    }
  }

  async function paintRun(run: number): Promise<void> {
    const now = await readyToPaint(run);
    const done = now !== null && (await painter.paint(page.text!, page.claims, now, () => state.isCurrent(run)));
    if (done) state.followOn(run, 'painted');
  }

  async function scan(): Promise<void> {
    const stopTotal = startTiming('sourcelight:total');
    const found = findArticle(doc);
    const run = state.takeOver(found ? 'found' : 'lost');
    // Null once stopped: the content script's context ended.
    if (run === null) return;
    // Marks in the article stay for the paint to reconcile; an article given up (or replaced) loses them now.
    if (found !== page.article) clearPaint();
    if (!found) {
      Object.assign(page, { article: null, text: null, claims: [], scannedAt: null });
      report();
      turnOff();
      return;
    }
    page.article = found;
    const text = await readArticle(found);
    if (!state.followOn(run, 'read')) return;
    page.text = text;
    // A change while the engine runs makes the paint read again.
    page.textFits = true;
    // The engine's answer comes in a task of its own: reading and painting never hold up the page together.
    const finding = detectClaims(deps.findAttributions, text.text, () => state.isCurrent(run));
    // While the engine works elsewhere, the main thread gets the paint's set-up out of the way.
    if (settings().enabled) painter.prepare(found, settings());
    const claims = await finding;
    if (!claims || !state.followOn(run, 'detected')) return;
    page.claims = claims;
    page.scannedAt = new Date().toISOString();
    await paintRun(run);
    // After the paint: the badge and the marks then appear together, and the count message does not delay them.
    report();
    stopTotal();
  }

  return {
    scan,
    async rescan() {
      const { article, text } = page;
      if (article?.isConnected && text && readArticleText(article).text === text.text && painter.intact()) return;
      await scan();
    },
    async repaint() {
      if (!settings().enabled || !page.article || !page.text) {
        // Ignored while a scan reads or waits for the engine: it finds highlights off when its claims come.
        state.takeOver('disable');
        turnOff();
        return;
      }
      const run = state.takeOver('repaint');
      if (run !== null) await paintRun(run);
    },
    pageChanged() {
      page.textFits = false;
      state.takeOver('changed');
    },
    stop() {
      state.stop();
      turnOff();
    },
  };
}
