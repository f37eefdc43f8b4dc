// A local stand-in for Wikipedia's Action API serving generated articles: title lookups in batches and one
// whole-article extract per request, as en.wikipedia.org answers them (formatversion=2).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An article the fake serves. */
export interface FakeArticle {
  title: string;
  extract: string;
  revid: number;
}

/** Serves `articles` at http://127.0.0.1:PORT/w/api.php until close(); counts the requests of each kind. */
export async function fakeMediaWiki(articles: readonly FakeArticle[]) {
  const byTitle = new Map(articles.map((a, i) => [a.title, { ...a, pageid: 1000 + i }]));
  const counts = { lookups: 0, extracts: 0 };
  const server = createServer((req, res) => {
    const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const titles = (params.get('titles') ?? '').split('|');
    const extracts = params.get('prop')?.includes('extracts') ?? false;
    if (extracts) counts.extracts++;
    else counts.lookups++;
    const pages = titles.map((title) => {
      const article = byTitle.get(title);
      if (!article) return { ns: 0, title, missing: true };
      const revisions = [{ revid: article.revid, parentid: article.revid - 1, timestamp: '2026-11-01T12:00:00Z' }];
      return {
        pageid: article.pageid,
        ns: 0,
        title,
        revisions,
        ...(extracts ? { extract: article.extract } : {}),
      };
    });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ batchcomplete: true, query: { pages } }));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/w/api.php`,
    counts,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
