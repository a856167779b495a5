import type { Page } from 'playwright-core';

/** The id of the claim that starts lowest on the page: the one a jump must scroll to from the top. */
export function lowestClaimId(page: Page): Promise<number> {
  return page.evaluate(() => {
    const leads = Array.from(document.querySelectorAll('mark.sourcelight-lead'));
    const tops = leads.map((mark) => mark.getBoundingClientRect().top + scrollY);
    return Number(leads[tops.indexOf(Math.max(...tops))]!.getAttribute('data-claim'));
  });
}

/** Whether the claim's first mark is wholly inside the viewport. */
export function claimInView(page: Page, id: number): Promise<boolean> {
  return page.evaluate((claim) => {
    const r = document.querySelector(`mark[data-claim="${claim}"]`)!.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, id);
}
