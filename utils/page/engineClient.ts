import type { Request } from '../messages';
import { openBackgroundPort } from '../port';
import type { ContentLifetime } from './contentLifetime';
import type { PageControllerDeps } from './pageController';

export interface EngineClient extends Pick<PageControllerDeps, 'findAttributions'> {
  /** Tells the background what the badge shows for this tab; never throws (no background listening, an update in progress, is no reason to disturb the page). */
  report(data: Request<'reportCount'>): void;
}

/**
 * The content script's way to the background, over one port for the script's life: the engine's answers and the
 * badge's count. The port leaves with the page into the back/forward cache and comes back with it (`pageshow` with
 * `persisted`), and it ends with the script.
 */
export function connectEngine(lifetime: ContentLifetime, win: Window): EngineClient {
  const port = openBackgroundPort();
  lifetime.addEventListener(win, 'pagehide', (event) => event.persisted && port.suspend());
  lifetime.addEventListener(win, 'pageshow', (event) => event.persisted && port.resume());
  lifetime.onInvalidated(() => port.close());
  return {
    findAttributions: (text) => port.request('findAttributions', { text }),
    report: (data) => void port.request('reportCount', data).catch(() => {}),
  };
}
