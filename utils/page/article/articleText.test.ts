import { describe, expect, it } from 'vitest';
import { nodePieces, readArticleText } from './articleText';

function read(html: string) {
  document.body.innerHTML = `<article>${html}</article>`;
  return readArticleText(document.querySelector('article')!);
}

/** The page text a text range maps back to, through the offset map. */
const mappedText = (article: ReturnType<typeof read>, start: number, end: number) =>
  nodePieces(article, start, end)
    .map(({ node, from, to }) => node.data.slice(from, to))
    .join('');

describe('readArticleText', () => {
  it.each([
    ['text split across inline tags', '<p>The <a href="#">Pentagon</a> <em>said</em> <b>it <i>would</i></b> wait.</p>', 'The Pentagon said it would wait.'],
    ['entities', '<p>AT&amp;T said &ldquo;no&rdquo;&nbsp;today &lt;b&gt;</p>', 'AT&T said “no”\u00a0today <b>'],
    ['a line break between blocks', '<p>One said.</p><p>Two said.</p>', 'One said.\nTwo said.'],
    ['a line break at <br>', '<p>First line<br>second line</p>', 'First line\nsecond line'],
    // Blank nodes between blocks go; a node with text keeps all its characters, so offsets match the page's.
    ['indentation between blocks left out, source newlines as spaces', '\n  <p>\n    He said\n    so.\n  </p>\n  <div><p>Next</p></div>', '     He said     so.   \nNext'],
    ['nested blocks giving a single break', '<div><div><p>A</p></div></div><section><p>B</p></section>', 'A\nB'],
  ])('reads %s', (_, html, text) => {
    expect(read(html).text).toBe(text);
  });

  it.each([
    ['script', '<script>var said = 1;</script>'],
    ['style', '<style>p{color:red}</style>'],
    ['noscript', '<noscript>Enable JS, officials said</noscript>'],
    ['template', '<template><p>officials said</p></template>'],
    ['textarea', '<textarea>officials said</textarea>'],
    ['button', '<button>Share what officials said</button>'],
    ['select', '<select><option>officials said</option></select>'],
    ['contenteditable', '<div contenteditable="true">officials said</div>'],
    ['SVG', '<svg><text>officials said</text></svg>'],
    ['hidden', '<p hidden>officials said</p>'],
    ['aria-hidden', '<span aria-hidden="true">officials said</span>'],
    ['display:none', '<div style="display:none">officials said</div>'],
    ['a visually hidden label', '<span class="sr-only">officials said</span>'],
    ["the page's own mark", '<p>Read <mark>officials said</mark></p>'],
    ['nav', '<nav>officials said</nav>'],
    ['aside', '<aside>officials said</aside>'],
    ['footer', '<footer>officials said</footer>'],
    ['header', '<header>officials said</header>'],
    ['figure caption', '<figure><img alt=""><figcaption>officials said</figcaption></figure>'],
    ['form', '<form><label>officials said</label></form>'],
    ['comment section', '<div id="comments"><p>officials said</p></div>'],
    ['comment list by class', '<ul class="article-comments"><li>officials said</li></ul>'],
  ])('leaves out %s inside the article', (_, html) => {
    const article = read(`<p>Before.</p>${html}<p>After.</p>`);
    expect(article.text).not.toContain('officials said');
    expect(article.text).not.toContain('said = 1');
    expect(article.text).toContain('Before.');
    expect(article.text).toContain('After.');
  });

  it('keeps an opinion piece body whose class says commentary', () => {
    expect(read('<div class="commentary-body"><p>Officials said so.</p></div>').text).toBe('Officials said so.');
  });

  it('maps every range of the text back to the same characters in the page', () => {
    const article = read(
      '<p>The <a href="#">White <em>House</em></a> said<br>it &amp; <span hidden>secret</span>allies <script>x</script>agreed.</p><p>Next &ldquo;quote&rdquo;.</p>',
    );
    const { text } = article;
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        expect(mappedText(article, start, end)).toBe(text.slice(start, end).replace(/\n/g, ''));
      }
    }
  });
});
