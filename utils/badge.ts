/** Four characters is all a toolbar badge shows; no number at all when nothing was found keeps the toolbar calm. */
export function badgeText(count: number): string {
  if (!Number.isSafeInteger(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}
