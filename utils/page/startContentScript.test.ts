import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectBackgroundEngine } from '../../tests/support/backgroundEngine';
import type { ClaimRow } from '../claimExport';
import type { PageState } from '../messages';
import { updateSettings } from '../settings';
import { endLifetimes, testLifetime } from '../../tests/support/lifetime';
import { startContentScript } from './startContentScript';
import { loadPage, sharedPage } from '../../tests/support/testPage';

const fromPopup = { id: fakeBrowser.runtime.id };
const ask = <T>(type: string, data: unknown) =>
  fakeBrowser.runtime.onMessage.trigger({ type, data }, fromPopup, () => {}) as Promise<T[]>;
const answer = async <T>(type: string, data: unknown): Promise<T> => (await ask<T>(type, data)).find((r) => r !== undefined)!;

beforeEach(() => {
  fakeBrowser.reset();
  // The background's engine, as the content script asks it.
  connectBackgroundEngine();
  loadPage(sharedPage('seed-article.html'));
});
afterEach(() => {
  endLifetimes();
  vi.restoreAllMocks();
});

async function started() {
  const controller = (await startContentScript(testLifetime()))!;
  await controller.idle();
  return controller;
}

describe('startContentScript', () => {
  it('answers the popup with the claims found', async () => {
    await started();
    const state = await answer<PageState>('getPageState', null);
    expect(state.status).toBe('scanned');
    const total = Object.values(state.counts).reduce((a, b) => a + b, 0);
    expect(state.claims).toHaveLength(total);
    expect(state.counts.anonymous).toBeGreaterThan(0);
    expect(state.claims.every((c) => c.snippet.length <= 140)).toBe(true);
    expect(state.claims[0]).toMatchObject({ id: 0, category: 'anonymous', source: 'Lebanese sources' });
  });

  it('answers an export with every claim in full, in the list\'s order, with the page and the scan date', async () => {
    await started();
    const before = Date.now();
    const state = await answer<PageState>('getPageState', null);
    const rows = await answer<ClaimRow[]>('getClaimRows', null);
    expect(rows).toHaveLength(state.claims.length);
    rows.forEach((row, id) => {
      const listed = state.claims[id]!;
      expect(row.category).toBe(listed.category);
      expect(row.claim.startsWith(listed.snippet.replace(/…$/, ''))).toBe(true);
      expect(row.entity).toBe(listed.resolvedSource ?? listed.source);
    });
    expect(rows.some((row, id) => row.claim.length > state.claims[id]!.snippet.length)).toBe(true);
    expect(new Set(rows.map((r) => r.url))).toEqual(new Set([document.location.href]));
    expect(new Set(rows.map((r) => r.title))).toEqual(new Set([document.title.replace(/\s+/g, ' ').trim()]));
    expect(Date.parse(rows[0]!.scannedAt)).toBeLessThanOrEqual(before);
  });

  it('reports the count to the background', async () => {
    const reports: unknown[] = [];
    connectBackgroundEngine({ reportCount: (report) => (reports.push(report), null) });
    await started();
    const state = await answer<PageState>('getPageState', null);
    await vi.waitFor(() => expect(reports).toEqual([{ count: state.claims.length, anonymous: state.counts.anonymous }]));
  });

  it('reveals a claim and steps through the claims shown, wrapping around', async () => {
    await started();
    const { claims } = await answer<PageState>('getPageState', null);
    expect(await answer<boolean>('revealClaim', { id: 1 })).toBe(true);
    expect(document.activeElement?.getAttribute('data-claim')).toBe('1');
    expect(document.activeElement?.classList.contains('sourcelight-flash')).toBe(true);
    expect(await answer<boolean>('revealClaim', { id: 999 })).toBe(false);
    document.body.focus();
    const first = await answer<number>('stepClaim', { direction: 1 });
    const visited = [first];
    for (let i = 1; i < claims.length; i++) visited.push(await answer<number>('stepClaim', { direction: 1 }));
    expect(new Set(visited).size).toBe(claims.length);
    expect(await answer<number>('stepClaim', { direction: 1 })).toBe(first);
    expect(await answer<number>('stepClaim', { direction: -1 })).toBe(visited[claims.length - 1]);
  });

  it('shows every listed claim on the page, also one painted inside an earlier claim', async () => {
    // The officials' claim holds the mayor's: a character is painted once, so the mayor's has no marks of its own.
    const filler = '<p>Traffic on the old bridge was light on Monday morning, and the shops along the river opened late as usual.</p>'.repeat(4);
    loadPage(`<html><body><article><h1>Bridge</h1><p>Officials said the mayor told the council the bridge was safe.</p>${filler}<p>Repairs start in May, the council said.</p></article></body></html>`);
    await started();
    const { claims } = await answer<PageState>('getPageState', null);
    const painted = new Set(Array.from(document.querySelectorAll('mark[data-claim]'), (m) => m.getAttribute('data-claim')));
    expect(claims.some((c) => !painted.has(String(c.id)))).toBe(true);
    for (const claim of claims) {
      document.body.focus();
      expect(await answer<boolean>('revealClaim', { id: claim.id })).toBe(true);
      expect(document.activeElement?.closest('mark.sourcelight-mark')).not.toBeNull();
    }
  });

  it('runs once however often it is injected', async () => {
    const first = await started();
    const article = document.querySelector('article')!.innerHTML;
    const again = await startContentScript(testLifetime());
    await again?.idle();
    expect(again).toBe(first);
    expect(document.querySelector('article')!.innerHTML).toBe(article);
    expect(document.querySelectorAll('#sourcelight-style')).toHaveLength(1);
    const answers = await ask('getPageState', null);
    expect(answers.filter((a) => a !== undefined)).toHaveLength(1);
  });

  it('applies settings changed elsewhere at once', async () => {
    const controller = await started();
    await updateSettings({ enabled: false });
    await vi.waitFor(() => expect(document.querySelector('mark.sourcelight-mark')).toBeNull());
    await updateSettings({ enabled: true });
    await vi.waitFor(() => expect(document.querySelector('mark.sourcelight-mark')).not.toBeNull());
    await controller.idle();
  });

  it('stays off sites the user never scans', async () => {
    await updateSettings({ neverScanSites: [location.origin] });
    expect(await startContentScript(testLifetime())).toBeNull();
    expect(document.querySelector('mark')).toBeNull();
  });
});

// It fails on a rejection left unhandled (tests/support/unhandledRejections.ts). A background stopped during a scan:
// tests/e2e/backgroundPort.chromium.e2e.test.ts.
describe('failures the content script handles', () => {
  it('settings that cannot be read start nothing and break nothing', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage is gone'));
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    expect(await startContentScript(testLifetime())).toBeNull();
    expect(document.querySelector('mark')).toBeNull();
  });
});
