import type { ChromiumSession } from '../../harness/chromium';
import type { PageServer } from '../../harness/server';
import { callProbe } from './probeBundle';

/**
 * Serves page NAME with its article's content repeated ten times (same markup, ten times the text) as
 * `tenfold-NAME`, and returns that name.
 */
export async function serveTenfold(session: ChromiumSession, server: PageServer, probe: string, name: string): Promise<string> {
  const page = await session.context.newPage();
  try {
    await page.goto(server.url(name), { waitUntil: 'load' });
    await page.evaluate(probe);
    const html = (await page.evaluate(callProbe('tenfoldHtml'))) as string;
    const tenfold = `tenfold-${name}`;
    server.addFixture(tenfold, html);
    return tenfold;
  } finally {
    await page.close();
  }
}
