/**
 * The embed: the map as a newsroom shows it inside an article (`?embed=1`: map, legend and timeline, no top
 * bar), the address of a view embedded or full, and the iframe code to paste. A view is its address: the
 * selection in the query (place, range, layers, sources, language) and the camera in the hash.
 */
export const EMBED_PARAM = 'embed';

export const isEmbedded = (search: string): boolean => new URLSearchParams(search).get(EMBED_PARAM) === '1';

/** `query` (`?a=b` or empty) with the embed flag set or taken out; commas left as the app writes them. */
export function withEmbed(query: string, embed: boolean): string {
  const params = new URLSearchParams(query);
  if (embed) params.set(EMBED_PARAM, '1');
  else params.delete(EMBED_PARAM);
  const written = params.toString().replace(/%2C/g, ',');
  return written ? `?${written}` : '';
}

/**
 * The address of the view at `href`, embedded or full. `lang` pins the language the reader sees, so the
 * embed reads the same for every visitor whatever their browser's language.
 */
export function viewUrl(href: string, embed: boolean, lang?: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  if (lang !== undefined && !params.has('lang')) params.set('lang', lang);
  url.search = withEmbed(`?${params.toString()}`, embed);
  return url.href;
}

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML a page pastes to show the view: a responsive-width frame with a title for screen readers. */
export function iframeCode(src: string, title: string): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}
