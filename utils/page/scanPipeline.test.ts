import { afterEach, describe, expect, it, vi } from 'vitest';
import { endLifetimes, testLifetime } from '../../tests/support/lifetime';
import { settingsWith } from '../../tests/support/testPage';
import { findAttributions } from '../attribution';
import type { Settings } from '../settings';
import { createClaimTooltip } from './claims/claimTooltip';
import { createPainter } from './paint/painter';
import { createScanState } from './scan/scanState';
import { createScanPipeline, emptyPageScan, type ScanPipeline } from './scanPipeline';

const STORY = `<p>Two officials said the talks would resume on Monday, after a week in which neither side would meet.</p>
<p>The ministry said in a statement that it agreed, and that its delegation would travel on Sunday evening.</p>
<p>Analyst Jane Doe said prices would fall once the talks resumed, as they had the last time a deal was near.</p>`;

/** The engine in Node, answering when the test says so: the background's round trip, held open. */
function heldEngine() {
  const asked: { text: string; answer: () => Promise<void> }[] = [];
  const engine = (text: string) =>
    new Promise<ReturnType<typeof findAttributions>>((resolve) => {
      asked.push({ text, answer: async () => void resolve(findAttributions(text)) });
    });
  /** Answers the oldest question, then lets the pipeline run on until it waits again. */
  const answer = async () => {
    // A long article takes the pipeline a while to read before it asks; a busy machine makes that seconds.
    await vi.waitFor(() => expect(asked.length).toBeGreaterThan(0), { timeout: 10_000 });
    await asked.shift()!.answer();
    await new Promise((resolve) => setTimeout(resolve, 20));
  };
  return { engine, asked, answer };
}

function pipelineOn(html: string, initial: Partial<Settings> = {}) {
  document.head.innerHTML = '';
  document.body.innerHTML = `<article>${html}</article>`;
  let settings = settingsWith({ highlightMode: 'marks', ...initial });
  const page = emptyPageScan();
  const state = createScanState();
  const counts: (number | null)[] = [];
  const painter = createPainter({
    doc: document,
    quietly: (write) => write(),
    nodesChanged: () => void (page.textFits = false),
    describe: String,
  });
  const tooltip = createClaimTooltip(document, testLifetime(), { page, painter, settings: () => settings });
  const held = heldEngine();
  const pipeline = createScanPipeline({
    doc: document,
    page,
    state,
    painter,
    tooltip,
    settings: () => settings,
    findAttributions: held.engine,
    reportCount: (n) => counts.push(n),
  });
  running.push(pipeline);
  const set = (change: Partial<Settings>) => (settings = settingsWith({ highlightMode: 'marks', ...change }));
  return { pipeline, page, state, painter, counts, tooltip, set, ...held };
}

/** Every pipeline a test made: one still painting when its test ended would write into the next test's page. */
const running: ScanPipeline[] = [];

afterEach(() => {
  for (const pipeline of running.splice(0)) pipeline.stop();
  endLifetimes();
});

const marks = (category?: string) =>
  document.querySelectorAll(`article mark.sourcelight-mark${category ? `[data-category="${category}"]` : ''}`);

describe('a scan', () => {
  it('reads, waits for the engine, paints, and reports the count once the marks are in', async () => {
    const { pipeline, page, state, counts, answer } = pipelineOn(STORY);
    const scanning = pipeline.scan();
    expect(state.phase).toBe('reading');
    await vi.waitFor(() => expect(state.phase).toBe('detecting'));
    expect(document.getElementById('sourcelight-style')).not.toBeNull();
    await answer();
    await scanning;
    expect(state.phase).toBe('shown');
    expect(marks().length).toBeGreaterThan(0);
    expect(page.claims.length).toBeGreaterThan(2);
    expect(counts).toEqual([page.claims.length]);
  });

  it('finds no article on a page without one, and reports that there is none', async () => {
    const { pipeline, state, counts, asked } = pipelineOn('');
    document.body.innerHTML = '<nav><p>Home</p></nav>';
    await pipeline.scan();
    expect(state.phase).toBe('idle');
    expect(asked).toHaveLength(0);
    expect(counts).toEqual([null]);
  });
});

describe('while the engine works', () => {
  it.each<[string, Partial<Settings>, (m: typeof marks) => void]>([
    ['a category hidden: the scan paints without it', { shown: { anonymous: true, official: false, named: true, document: true } }, (m) => {
      expect(m('official')).toHaveLength(0);
      expect(m('named').length).toBeGreaterThan(0);
    }],
    ['highlights switched off: the scan ends with none', { enabled: false }, (m) => expect(m()).toHaveLength(0)],
  ])('%s, and the engine is asked once', async (_, change, check) => {
    const { pipeline, state, set, asked, answer } = pipelineOn(STORY);
    const scanning = pipeline.scan();
    await vi.waitFor(() => expect(state.phase).toBe('detecting'));
    set(change);
    await pipeline.repaint();
    expect(state.phase).toBe('detecting');
    await answer();
    await scanning;
    check(marks);
    expect(asked).toHaveLength(0);
    expect(state.phase).toBe(change.enabled === false ? 'off' : 'shown');
  });

  it('highlights switched off take the marks already there off at once', async () => {
    const { pipeline, state, set, answer } = pipelineOn(STORY);
    const first = pipeline.scan();
    await answer();
    await first;
    document.querySelector('article p')!.append(' More.');
    const rescan = pipeline.rescan();
    await vi.waitFor(() => expect(state.phase).toBe('detecting'));
    set({ enabled: false });
    await pipeline.repaint();
    expect(marks()).toHaveLength(0);
    expect(document.getElementById('sourcelight-style')).toBeNull();
    await answer();
    await rescan;
    expect(marks()).toHaveLength(0);
  });

  it('a newer scan wins: the answer to the older one is never painted', async () => {
    const { pipeline, page, asked, answer } = pipelineOn(STORY);
    const older = pipeline.scan();
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    document.querySelector('article')!.innerHTML = STORY.replace('Two officials said', 'The court said');
    const newer = pipeline.scan();
    await answer();
    await older;
    expect(marks()).toHaveLength(0);
    await answer();
    await newer;
    expect(page.text!.text).toMatch(/^The court said/);
    expect(page.claims[0]!.source?.text).toBe('The court');
    expect(marks().length).toBeGreaterThan(0);
  });
});

describe('when the page changes the article', () => {
  // Seconds on a machine busy with other work: the engine reads 300 stories twice.
  it('a paint in progress stops, and the rescan that follows paints it whole', async () => {
    const { pipeline, painter, state, answer } = pipelineOn(STORY.repeat(300));
    const scanning = pipeline.scan();
    await vi.waitFor(() => expect(state.phase).toBe('detecting'));
    const answering = answer();
    // The engine reads 300 stories first: on a busy machine that alone can take a second.
    await vi.waitFor(() => expect(marks().length).toBeGreaterThan(0), { timeout: 10_000 });
    pipeline.pageChanged();
    await answering;
    await scanning;
    expect(state.phase).toBe('painting');
    expect(painter.intact()).toBe(false);
    const rescan = pipeline.rescan();
    await answer();
    await rescan;
    expect(state.phase).toBe('shown');
    expect(painter.intact()).toBe(true);
  }, 30_000);

  it('the next paint reads the text again, and asks the engine only if the text changed', async () => {
    const { pipeline, page, set, asked, answer } = pipelineOn(STORY);
    const first = pipeline.scan();
    await answer();
    await first;
    set({ shown: { anonymous: true, official: false, named: true, document: true } });
    await pipeline.repaint();
    expect(asked).toHaveLength(0);
    document.querySelector('article p')!.textContent = 'Critics said the plan would fail.';
    pipeline.pageChanged();
    set({});
    const repainting = pipeline.repaint();
    await answer();
    await repainting;
    expect(page.text!.text).toMatch(/^Critics said/);
    expect(document.querySelector('article p mark')).not.toBeNull();
  });

  it('a rescan of an unchanged article and paint asks nothing', async () => {
    const { pipeline, asked, answer } = pipelineOn(STORY);
    const first = pipeline.scan();
    await answer();
    await first;
    await pipeline.rescan();
    expect(asked).toHaveLength(0);
  });
});

describe('stop', () => {
  it('takes everything off the page, and nothing runs after it', async () => {
    const { pipeline, state, tooltip, asked, answer } = pipelineOn(STORY);
    const first = pipeline.scan();
    await answer();
    await first;
    tooltip.show(0, new DOMRect());
    expect(document.querySelector('sourcelight-tooltip')).not.toBeNull();
    pipeline.stop();
    expect(marks()).toHaveLength(0);
    expect(document.querySelector('sourcelight-tooltip')).toBeNull();
    expect(state.phase).toBe('off');
    await pipeline.scan();
    await pipeline.repaint();
    expect(asked).toHaveLength(0);
    expect(marks()).toHaveLength(0);
  });
});
