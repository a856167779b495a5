import { expect } from 'vitest';
import { articleProbeScript, runProbe, type ArticleProbe } from './articleProbe';
import { engineView, markProblems, type EngineView } from './engineOracle';
import type { PageDriver } from './popupPage';
import { waitFor } from './waitFor';

/**
 * Waits until the page's highlights and the badge agree with the engine run here on the text the page's article
 * holds, and returns both. A page that rewrites its article makes the content script scan again, so a single read
 * could fall between two paints; when they never agree, the expectations say what differs.
 */
export async function settledScan(page: PageDriver, badge?: () => Promise<string>, timeoutMs = 5_000): Promise<{ probe: ArticleProbe; engine: EngineView }> {
  await page.addScript(await articleProbeScript());
  const read = async () => {
    const probe = await page.evaluate(runProbe, undefined);
    if (!probe) throw new Error('no article found on the page');
    const engine = engineView(probe.text);
    // Without a way to read the badge (Firefox over BiDi), only the page is compared.
    return { probe, engine, problems: markProblems(probe, engine), badge: badge ? await badge() : engine.badge };
  };
  const agreed = await waitFor('highlights and badge to agree with the engine', async () => {
    const now = await read();
    return now.problems.length === 0 && now.badge === now.engine.badge && now;
  }, timeoutMs).catch(() => null);
  if (agreed) return agreed;
  const last = await read();
  expect(last.problems).toEqual([]);
  expect(last.badge).toBe(last.engine.badge);
  return last;
}
