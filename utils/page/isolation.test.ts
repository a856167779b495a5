import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectBackgroundEngine } from '../../tests/support/backgroundEngine';
import { DEFAULT_SETTINGS, updateSettings } from '../settings';
import { endLifetimes, testLifetime } from '../../tests/support/lifetime';
import { startContentScript } from './startContentScript';
import { loadPage } from '../../tests/support/testPage';

// Text the user types, another component's shadow tree, a frame, drawn text and the page's own marks are not the
// article's prose: highlighting inside them would corrupt what the user writes or what another script owns.
const PAGE = `<!doctype html><html><head><title>Talks</title></head><body><main><article>
<h1>Talks stall</h1>
<p>Two sources told Reuters the talks had stalled over the weekend, and no new date was set for them.</p>
<p>“We are watching closely,” Pentagon spokesman Peter Cook said on Tuesday, adding that nothing was decided.</p>
<div id="host"></div>
<iframe id="frame" srcdoc="<p>Two sources told Reuters the frame was never touched.</p>"></iframe>
<form id="form"><textarea id="area">A spokesman said the draft was ready.</textarea><input id="field" value="a spokesman said so"></form>
<div id="editable" contenteditable="true">Officials said the comment box was ready, a spokesman said.</div>
<svg id="drawing" width="200" height="20"><text x="0" y="15">officials said the chart was right</text></svg>
<p id="quoted">The strike was a mistake, <mark id="own">officials said</mark> on Monday, according to a report.</p>
<p>The convoy was hit near the border, according to a report from the ministry released late on Sunday.</p>
</article></main></body></html>`;


beforeEach(async () => {
  fakeBrowser.reset();
  // The background's engine, as the content script asks it.
  connectBackgroundEngine();
  loadPage(PAGE);
  await updateSettings({ ...structuredClone(DEFAULT_SETTINGS), highlightMode: 'marks', alwaysScanSites: [location.origin] });
});
afterEach(() => {
  endLifetimes();
});

const byId = (id: string) => document.getElementById(id)!;

function snapshot(shadow: ShadowRoot) {
  const frame = byId('frame') as HTMLIFrameElement;
  return {
    shadow: shadow.innerHTML,
    frame: frame.outerHTML,
    frameBody: frame.contentDocument?.body?.innerHTML ?? null,
    form: byId('form').innerHTML,
    area: (byId('area') as HTMLTextAreaElement).value,
    field: (byId('field') as HTMLInputElement).value,
    editable: byId('editable').innerHTML,
    drawing: byId('drawing').innerHTML,
    own: byId('own').outerHTML,
  };
}

describe('what the scan leaves alone', () => {
  it('highlights the article but nothing in shadow roots, frames, form fields, editable text, SVG or the page marks', async () => {
    const shadow = byId('host').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Senior officials said the widget was its own. Two sources told Reuters so.</p>';
    (byId('area') as HTMLTextAreaElement).value = 'Typed: a spokesman said the draft was ready.';
    const before = snapshot(shadow);

    const controller = (await startContentScript(testLifetime()))!;
    await controller.idle();

    const marks = Array.from(document.querySelectorAll('mark.sourcelight-mark'));
    expect(marks.map((m) => m.textContent).join('')).toContain('Two sources told Reuters');
    expect(marks.some((m) => m.closest('#quoted'))).toBe(true);
    expect(snapshot(shadow)).toEqual(before);
    expect(shadow.querySelector('mark')).toBeNull();
    for (const id of ['frame', 'form', 'editable', 'drawing', 'own']) {
      expect(byId(id).querySelector('mark.sourcelight-mark')).toBeNull();
      expect(byId(id).closest('mark.sourcelight-mark')).toBeNull();
    }
  });
});
