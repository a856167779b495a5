import type { Attribution } from '../attribution/types';
import type { PageState } from '../messages';
import type { Settings } from '../settings';
import { readArticleText, readingSteps, type ArticleText } from './articleText';
import { paintedExtent } from './highlightParts';
import { claimSummaries, countByCategory, stepClaimId } from './claimSummaries';
import { findArticle } from './findArticle';
import { choosePaintMode, type PaintMode } from './frameworkOwner';
import { clearHighlights, FLASH_HIGHLIGHT, nativeHighlights, paintHighlights, partRanges } from './highlightApi';
import { applyMarks, byMarkContext, keepMatchingMarks, removeMarks } from './highlightMarks';
import { highlightParts, type HighlightPart } from './highlightParts';
import { CATEGORY_LABELS } from '../categoryStyle';
import { highlightScope, installStyle, removeStyle } from './highlightStyle';
import { toMarkPieces } from './markPieces';
import { MARK_CLASS } from './pageZones';
import { startTiming } from '../timing';
import { createTooltip, type Tooltip } from './tooltip';
import { watchArticle } from './watchArticle';
import { finishInSlices, nextTask, runInSlices, SLICE_MS } from './yieldingLoop';
import { attachTooltipEvents } from './tooltipEvents';

export interface PageControllerDeps {
  doc: Document;
  /** The engine, which runs outside the page (in the background), so the page's main thread is free meanwhile. */
  findAttributions: (text: string) => Promise<Attribution[]>;
  /** Called with the number of claims found whenever it changes (toggles do not change it). */
  reportCount: (count: number) => void;
}

export interface PageController {
  /** Waits for the page to settle, scans it, then keeps watching it for late content. */
  start(): Promise<void>;
  /** Looks again: repaints only if the article's text or our highlights changed. */
  rescan(): Promise<void>;
  applySettings(settings: Settings): Promise<void>;
  pageState(): Promise<PageState>;
  revealClaim(id: number): boolean;
  stepClaim(direction: 1 | -1): number | null;
  /** Resolves once the highlighting in progress (painted in slices) is done. */
  idle(): Promise<void>;
  /** Rescans run since start, for tests and the benchmark. */
  readonly rescans: number;
  destroy(): void;
}

const FLASH_MS = 1200;
const FLASH_CLASS = 'sourcelight-flash';

/**
 * The first scan waits for load, then for an idle moment: the page renders and runs its own start-up first (a
 * framework hydrates its article), and our work and the engine's answer do not queue behind it.
 */
async function pageSettled(win: Window): Promise<void> {
  if (win.document.readyState !== 'complete') {
    await new Promise<void>((resolve) => {
      win.addEventListener('load', () => resolve(), { once: true });
      setTimeout(resolve, 3000);
    });
  }
  await new Promise<void>((resolve) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => resolve(), { timeout: 1500 });
    // Chrome and Firefox have requestIdleCallback; elsewhere (a test DOM) the next task will do.
    else setTimeout(resolve, 0);
  });
}

/**
 * Everything the content script does on one page: find the article, read it, ask the engine for its claims, paint
 * them in the mode that suits the page, keep them in step with settings and late content, and answer the popup.
 */
export function createPageController(deps: PageControllerDeps, initialSettings: Settings): PageController {
  const { doc } = deps;
  const win = doc.defaultView!;
  const highlights = nativeHighlights(win);
  let settings = initialSettings;
  let article: Element | null = null;
  let articleText: ArticleText | null = null;
  let attributions: Attribution[] = [];
  let painted: PaintMode | null = null;
  let paintedParts: HighlightPart[] = [];
  let paintComplete = true;
  /**
   * The text map we hold fits the page's text nodes: false once the page changed the article or our marks split its
   * nodes, and paint() reads again.
   */
  let readIsCurrent = false;
  let markCount = 0;
  let generation = 0;
  let latest: Promise<void> = Promise.resolve();
  let started: Promise<void> | null = null;
  let reportedCount: number | null = null;
  let current: number | null = null;
  let focusedByUs: Element | null = null;
  let tooltip: Tooltip | null = null;
  let rescans = 0;
  /** Scans started: a scan whose engine run is overtaken by a newer scan stops. */
  let scans = 0;
  /** The scan reading the article or waiting for the engine (0: none): its claims are not found yet. */
  let detectingFor = 0;
  let destroyed = false;
  let quietly = (write: () => void) => write();
  let stopWatching = () => {};
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const later = (fn: () => void, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  // idle() waits for all work in flight, not only the latest: a paint asked for while a scan finds its claims leaves
  // the painting to that scan.
  const track = (work: Promise<void>): Promise<void> => {
    const settled = work.catch((error) => console.debug('Sourcelight: highlighting stopped', error));
    latest = Promise.all([latest, settled]).then(() => {});
    return settled;
  };

  /** The attributions of `text`; null if `isCurrent()` turned false while the engine ran. */
  const detect = async (text: string, isCurrent: () => boolean): Promise<Attribution[] | null> => {
    const stop = startTiming('sourcelight:detect');
    try {
      const found = await deps.findAttributions(text);
      if (!isCurrent()) return null;
      // No answer (a background being updated, or a text over the message limit) means no claims, not a broken page.
      return Array.isArray(found) ? found : [];
    } catch (error) {
      console.debug('Sourcelight: the engine failed on this page', error);
      return isCurrent() ? [] : null;
    } finally {
      stop();
    }
  };

  /**
   * Reads the article, giving the page a turn between slices on a long one. A page that changed the article while
   * it was read in pieces gets it read again at once, in one go.
   */
  const read = async (root: Element): Promise<ArticleText> => {
    const stop = startTiming('sourcelight:read');
    let changed = false;
    const changes = new MutationObserver(() => {
      changed = true;
    });
    changes.observe(root, { childList: true, subtree: true, characterData: true });
    try {
      const text = await finishInSlices(readingSteps(root));
      return changed || changes.takeRecords().length ? readArticleText(root) : text;
    } finally {
      changes.disconnect();
      stop();
    }
  };

  const report = () => {
    if (attributions.length === reportedCount) return;
    reportedCount = attributions.length;
    deps.reportCount(reportedCount);
  };

  const describe = (claimId: number): string => {
    const a = attributions[claimId];
    if (!a) return '';
    const who = a.source?.text ?? 'unstated source';
    const resolved = a.resolvedSource && a.resolvedSource !== a.source?.text ? ` (${a.resolvedSource})` : '';
    return `${CATEGORY_LABELS[a.category]} source: ${who}${resolved}, cue "${a.cue.text}"`;
  };

  const tooltipFor = (claimId: number) => {
    const a = attributions[claimId];
    if (!a || !settings.enabled) return null;
    // Made on first use: most readers never hover a claim, and the page should not pay for it up front.
    tooltip ??= createTooltip(doc);
    return {
      tooltip,
      content: {
        category: a.category,
        source: a.source?.text ?? null,
        resolvedSource: a.resolvedSource,
        cue: a.cue.text,
        color: settings.colors[a.category],
      },
    };
  };

  const showTooltip = (claimId: number, anchor: DOMRect) => {
    const found = tooltipFor(claimId);
    found?.tooltip.show(found.content, anchor);
  };

  const clearPaint = () => {
    if (painted === 'marks' && article) {
      const root = article;
      quietly(() => removeMarks(root));
    }
    if (painted === 'highlight-api' && highlights) clearHighlights(highlights.registry);
    if (painted === 'marks') readIsCurrent = false;
    painted = null;
    paintedParts = [];
    paintComplete = true;
    markCount = 0;
    tooltip?.hide();
  };

  const turnOff = () => {
    clearPaint();
    removeStyle(doc);
    tooltip?.destroy();
    tooltip = null;
  };

  const intact = (): boolean => {
    if (!paintComplete) return false;
    if (painted === 'marks') return article!.querySelectorAll(`mark.${MARK_CLASS}`).length === markCount;
    if (painted === 'highlight-api') return articleText!.segments.every((s) => s.node.isConnected);
    return true;
  };

  /**
   * The mode for this article and setting, and the scope of its Highlight API rules, decided once: the framework
   * checks look beyond the article, and the scope is looked up by id.
   */
  let chosen: { root: Element; setting: Settings['highlightMode']; mode: PaintMode; scope: string | null } | null = null;
  const paintChoiceOf = (root: Element): { mode: PaintMode; scope: string | null } => {
    if (chosen?.root !== root || chosen.setting !== settings.highlightMode) {
      const mode = choosePaintMode(settings.highlightMode, root, highlights !== null);
      chosen = { root, setting: settings.highlightMode, mode, scope: mode === 'highlight-api' ? highlightScope(root) : null };
    }
    return chosen;
  };

  /**
   * Paints the claims shown. In marks mode the marks on the page are reconciled, not redone: those that still paint
   * a claim exactly stay, the others go, and only what is missing is wrapped, slice by slice.
   */
  async function paint(): Promise<void> {
    const gen = ++generation;
    if (!settings.enabled || destroyed || !article || !articleText) {
      turnOff();
      return;
    }
    // The claims held belong to the text before: the scan finding the new ones paints them, with the settings of then.
    if (detectingFor) return;
    const root = article;
    const { mode, scope } = paintChoiceOf(root);
    // Leaving a mode clears it first: removing marks joins the nodes they split, so the read below must follow it.
    if (painted !== mode) clearPaint();
    if (!readIsCurrent) {
      const reread = await read(root);
      if (reread.text !== articleText.text) {
        const found = await detect(reread.text, () => gen === generation && !destroyed);
        if (!found) return;
        attributions = found;
        report();
      }
      articleText = reread;
      readIsCurrent = true;
    }
    const stop = startTiming('sourcelight:highlight');
    const began = performance.now();
    installStyle(doc, settings.colors, mode, scope);
    const parts = highlightParts(attributions, (a) => settings.shown[a.category]);
    // Hundreds of claims take a slice's worth to lay out: the page gets a turn before their marks are placed.
    if (performance.now() - began >= SLICE_MS) {
      await nextTask();
      if (gen !== generation || destroyed) return;
    }
    paintedParts = parts;
    if (mode === 'highlight-api' && highlights) {
      paintHighlights(articleText, parts, highlights.registry, highlights.make);
      painted = 'highlight-api';
      stop();
      return;
    }
    painted = 'marks';
    paintComplete = false;
    readIsCurrent = false;
    let pieces = toMarkPieces(articleText, parts);
    const kept = keepMatchingMarks(pieces, describe);
    let removed = 0;
    quietly(() => {
      removed = removeMarks(root, kept);
    });
    // Removing marks joins text nodes again: the pieces must be found in the page as it is now.
    if (removed) pieces = toMarkPieces(readArticleText(root), parts);
    pieces = pieces.filter((piece) => !kept.has(piece.node.parentElement!));
    const done = await runInSlices(
      byMarkContext(pieces),
      (group) => quietly(() => applyMarks(group, describe)),
      () => gen === generation && !destroyed,
      // On a long article the set-up above is a slice's worth already: the page gets a turn before the first mark.
      began,
    );
    if (!done) return;
    paintComplete = true;
    markCount = root.querySelectorAll(`mark.${MARK_CLASS}`).length;
    stop();
  }

  async function scan(): Promise<void> {
    const stopTotal = startTiming('sourcelight:total');
    const found = findArticle(doc);
    // Marks in the article stay for paint() to reconcile; an article given up (or replaced) loses them now.
    if (found !== article) clearPaint();
    if (!found) {
      article = null;
      articleText = null;
      attributions = [];
      report();
      turnOff();
      return;
    }
    // The engine's answer comes in a task of its own: reading and painting never hold up the page together.
    article = found;
    const scanId = ++scans;
    detectingFor = scanId;
    const text = await read(found);
    if (destroyed || scanId !== scans) {
      if (detectingFor === scanId) detectingFor = 0;
      return;
    }
    articleText = text;
    // A change while the engine runs makes paint() read again.
    readIsCurrent = true;
    const finding = detect(articleText.text, () => scanId === scans && !destroyed);
    // While the engine works elsewhere, the main thread gets paint()'s set-up out of the way.
    if (settings.enabled) {
      const { mode, scope } = paintChoiceOf(found);
      installStyle(doc, settings.colors, mode, scope);
    }
    const claims = await finding;
    if (detectingFor === scanId) detectingFor = 0;
    if (!claims) return;
    attributions = claims;
    await paint();
    // After the paint: the badge and the marks then appear together, and the count message does not delay them.
    report();
    stopTotal();
  }

  async function rescan(): Promise<void> {
    if (destroyed) return;
    rescans += 1;
    await track(
      (async () => {
        if (article && article.isConnected && articleText) {
          const now = readArticleText(article);
          if (now.text === articleText.text && intact()) return;
        }
        await scan();
      })(),
    );
  }

  /** Where a claim is, fresh: while marks are in, the stored map points into nodes they split. */
  const claimRect = (id: number): DOMRect | null => {
    if (!article || !articleText) return null;
    const text = painted === 'marks' ? readArticleText(article) : articleText;
    const a = attributions[id];
    if (!a) return null;
    try {
      const [first] = partRanges(text, a.claim);
      return first ? first.getBoundingClientRect() : null;
    } catch {
      return null;
    }
  };

  const scrollBehavior = (): ScrollBehavior =>
    win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';

  const marksOf = (id: number) =>
    Array.from(article?.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}[data-claim="${id}"]`) ?? []);

  /**
   * A character is painted once, so a claim inside an earlier one ("Cook said" within the quote it closes) has no
   * marks of its own: the reader is shown the marks of the claim painted over its cue.
   */
  function marksShowing(id: number): HTMLElement[] {
    const own = marksOf(id);
    if (own.length) return own;
    const cue = attributions[id]!.cue.start;
    const cover = attributions.findIndex((a, other) => {
      const { extent } = paintedExtent(a);
      return other !== id && extent.start <= cue && cue < extent.end && marksOf(other).length > 0;
    });
    return cover >= 0 ? marksOf(cover) : [];
  }

  function revealClaim(id: number): boolean {
    if (!article || !attributions[id]) return false;
    current = id;
    const marks = painted === 'marks' ? marksShowing(id) : [];
    const lead = marks[0];
    if (lead) {
      lead.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
      for (const mark of marks) mark.classList.add(FLASH_CLASS);
      later(() => marks.forEach((mark) => mark.classList.remove(FLASH_CLASS)), FLASH_MS);
      lead.focus({ preventScroll: true });
      focusedByUs = lead;
      showTooltip(id, lead.getBoundingClientRect());
      return true;
    }
    const rect = claimRect(id);
    if (!rect) return false;
    win.scrollTo({ top: rect.top + win.scrollY - win.innerHeight / 3, behavior: scrollBehavior() });
    if (painted === 'highlight-api' && highlights && articleText) {
      highlights.registry.set(FLASH_HIGHLIGHT, highlights.make(partRanges(articleText, attributions[id]!.claim)));
      later(() => highlights.registry.delete(FLASH_HIGHLIGHT), FLASH_MS);
      showTooltip(id, claimRect(id) ?? rect);
    }
    return true;
  }

  function stepClaim(direction: 1 | -1): number | null {
    if (!settings.enabled) return null;
    const ordered = attributions
      .map((a, id) => ({ a, id }))
      .filter(({ a }) => settings.shown[a.category])
      .sort((x, y) => x.a.claim.start - y.a.claim.start)
      .map(({ id }) => id);
    // A mark the reader tabbed to is where they are; one we focused is just the last claim revealed.
    const focusedMark = doc.activeElement?.closest?.(`mark.${MARK_CLASS}`);
    const focused = focusedMark && focusedMark !== focusedByUs ? focusedMark.getAttribute('data-claim') : null;
    const from = focused != null ? Number(focused) : current;
    const next = stepClaimId(ordered, from, direction);
    if (next !== null) revealClaim(next);
    return next;
  }

  const detachTooltipEvents = attachTooltipEvents(doc, {
    show: showTooltip,
    hide: () => tooltip?.hide(),
    hitTesting: () => painted === 'highlight-api',
    claimAtPoint: (node, offset) => {
      if (!articleText) return null;
      for (const segment of articleText.segments) {
        if (segment.node !== node) continue;
        const at = segment.start + offset;
        return paintedParts.find((p) => p.start <= at && at < p.end)?.claimId ?? null;
      }
      return null;
    },
  });

  return {
    start() {
      started ??= track(
        (async () => {
          await pageSettled(win);
          if (destroyed) return;
          await scan();
          const watcher = watchArticle(doc, {
            article: () => article,
            changed: () => {
              generation += 1;
              readIsCurrent = false;
            },
            settled: () => void rescan(),
          });
          quietly = watcher.quietly;
          stopWatching = watcher.stop;
        })(),
      );
      return started;
    },
    rescan,
    async applySettings(next) {
      const before = settings;
      settings = next;
      if (!article || destroyed) return;
      const repaint =
        before.enabled !== next.enabled ||
        before.highlightMode !== next.highlightMode ||
        Object.keys(next.shown).some((c) => before.shown[c as keyof Settings['shown']] !== next.shown[c as keyof Settings['shown']]);
      if (repaint) await track(paint());
      else if (next.enabled && painted) {
        // New colours: the stylesheet of the mode on screen is rewritten, nothing else.
        const { mode, scope } = paintChoiceOf(article);
        await track((async () => installStyle(doc, next.colors, mode, scope))());
      }
    },
    async pageState() {
      await (started ?? Promise.resolve());
      return {
        status: article && articleText ? 'scanned' : 'no-article',
        counts: countByCategory(attributions),
        claims: articleText ? claimSummaries(articleText.text, attributions) : [],
      };
    },
    revealClaim,
    stepClaim,
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
    destroy() {
      destroyed = true;
      generation += 1;
      stopWatching();
      detachTooltipEvents();
      for (const timer of timers) clearTimeout(timer);
      turnOff();
    },
  };
}
