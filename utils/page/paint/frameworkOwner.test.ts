import { describe, expect, it } from 'vitest';
import { choosePaintMode, isFrameworkOwned } from './frameworkOwner';

const paragraphs = '<p>Officials said the talks would resume.</p><p>The ministry said it agreed.</p>';

function articleIn(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('article')!;
}

describe('isFrameworkOwned', () => {
  it.each([
    ['a React root', `<div data-reactroot=""><article>${paragraphs}</article></div>`],
    ['a Next.js root', `<div id="__next"><main><article>${paragraphs}</article></main></div>`],
    ['a Nuxt root', `<div id="__nuxt"><article>${paragraphs}</article></div>`],
    ['an Angular app', `<app-root ng-version="17.0.0"><article>${paragraphs}</article></app-root>`],
    ['Vue scoped styles', `<article data-v-7ba5bd90="">${paragraphs}</article>`],
    ['Svelte classes', `<article class="story svelte-1x2y3z">${paragraphs}</article>`],
    ['Svelte classes on its paragraphs', `<article><p class="svelte-abc12">Officials said so.</p></article>`],
  ])('sees %s', (_, html) => {
    expect(isFrameworkOwned(articleIn(html))).toBe(true);
  });

  it('sees the expandos React leaves on its elements', () => {
    const article = articleIn(`<div id="root"><article>${paragraphs}</article></div>`);
    Object.assign(document.getElementById('root')!, { '__reactContainer$x1y2': {} });
    expect(isFrameworkOwned(article)).toBe(true);
  });

  it('leaves a server-rendered page alone', () => {
    expect(isFrameworkOwned(articleIn(`<div class="story-body"><article class="commentary">${paragraphs}</article></div>`))).toBe(false);
  });
});

describe('choosePaintMode', () => {
  it('uses the Highlight API on framework pages in auto mode, marks elsewhere', () => {
    const owned = articleIn(`<div id="__next"><article>${paragraphs}</article></div>`);
    expect(choosePaintMode('auto', owned, true)).toBe('highlight-api');
    const plain = articleIn(`<article>${paragraphs}</article>`);
    expect(choosePaintMode('auto', plain, true)).toBe('marks');
  });

  it('follows the setting, and falls back to marks where the API is missing', () => {
    const plain = articleIn(`<article>${paragraphs}</article>`);
    expect(choosePaintMode('highlight-api', plain, true)).toBe('highlight-api');
    expect(choosePaintMode('marks', articleIn(`<div id="__next"><article>${paragraphs}</article></div>`), true)).toBe('marks');
    expect(choosePaintMode('highlight-api', plain, false)).toBe('marks');
    expect(choosePaintMode('auto', articleIn(`<div id="__next"><article>${paragraphs}</article></div>`), false)).toBe('marks');
  });
});
