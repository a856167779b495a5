import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../../harness/chromium';
import type { ExtensionGlobal } from '../../harness/extensionGlobal';
import { heapAfterGc } from './pageLoad';
import { callProbe } from './probeBundle';

export interface PageSize {
  elements: number;
  textNodes: number;
  heapBytes: number;
  /** The JS heap without V8's compiled code (a heap snapshot's nodes of type `code`): the objects a leak would add. */
  objectBytes: number;
}

export interface ToggleRun {
  toggles: number;
  marks: number;
  /** JS heap before the first toggle, warm-up included. */
  coldHeapBytes: number;
  start: PageSize;
  end: PageSize;
  /** JS heap after a GC every CHECKPOINT_EVERY toggles: a leak keeps climbing, warming code levels off. */
  heapCheckpoints: number[];
}

export const CHECKPOINT_EVERY = 25;
/**
 * Toggles before the start figures. The first toggles make V8 compile and optimise the code they run; a heap
 * snapshot diff over the toggles after them shows the JS heap still growing by a few kB now and then, all of it
 * compiled code (InstructionStream, deoptimisation data) for functions V8 optimises later, and no JS objects or DOM
 * nodes left behind: the objects figure (the heap without code) is the one a leak would move.
 */
export const WARMUP_TOGGLES = 50;

/** chrome.storage.sync takes at most 120 writes a minute; a refused write is retried after this pause. */
const QUOTA_PAUSE_MS = 5_000;
const PAINT_TIMEOUT_MS = 30_000;

/** Turns highlights on or off the way the popup does: a write of the stored settings, which content scripts watch. */
async function writeEnabled(session: ChromiumSession, enabled: boolean): Promise<void> {
  for (;;) {
    const refused = await session.worker.evaluate(async (enabled) => {
      const { chrome } = globalThis as unknown as ExtensionGlobal;
      try {
        const { settings } = await chrome.storage.sync.get('settings');
        await chrome.storage.sync.set({ settings: { ...(settings as object | undefined), enabled } });
        return null;
      } catch (error) {
        return String(error);
      }
    }, enabled);
    if (!refused) return;
    if (!/quota/i.test(refused)) throw new Error(`settings write failed: ${refused}`);
    await new Promise((resolve) => setTimeout(resolve, QUOTA_PAUSE_MS));
  }
}

/** Time for what a toggle left queued (storage events, the last slice's timers) to run before the heap is read. */
const SETTLE_MS = 500;

async function pageSize(page: Page): Promise<PageSize> {
  // Counted first: the probe's own code is then compiled before the heap is read, at the start as at the end.
  const { elements, textNodes } = (await page.evaluate(callProbe('nodeCounts'))) as Pick<PageSize, 'elements' | 'textNodes'>;
  await page.waitForTimeout(SETTLE_MS);
  const heapBytes = await heapAfterGc(page);
  return { elements, textNodes, heapBytes, objectBytes: await heapObjectBytes(page) };
}

/** The self size of every node of a heap snapshot of the page that is not V8 code (bytecode, machine code, metadata). */
async function heapObjectBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const snapshot = JSON.parse(chunks.join('')) as {
      snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
      nodes: number[];
    };
    const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
    const typeAt = fields.indexOf('type');
    const sizeAt = fields.indexOf('self_size');
    const code = types.indexOf('code');
    let bytes = 0;
    for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
      if (snapshot.nodes[i + typeAt] !== code) bytes += snapshot.nodes[i + sizeAt]!;
    }
    return bytes;
  } finally {
    await cdp.detach();
  }
}

const markCount = async (page: Page) => (await page.evaluate(callProbe('markCount'))) as number;

/**
 * On PAGE, scanned and painted with marks: switches highlights off and on TOGGLES times through the settings, each
 * time waiting until the marks are gone or all back, and reports the page's size before and after (after
 * WARMUP_TOGGLES warm-up toggles).
 */
export async function toggleRun(session: ChromiumSession, page: Page, probe: string, toggles: number): Promise<ToggleRun> {
  await page.evaluate(probe);
  const marks = await markCount(page);
  if (!marks) throw new Error(`no marks to toggle on ${page.url()}`);
  const toggle = async () => {
    for (const enabled of [false, true]) {
      await writeEnabled(session, enabled);
      await page.waitForFunction(`${callProbe('markCount')} === ${enabled ? marks : 0}`, null, {
        timeout: PAINT_TIMEOUT_MS,
        polling: 10,
      });
    }
  };
  const coldHeapBytes = (await pageSize(page)).heapBytes;
  for (let i = 0; i < WARMUP_TOGGLES; i++) await toggle();
  const start = await pageSize(page);
  const heapCheckpoints: number[] = [];
  for (let i = 1; i <= toggles; i++) {
    await toggle();
    if (i % CHECKPOINT_EVERY === 0 && i < toggles) heapCheckpoints.push((await pageSize(page)).heapBytes);
  }
  return { toggles, marks, coldHeapBytes, start, end: await pageSize(page), heapCheckpoints };
}
