/**
 * The article's text out of a saved web page, with Mozilla's Readability (Firefox's Reader View). The page is
 * parsed by DOMParser (which runs no script and loads nothing), stripped of handlers and sources, and never
 * rendered; only its text is kept, a blank line between paragraphs.
 */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

/** Inside each tag (never in the text between tags), every `on…=` attribute taken out. */
const withoutHandlers = (html: string) =>
  html.replace(/<[a-z][^>]*>/gi, (tag) =>
    tag.replace(/\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/gi, ''),
  );

/**
 * The page as a document with no window, its event handlers and everything that would load (src, srcset) taken
 * off: none would run anyway (no window, and the page's Content-Security-Policy forbids inline handlers), but
 * the browser would report each refusal.
 */
function inert(html: string): Document {
  // DOMParser's document belongs to no window: nothing in it loads or runs. The handlers go from the tags'
  // text first, as the browser checks one against the policy as soon as it is parsed.
  const doc = new DOMParser().parseFromString(withoutHandlers(html), 'text/html');
  for (const el of doc.querySelectorAll('*'))
    for (const { name } of [...el.attributes])
      if (/^on/i.test(name) || name === 'src' || name === 'srcset') el.removeAttribute(name);
  return doc;
}

const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export async function articleFromHtml(html: string): Promise<{ title: string | null; text: string }> {
  const { Readability } = await import('@mozilla/readability');
  const page = inert(html);
  const title = page.title.trim() || null;
  const article = new Readability(page).parse();
  const body = new DOMParser().parseFromString(article?.content ?? '', 'text/html').body;
  const blocks = [...body.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
  const paragraphs = (blocks.length > 0 ? blocks.map(words) : [words(body)]).filter((p) => p !== '');
  return { title: article?.title?.trim() || title, text: paragraphs.join('\n\n') };
}
