import { CATEGORIES, type Attribution, type Category } from '../../attribution/types';
import type { HighlightMode, Settings } from '../../settings';
import { startTiming } from '../../timing';
import { readArticleText, type ArticleText } from '../article/articleText';
import { MARK_CLASS } from '../article/pageZones';
import { nextTask, runInSlices, SLICE_MS } from '../scan/yieldingLoop';
import { choosePaintMode, type PaintMode } from './frameworkOwner';
import { clearHighlights, nativeHighlights, paintHighlights, type NativeHighlights } from './highlightApi';
import { applyMarks, byMarkContext, keepMatchingMarks, removeMarks } from './highlightMarks';
import { highlightParts, type HighlightPart } from './highlightParts';
import { highlightScope, installStyle, removeStyle } from './highlightStyle';
import { toMarkPieces, type MarkPiece } from './markPieces';

export interface PainterDeps {
  doc: Document;
  /** Runs one of our DOM writes so that the page watcher does not take it for a change of the page's. */
  quietly(write: () => void): void;
  /** Our marks went in or came out: text nodes were split or joined, so a text map read before no longer fits. */
  nodesChanged(): void;
  /** What a claim's lead mark says to screen readers. */
  describe(claimId: number): string;
}

export interface PaintChoice {
  mode: PaintMode;
  /** The selector the Highlight API rules are scoped to (see highlightScope), or null. */
  scope: string | null;
}

export interface Painter {
  /** The mode of what is on the page, or null when nothing is. */
  readonly mode: PaintMode | null;
  /** The parts on the page, in text order (for hit tests where no element marks them). */
  readonly parts: HighlightPart[];
  /** The browser's CSS Custom Highlight API, or null where it has none. */
  readonly highlights: NativeHighlights | null;
  /** The mode for this article and setting and its rules' scope, decided once: the framework checks look beyond it. */
  choose(root: Element, setting: HighlightMode): PaintChoice;
  /** Installs the stylesheet of the mode this article gets, ahead of its paint (while the engine works). */
  prepare(root: Element, settings: Settings): void;
  /**
   * Paints the claims shown over `text`. In marks mode the marks on the page are reconciled, not redone: those that
   * still paint a claim exactly stay, the others go, and only what is missing is wrapped, slice by slice. Resolves
   * false when `isCurrent()` turned false first (newer work took over).
   */
  paint(text: ArticleText, claims: Attribution[], settings: Settings, isCurrent: () => boolean): Promise<boolean>;
  /** Whether the last paint finished and the page still holds it as we left it. */
  intact(): boolean;
  /** Takes what is painted off the page, leaving the stylesheet. */
  clear(): void;
  /** Takes everything of ours off the page, the stylesheet too. */
  turnOff(): void;
}

const differs = <T>(a: Record<Category, T>, b: Record<Category, T>) => CATEGORIES.some((c) => a[c] !== b[c]);

/** What a change of settings asks of the paint: a new paint, new colours only (a stylesheet rewritten), or nothing. */
export function settingsEffect(before: Settings, next: Settings): 'repaint' | 'restyle' | 'none' {
  if (before.enabled !== next.enabled || before.highlightMode !== next.highlightMode) return 'repaint';
  if (differs(before.shown, next.shown)) return 'repaint';
  return next.enabled && differs(before.colors, next.colors) ? 'restyle' : 'none';
}

export function createPainter({ doc, quietly, nodesChanged, describe }: PainterDeps): Painter {
  const highlights = nativeHighlights(doc.defaultView!);
  let chosen: (PaintChoice & { root: Element; setting: HighlightMode }) | null = null;
  let mode: PaintMode | null = null;
  let root: Element | null = null;
  let text: ArticleText | null = null;
  let parts: HighlightPart[] = [];
  let complete = true;
  let markCount = 0;

  const choose = (article: Element, setting: HighlightMode): PaintChoice => {
    if (chosen?.root !== article || chosen.setting !== setting) {
      const picked = choosePaintMode(setting, article, highlights !== null);
      const scope = picked === 'highlight-api' ? highlightScope(article) : null;
      chosen = { root: article, setting, mode: picked, scope };
    }
    return chosen;
  };

  const clear = () => {
    if (mode === 'marks' && root) {
      const painted = root;
      quietly(() => removeMarks(painted));
      nodesChanged();
    }
    if (mode === 'highlight-api' && highlights) clearHighlights(highlights.registry);
    mode = null;
    parts = [];
    complete = true;
    markCount = 0;
  };

  async function paintMarks(read: ArticleText, shown: HighlightPart[], isCurrent: () => boolean, began: number) {
    const at = read.root;
    mode = 'marks';
    complete = false;
    nodesChanged();
    let pieces = toMarkPieces(read, shown);
    const kept = keepMatchingMarks(pieces, describe);
    let removed = 0;
    quietly(() => {
      removed = removeMarks(at, kept);
    });
    // Removing marks joins text nodes again: the pieces must be found in the page as it is now.
    if (removed) pieces = toMarkPieces(readArticleText(at), shown);
    pieces = pieces.filter((piece) => !kept.has(piece.node.parentElement!));
    // On a long article the set-up above is a slice's worth already: the page gets a turn before the first mark.
    const mark = (group: MarkPiece[]) => quietly(() => applyMarks(group, describe));
    const done = await runInSlices(byMarkContext(pieces), mark, isCurrent, began);
    if (!done) return false;
    complete = true;
    markCount = at.querySelectorAll(`mark.${MARK_CLASS}`).length;
    return true;
  }

  return {
    get mode() {
      return mode;
    },
    get parts() {
      return parts;
    },
    highlights,
    choose,
    prepare(article, settings) {
      const { mode: next, scope } = choose(article, settings.highlightMode);
      installStyle(doc, settings.colors, next, scope);
    },
    async paint(read, claims, settings, isCurrent) {
      const stop = startTiming('sourcelight:highlight');
      const began = performance.now();
      const { mode: next, scope } = choose(read.root, settings.highlightMode);
      installStyle(doc, settings.colors, next, scope);
      const shown = highlightParts(claims, (a) => settings.shown[a.category]);
      // Hundreds of claims take a slice's worth to lay out: the page gets a turn before their marks are placed.
      if (performance.now() - began >= SLICE_MS) {
        await nextTask();
        if (!isCurrent()) return false;
      }
      root = read.root;
      text = read;
      parts = shown;
      if (next === 'highlight-api' && highlights) {
        paintHighlights(read, shown, highlights.registry, highlights.make);
        mode = 'highlight-api';
      } else if (!(await paintMarks(read, shown, isCurrent, began))) return false;
      stop();
      return true;
    },
    intact() {
      if (!complete) return false;
      if (mode === 'marks') return root!.querySelectorAll(`mark.${MARK_CLASS}`).length === markCount;
      if (mode === 'highlight-api') return text!.segments.every((s) => s.node.isConnected);
      return true;
    },
    clear,
    turnOff() {
      clear();
      removeStyle(doc);
    },
  };
}
