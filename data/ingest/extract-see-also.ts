// Reads the "See also" lists: related articles, linked to Wikipedia unless the item is a quoted outside title.
import type { SeeAlso } from '../schema/index.ts';
import type { ArticleSection } from './text/parse-article.ts';

/** The English Wikipedia address of an article title. */
export const wikipediaUrl = (title: string): string =>
  `https://en.wikipedia.org/wiki/${encodeURIComponent(title.trim().replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':')}`;

/** Items of every "See also" section, in order, without repeats. */
export function extractSeeAlso(sections: ArticleSection[]): SeeAlso[] {
  const seen = new Set<string>();
  const items: SeeAlso[] = [];
  for (const section of sections) {
    if (!/^see\s+also$/i.test(section.heading?.trim() ?? '')) continue;
    for (const block of section.blocks) {
      if (block.kind !== 'item') continue;
      const raw = block.text.trim();
      const quoted = /^["“](.*?)["”]\s*$/.exec(raw);
      const title = (quoted?.[1] ?? raw).replace(/^\[\[|\]\]$/g, '').trim();
      if (!title || seen.has(title)) continue;
      seen.add(title);
      items.push(quoted ? { title } : { title, url: wikipediaUrl(title) });
    }
  }
  return items;
}
