import { CATEGORIES, type Category } from '../../../utils/attribution/types';

/**
 * The little a popup test needs from a browser page, so one page object drives the popup in Playwright (Chromium)
 * and in Puppeteer (Chromium's real popup, Firefox over WebDriver BiDi). Clicks are real input events.
 */
export interface PageDriver {
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  /** Runs a script's source in the page, as DevTools does, so the page's Content-Security-Policy does not apply. */
  addScript(source: string): Promise<void>;
  click(selector: string): Promise<void>;
}

/** Wraps a Playwright or Puppeteer page; both take `evaluate(fn, arg)` and `click(selector)`. */
export function driverFor(page: {
  evaluate(fn: never, arg?: never): Promise<unknown>;
  click(selector: string): Promise<unknown>;
}): PageDriver {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    addScript: async (source) => void (await page.evaluate(source as never)),
    click: async (selector) => void (await page.click(selector)),
  };
}

export interface ListedClaim {
  /** The entry's claim id, shared with the page's marks (`data-claim`): its first claim's. */
  id: number;
  /** Every claim of the entry: a passage attributed to two sources is one entry. */
  ids: number[];
  category: Category;
  /** The source and cue line as the popup shows it. */
  source: string;
  snippet: string;
}

export interface ListedSource {
  name: string;
  category: Category;
  count: number;
  ids: number[];
}

export type PopupView = 'page' | 'not-scanned' | 'no-article' | 'no-claims' | 'restricted' | 'no-tab';

const testId = (id: string) => `[data-testid="${id}"]`;

/** What a user sees and clicks in the popup (components/Popup.tsx), by role, label and data-testid. */
export class PopupPage {
  constructor(private readonly page: PageDriver) {}

  /** Waits until the popup has read the tab and shows one of its settled states, and returns which. */
  async settled(timeoutMs = 10_000): Promise<PopupView> {
    return this.poll(
      () => {
        // The popup reading the tab, or a long list still adding the rows after its first paint's.
        if (document.querySelector('main[aria-busy="true"], [role="listbox"][aria-busy="true"]')) return null;
        if (document.querySelector('[data-testid="claim-list"]')) return 'page';
        for (const view of ['not-scanned', 'no-article', 'no-claims', 'restricted', 'no-tab']) {
          if (document.querySelector(`[data-testid="state-${view}"]`)) return view;
        }
        return null;
      },
      undefined,
      timeoutMs,
    ) as Promise<PopupView>;
  }

  /** The count next to each category; absent until the tab was scanned. */
  async counts(): Promise<Record<Category, number>> {
    const texts = await this.page.evaluate(
      (categories) => categories.map((c) => document.querySelector(`[data-testid="count-${c}"]`)?.textContent ?? null),
      [...CATEGORIES],
    );
    return Object.fromEntries(
      CATEGORIES.map((c, i) => {
        const text = texts[i];
        if (text === null || text === undefined) throw new Error(`the popup shows no count for ${c}`);
        return [c, Number(text)];
      }),
    ) as Record<Category, number>;
  }

  async claims(): Promise<ListedClaim[]> {
    return this.page.evaluate(
      () =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-testid="claim"]')).map((el) => ({
          id: Number(el.id.replace(/^claim-/, '')),
          ids: (el.dataset.claims ?? '').split(' ').map(Number),
          category: el.dataset.category as Category,
          source: el.querySelector('.claim-source')?.textContent?.trim() ?? '',
          snippet: el.querySelector('.claim-snippet')?.textContent?.trim() ?? '',
        })),
      undefined,
    );
  }

  /** Clicks the INDEX-th claim of the list, counted from the top as the user sees them. */
  async clickClaim(index: number): Promise<void> {
    const id = await this.page.evaluate(
      (i) => document.querySelectorAll('[data-testid="claim"]')[i]?.id ?? null,
      index,
    );
    if (!id) throw new Error(`the popup lists no claim number ${index}`);
    await this.page.click(`[id="${id}"]`);
  }

  /** The sourcing profile's figures, as the popup shows them above the counts. */
  async profile(): Promise<{ claims: number; sources: number; onRecord: number; anonymous: number; text: string }> {
    return this.page.evaluate(() => {
      const value = (id: string) => Number(document.querySelector(`[data-testid="profile-${id}"]`)?.getAttribute('data-value') ?? Number.NaN);
      const text = document.querySelector('[data-testid="profile"]')?.textContent ?? '';
      return { claims: value('claims'), sources: value('sources'), onRecord: value('on-record'), anonymous: value('anonymous'), text };
    }, undefined);
  }

  /** Switches the list to the Sources view and returns its rows: each source's name, count and claim ids. */
  async sources(): Promise<ListedSource[]> {
    await this.page.click(testId('tab-sources'));
    // With every row in: a long list adds those after its first paint's while aria-busy.
    await this.poll((s) => (document.querySelector(s) ? true : null), `${testId('source-list')}[aria-busy="false"]`);
    return this.page.evaluate(
      () =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-testid="source"]')).map((el) => ({
          name: el.querySelector('[data-testid="source-name"]')?.textContent?.trim() ?? '',
          category: el.dataset.category as Category,
          count: Number(el.querySelector('[data-testid="source-count"]')?.textContent),
          ids: Array.from(el.querySelectorAll<HTMLElement>('[data-testid="source-claim"]')).map((c) => Number(c.dataset.claim)),
        })),
      undefined,
    );
  }

  /** Clicks the claim ID under its source in the Sources view. */
  async clickSourceClaim(id: number): Promise<void> {
    await this.page.click(`[data-testid="source-claim"][data-claim="${id}"]`);
  }

  /** Clicks a button by its data-testid. */
  async press(id: string): Promise<void> {
    await this.page.click(testId(id));
  }

  async isOn(which: Category | 'enabled'): Promise<boolean> {
    const checked = await this.page.evaluate(
      (selector) => document.querySelector(selector)?.getAttribute('aria-checked') ?? null,
      testId(`switch-${which}`),
    );
    if (checked === null) throw new Error(`the popup has no switch for ${which}`);
    return checked === 'true';
  }

  /** Flips a category's switch, or the master switch ("enabled"), and waits until it shows the new state. */
  async toggle(which: Category | 'enabled'): Promise<void> {
    const before = await this.isOn(which);
    await this.page.click(testId(`switch-${which}`));
    await this.poll(
      ({ selector, want }) => document.querySelector(selector)?.getAttribute('aria-checked') === want || null,
      { selector: testId(`switch-${which}`), want: String(!before) },
    );
  }

  /** The "Scan this page" button of the empty state; returns its label, so a test can check what the user read. */
  async scan(): Promise<string> {
    const selector = `${testId('state-not-scanned')} button`;
    const label = await this.page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? null, selector);
    if (label === null) throw new Error('the popup shows no scan button');
    await this.page.click(selector);
    return label;
  }

  private async poll<A, R>(fn: (arg: A) => R | null, arg: A, timeoutMs = 10_000): Promise<R> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = (await this.page.evaluate(fn, arg)) as R | null;
      if (value !== null && value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`popup: timed out waiting for ${fn.toString().slice(0, 120)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
