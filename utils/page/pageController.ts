import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { claimRows, type ClaimRow } from '../claimExport';
import type { PageState } from '../messages';
import type { Settings } from '../settings';
import { createClaimNavigation } from './claims/claimNavigation';
import { claimLabel, claimSummaries, countByCategory } from './claims/claimSummaries';
import { createClaimTooltip } from './claims/claimTooltip';
import { createPainter, settingsEffect } from './paint/painter';
import { pageSettled } from './scan/pageSettled';
import type { FindAttributions } from './scan/scanSteps';
import { createScanState, type ScanPhase } from './scan/scanState';
import { watchArticle } from './scan/watchArticle';
import { createScanPipeline, emptyPageScan } from './scanPipeline';

/**
 * The content script's context, WXT's `ctx`: the controller's timers and listeners go through it, and it ends them, and
 * takes every highlight off the page, when the context is invalidated.
 */
export type PageLifetime = Pick<
  ContentScriptContext,
  'addEventListener' | 'isInvalid' | 'onInvalidated' | 'requestIdleCallback' | 'setTimeout'
>;

export interface PageControllerDeps {
  doc: Document;
  lifetime: PageLifetime;
  /** The engine, which runs outside the page (in the background), so the page's main thread is free meanwhile. */
  findAttributions: FindAttributions;
  /** Called with the claims found, and how many anonymous, whenever they change (toggles do not); null: no article. */
  reportCount: (count: number | null, anonymous: number) => void;
}

export interface PageController {
  /** Waits for the page to settle, scans it, then keeps watching it for late content. */
  start(): Promise<void>;
  /** Looks again: repaints only if the article's text or our highlights changed. */
  rescan(): Promise<void>;
  applySettings(settings: Settings): Promise<void>;
  pageState(): Promise<PageState>;
  /** Every claim in full, one row each in the engine's order (a row's index is the claim's id), for an export. */
  claimRows(): Promise<ClaimRow[]>;
  revealClaim(id: number): boolean;
  stepClaim(direction: 1 | -1): number | null;
  /** Resolves once the highlighting in progress (painted in slices) is done. */
  idle(): Promise<void>;
  /** Rescans run since start, for tests and the benchmark. */
  readonly rescans: number;
  /** Where the scan stands (scan/scanState.ts). */
  readonly phase: ScanPhase;
}

/**
 * Everything the content script does on one page, put together: the scan pipeline (find the article, read it, ask
 * the engine, paint), the tooltip and the claim navigation, all reading one scan of the page, moved on by one state.
 */
export function createPageController(deps: PageControllerDeps, initialSettings: Settings): PageController {
  const { doc, lifetime } = deps;
  let settings = initialSettings;
  const current = () => settings;
  const page = emptyPageScan();
  const state = createScanState();
  let quietly = (write: () => void) => write();
  const painter = createPainter({
    doc,
    quietly: (write) => quietly(write),
    nodesChanged: () => {
      page.textFits = false;
    },
    describe: (claimId) => claimLabel(page.claims[claimId]),
  });
  const tooltip = createClaimTooltip(doc, lifetime, { page, painter, settings: current });
  const navigation = createClaimNavigation({ doc, lifetime, page, painter, settings: current, showTooltip: tooltip.show });
  const pipeline = createScanPipeline({
    doc,
    page,
    state,
    painter,
    tooltip,
    settings: current,
    findAttributions: deps.findAttributions,
    reportCount: deps.reportCount,
  });
  lifetime.onInvalidated(pipeline.stop);

  let latest: Promise<void> = Promise.resolve();
  let started: Promise<void> | null = null;
  let rescans = 0;
  // idle() waits for all work in flight, not only the latest: a paint asked for while a scan finds its claims leaves
  // the painting to that scan.
  const track = (work: Promise<void>): Promise<void> => {
    const settled = work.catch((error) => console.debug('Sourcelight: highlighting stopped', error));
    latest = Promise.all([latest, settled]).then(() => {});
    return settled;
  };

  async function rescan(): Promise<void> {
    if (lifetime.isInvalid) return;
    rescans += 1;
    await track(pipeline.rescan());
  }

  return {
    start() {
      started ??= track(
        (async () => {
          await pageSettled(doc.defaultView!, lifetime);
          if (lifetime.isInvalid) return;
          await pipeline.scan();
          // A context that ended during the scan would never end a watcher started now.
          if (lifetime.isInvalid) return;
          ({ quietly } = watchArticle(doc, lifetime, {
            article: () => page.article,
            changed: pipeline.pageChanged,
            settled: () => void rescan(),
          }));
        })(),
      );
      return started;
    },
    rescan,
    async applySettings(next) {
      const effect = settingsEffect(settings, next);
      settings = next;
      if (!page.article || lifetime.isInvalid) return;
      if (effect === 'repaint') await track(pipeline.repaint());
      // New colours: the stylesheet of the mode on screen is rewritten, nothing else.
      else if (effect === 'restyle' && painter.mode) painter.prepare(page.article, next);
    },
    async pageState() {
      await (started ?? Promise.resolve());
      const { article, text, claims } = page;
      return {
        status: article && text ? 'scanned' : 'no-article',
        counts: countByCategory(claims),
        claims: text ? claimSummaries(text.text, claims) : [],
      };
    },
    async claimRows() {
      await (started ?? Promise.resolve());
      const { text, claims, scannedAt } = page;
      if (!text || !scannedAt) return [];
      return claimRows(text.text, claims, { title: doc.title, url: doc.location?.href ?? '', scannedAt });
    },
    revealClaim: navigation.reveal,
    stepClaim: navigation.step,
    async idle() {
      let seen: Promise<void>;
      do {
        seen = latest;
        await seen;
      } while (seen !== latest);
    },
    get rescans() {
      return rescans;
    },
    get phase() {
      return state.phase;
    },
  };
}
