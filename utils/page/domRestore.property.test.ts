import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectBackgroundEngine } from '../../tests/support/backgroundEngine';
import { CATEGORIES, type Category } from '../attribution/types';
import { DEFAULT_SETTINGS, updateSettings } from '../settings';
import type { PageController } from './pageController';
import { endLifetimes, testLifetime } from '../../tests/support/lifetime';
import { startContentScript } from './startContentScript';
import { loadPage } from '../../tests/support/testPage';

// Issue 6: whatever the user toggles and the page does meanwhile, switching highlights off leaves the article exactly as
// the page itself built it.
const ARTICLE = `<!doctype html><html><head><title>Strike</title></head><body><main><article>
<h1>Officials weigh response</h1>
<p>“We are watching closely,” Pentagon spokesman Peter Cook said on <b>Tuesday</b>.</p>
<p>Two sources told Reuters the talks had <em>stalled</em> over the weekend.<br>No date was set.</p>
<p>The convoy was hit near the border, <a href="/report">according to a report</a> from the ministry.</p>
<p>Senator Elissa Slotkin said the plan was <em>unworkable</em>, while officials said it would go ahead.</p>
<p>A document seen by Reuters shows the budget was cut by <b>a third</b>.</p>
</article></main></body></html>`;

const NEW_SENTENCES = [
  'A senior official said the decision was final.',
  '“It is over,” the mayor, Anne Hidalgo, told reporters.',
  'People familiar with the matter said more cuts are coming.',
  'The figures were confirmed in a court filing.',
];

type Op =
  | { kind: 'enabled'; on: boolean }
  | { kind: 'category'; category: Category }
  | { kind: 'rescan' }
  | { kind: 'appendParagraph'; sentence: number }
  | { kind: 'appendText'; paragraph: number; sentence: number }
  | { kind: 'setText'; element: number; sentence: number }
  | { kind: 'removeParagraph'; paragraph: number }
  | { kind: 'wrapWord'; element: number };

const sentence = fc.nat(NEW_SENTENCES.length - 1);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('enabled' as const), on: fc.boolean() }),
  fc.record({ kind: fc.constant('category' as const), category: fc.constantFrom(...CATEGORIES) }),
  fc.record({ kind: fc.constant('rescan' as const) }),
  fc.record({ kind: fc.constant('appendParagraph' as const), sentence }),
  fc.record({ kind: fc.constant('appendText' as const), paragraph: fc.nat(9), sentence }),
  fc.record({ kind: fc.constant('setText' as const), element: fc.nat(19), sentence }),
  fc.record({ kind: fc.constant('removeParagraph' as const), paragraph: fc.nat(9) }),
  fc.record({ kind: fc.constant('wrapWord' as const), element: fc.nat(19) }),
);

const isOurs = (el: Element) => Array.from(el.classList).some((c) => c.startsWith('sourcelight-'));
/** The page's own elements in document order: our marks only wrap text, so this order is the same with or without them. */
const pageElements = (root: Element) => Array.from(root.querySelectorAll('*')).filter((el) => !isOurs(el));
/** Elements holding one text node and nothing else, on both copies: the page can rewrite or split that text safely. */
const plainTextElements = (live: Element, shadow: Element): [Element, Element][] => {
  const a = pageElements(live);
  const b = pageElements(shadow);
  expect(a.map((el) => el.tagName)).toEqual(b.map((el) => el.tagName));
  return a
    .map((el, i) => [el, b[i]!] as [Element, Element])
    .filter(([x, y]) => x.childNodes.length === 1 && x.firstChild!.nodeType === Node.TEXT_NODE && y.childNodes.length === 1)
    .filter(([x]) => /\w/.test(x.textContent ?? ''));
};

function wrapFirstWord(el: Element): void {
  const text = el.firstChild as Text;
  const word = /\w+/.exec(text.data)!;
  const middle = text.splitText(word.index);
  middle.splitText(word[0].length);
  const em = el.ownerDocument.createElement('em');
  middle.replaceWith(em);
  em.append(middle);
}

/** A page mutation, done the same way on the live article and on the copy the extension never saw. */
function mutate(o: Op, live: Element, shadow: Element): void {
  const paragraphs = (root: Element) => Array.from(root.querySelectorAll(':scope > p'));
  switch (o.kind) {
    case 'appendParagraph':
      for (const root of [live, shadow]) {
        const p = root.ownerDocument.createElement('p');
        p.textContent = NEW_SENTENCES[o.sentence]!;
        root.append(p);
      }
      return;
    case 'appendText':
    case 'removeParagraph': {
      const [a, b] = [paragraphs(live), paragraphs(shadow)];
      if (a.length === 0) return;
      const i = o.paragraph % a.length;
      const [x, y] = [a[i]!, b[i]!];
      if (o.kind === 'removeParagraph') {
        x.remove();
        y.remove();
      } else {
        x.append(live.ownerDocument.createTextNode(` ${NEW_SENTENCES[o.sentence]}`));
        y.append(shadow.ownerDocument.createTextNode(` ${NEW_SENTENCES[o.sentence]}`));
      }
      return;
    }
    case 'setText':
    case 'wrapWord': {
      const pairs = plainTextElements(live, shadow);
      if (pairs.length === 0) return;
      const [x, y] = pairs[o.element % pairs.length]!;
      if (o.kind === 'wrapWord') {
        wrapFirstWord(x);
        wrapFirstWord(y);
      } else {
        (x.firstChild as Text).data = NEW_SENTENCES[o.sentence]!;
        (y.firstChild as Text).data = NEW_SENTENCES[o.sentence]!;
      }
      return;
    }
  }
}


beforeEach(() => {
  fakeBrowser.reset();
  // The background's engine, as the content script asks it.
  connectBackgroundEngine();
});
afterEach(() => {
  endLifetimes();
});

describe('removing the highlights (issue 6)', () => {
  it('restores the article exactly after any toggles, rescans and page mutations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 8 }), async (ops) => {
        endLifetimes();
        fakeBrowser.reset();
        connectBackgroundEngine();
        loadPage(ARTICLE);
        await updateSettings({ ...structuredClone(DEFAULT_SETTINGS), highlightMode: 'marks', alwaysScanSites: [location.origin] });
        const live = document.querySelector('article')!;
        const shadow = live.cloneNode(true) as Element;
        const controller: PageController = (await startContentScript(testLifetime()))!;
        expect(controller).not.toBeNull();
        await controller.idle();
        expect(live.querySelector('mark.sourcelight-mark')).not.toBeNull();
        let shown = { ...DEFAULT_SETTINGS.shown };
        for (const o of ops) {
          if (o.kind === 'enabled') await updateSettings({ enabled: o.on });
          else if (o.kind === 'category') {
            shown = { ...shown, [o.category]: !shown[o.category] };
            await updateSettings({ shown });
          } else if (o.kind === 'rescan') await controller.rescan();
          else mutate(o, live, shadow);
          await controller.idle();
        }
        await updateSettings({ enabled: false });
        await controller.idle();
        expect(live.innerHTML).toBe(shadow.innerHTML);
        expect(document.querySelector('[class*="sourcelight-"]')).toBeNull();
        expect(document.getElementById('sourcelight-style')).toBeNull();
      }),
      { numRuns: 25 },
    );
  });

  it('restores the article after the page changed it and the watcher rescanned on its own', async () => {
    loadPage(ARTICLE);
    await updateSettings({ ...structuredClone(DEFAULT_SETTINGS), highlightMode: 'marks', alwaysScanSites: [location.origin] });
    const live = document.querySelector('article')!;
    const shadow = live.cloneNode(true) as Element;
    const controller = (await startContentScript(testLifetime()))!;
    await controller.idle();
    const rescans = controller.rescans;
    mutate({ kind: 'appendParagraph', sentence: 0 }, live, shadow);
    mutate({ kind: 'wrapWord', element: 0 }, live, shadow);
    await vi.waitFor(() => expect(controller.rescans).toBeGreaterThan(rescans), { timeout: 5000 });
    await controller.idle();
    expect(live.lastElementChild!.querySelector('mark.sourcelight-mark')).not.toBeNull();
    await updateSettings({ enabled: false });
    await controller.idle();
    expect(live.innerHTML).toBe(shadow.innerHTML);
    expect(document.querySelector('[class*="sourcelight-"]')).toBeNull();
    expect(document.getElementById('sourcelight-style')).toBeNull();
  });
});
