import type { Category } from '../../utils/attribution/types';
import type { GoldArticle, GoldAttribution, Range } from '../../bench/spans/types';

/**
 * One sentence marked up by hand, "{The minister} [said] <the plan was dead>.": the cue in
 * [brackets], the source in {braces}, each content piece in <angle brackets>. Without a cue the
 * sentence carries no attribution; without <> its attribution marks no content.
 */
export function parseMarkup(marked: string, category: Category | null = 'official'): { text: string; gold: GoldAttribution | null } {
  let text = '';
  const open: Record<string, number> = {};
  const spans: Record<string, Range> = {};
  const content: Range[] = [];
  for (const ch of marked) {
    if (ch === '[' || ch === '{' || ch === '<') open[ch] = text.length;
    else if (ch === ']') spans.cue = [open['[']!, text.length];
    else if (ch === '}') spans.source = [open['{']!, text.length];
    else if (ch === '>') content.push([open['<']!, text.length]);
    else text += ch;
  }
  if (!spans.cue) return { text, gold: null };
  return { text, gold: { cue: spans.cue, source: spans.source ?? null, ...(content.length ? { content } : {}), category } };
}

/** An article of marked sentences, one space between them, each with its category (default official). */
export function markedArticle(id: string, sentences: readonly (string | [string, Category | null])[]): GoldArticle {
  let text = '';
  const attributions: GoldAttribution[] = [];
  for (const sentence of sentences) {
    const [marked, category] = typeof sentence === 'string' ? [sentence, 'official' as const] : sentence;
    const offset = text ? text.length + 1 : 0;
    const { text: plain, gold } = parseMarkup(marked, category);
    text = text ? `${text} ${plain}` : plain;
    if (!gold) continue;
    const shift = ([start, end]: Range): Range => [start + offset, end + offset];
    attributions.push({
      ...gold,
      cue: shift(gold.cue),
      source: gold.source && shift(gold.source),
      ...(gold.content ? { content: gold.content.map(shift) } : {}),
    });
  }
  return { id, text, attributions };
}
