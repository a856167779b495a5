import { afterEach, describe, expect, it } from 'vitest';
import { findAttributions } from '../attribution';
import { createPageController, type PageController } from './pageController';
import { loadPage, settingsWith, sharedPage } from './testPage';

let controller: PageController | undefined;
afterEach(() => {
  controller?.destroy();
  controller = undefined;
});

async function start(html: string, settings = settingsWith()) {
  loadPage(html);
  const counts: number[] = [];
  controller = createPageController({ doc: document, findAttributions, reportCount: (n) => counts.push(n) }, settings);
  await controller.start();
  await controller.idle();
  return { controller, counts };
}

describe('the seed article', () => {
  it('highlights claims in the article and nothing in the aside', async () => {
    const { counts } = await start(sharedPage('seed-article.html'));
    const marks = Array.from(document.querySelectorAll('mark.sourcelight-mark'));
    console.log(marks.length, counts, marks.slice(0, 6).map((m) => `${m.getAttribute('data-category')}:${m.textContent}`));
    expect(marks.length).toBeGreaterThan(0);
    expect(document.querySelector('aside mark')).toBeNull();
  });
});
