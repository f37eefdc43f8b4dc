// Which requested titles are articles, after normalisation and redirects, with their current revision: 50 a request.
import type { ActionApi, ApiPage } from './action-api.ts';

/** The most titles one query takes from a client without the apihighlimits right. */
export const TITLES_PER_REQUEST = 50;

/** A requested title's article, or why it has none. */
export type Resolution = { page: ApiPage } | { reason: string };

/** Each title of `requests` (by its text) → its page with the current revision, or the reason it has none. */
export async function resolveTitles(
  api: ActionApi,
  requests: readonly { title: string }[],
  log: (line: string) => void,
): Promise<Map<string, Resolution>> {
  const titles = [...new Set(requests.map((r) => r.title))];
  const resolved = new Map<string, Resolution>();
  const batches = Math.ceil(titles.length / TITLES_PER_REQUEST);
  for (let start = 0, batch = 1; start < titles.length; start += TITLES_PER_REQUEST, batch++) {
    const group = titles.slice(start, start + TITLES_PER_REQUEST);
    const answer = await api.query({
      prop: 'revisions',
      rvprop: 'ids|timestamp',
      redirects: '1',
      titles: group.join('|'),
    });
    const normalized = new Map((answer.query?.normalized ?? []).map((n) => [n.from, n.to]));
    const redirects = new Map((answer.query?.redirects ?? []).map((r) => [r.from, r]));
    const pages = new Map((answer.query?.pages ?? []).map((p) => [p.title, p]));
    for (const title of group) {
      const name = normalized.get(title) ?? title;
      const redirect = redirects.get(name);
      const page = pages.get(redirect?.to ?? name);
      if (redirect?.tofragment)
        resolved.set(title, { reason: `redirects to a section: ${redirect.to}#${redirect.tofragment}` });
      else if (!page || page.missing) resolved.set(title, { reason: 'no such article' });
      else if (page.invalid) resolved.set(title, { reason: `not a valid title (${page.invalidreason ?? 'invalid'})` });
      else if (page.ns !== undefined && page.ns !== 0)
        resolved.set(title, { reason: 'not an article (another namespace)' });
      else resolved.set(title, { page });
    }
    if (batches > 1 && (batch % 20 === 0 || batch === batches))
      log(
        `wikipedia: ${batch}/${batches} batches asked, ${[...resolved.values()].filter((r) => 'page' in r).length} article(s) so far`,
      );
  }
  return resolved;
}
