/**
 * The article's text out of a saved web page, with Mozilla's Readability (Firefox's Reader View). The page is
 * parsed by DOMParser, which runs no script and loads nothing, and is never rendered; only its text is kept,
 * a blank line between paragraphs.
 */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export async function articleFromHtml(html: string): Promise<{ title: string | null; text: string }> {
  const { Readability } = await import('@mozilla/readability');
  const page = new DOMParser().parseFromString(html, 'text/html');
  const title = page.title.trim() || null;
  const article = new Readability(page).parse();
  const body = new DOMParser().parseFromString(article?.content ?? '', 'text/html').body;
  const blocks = [...body.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
  const paragraphs = (blocks.length > 0 ? blocks.map(words) : [words(body)]).filter((p) => p !== '');
  return { title: article?.title?.trim() || title, text: paragraphs.join('\n\n') };
}
