import { ContentLifetime } from '../../utils/page/contentLifetime';

const open: ContentLifetime[] = [];

/** A content script's lifetime as the real script makes it. */
export function testLifetime(): ContentLifetime {
  const lifetime = new ContentLifetime();
  open.push(lifetime);
  return lifetime;
}

/** Ends every lifetime made so far, as the browser does when the extension goes: for an afterEach. */
export function endLifetimes(): void {
  for (const lifetime of open.splice(0)) lifetime.abort();
}
