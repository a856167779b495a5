import { describe, expect, it } from 'vitest';
import { renderTooltipContent } from './tooltip';

describe('renderTooltipContent', () => {
  it('names the category, source, who it refers to and the cue', () => {
    const box = renderTooltipContent(document, {
      category: 'official',
      source: 'he',
      resolvedSource: 'Pentagon spokesman Peter Cook',
      cue: 'said',
      color: '#3b82f6',
    });
    expect(box.textContent).toBe('◆ Official sourceSource: heRefers to: Pentagon spokesman Peter CookCue: said');
  });

  it('shows markup from the page as text, never as elements', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const box = renderTooltipContent(document, {
      category: 'named',
      source: hostile,
      resolvedSource: `&lt;b&gt; ${hostile}`,
      cue: '<b>said</b>',
      color: '#10b981',
    });
    expect(box.querySelector('img, script, b')).toBeNull();
    expect(box.textContent).toContain(hostile);
    expect(box.textContent).toContain(`&lt;b&gt; ${hostile}`);
    expect(box.textContent).toContain('<b>said</b>');
  });

  it('says when the source is not stated', () => {
    const box = renderTooltipContent(document, { category: 'document', source: null, resolvedSource: null, cue: 'according to', color: '#a855f7' });
    expect(box.textContent).toContain('Source: not stated');
  });
});
