// Answers 304 Not Modified when If-None-Match names the ETag of the 200 a GET or HEAD would get.
import type { MiddlewareHandler } from 'hono';

/** Whether an If-None-Match value matches an ETag: `*`, or any listed tag by weak comparison (RFC 9110 §13.1.2). */
export function etagMatches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch === etag) return true;
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag;
  for (const item of ifNoneMatch.split(',')) {
    const tag = item.trim();
    if (tag === '*' || tag === opaque || (tag.startsWith('W/') && tag.slice(2) === opaque)) return true;
  }
  return false;
}

// A 304 carries what a cache needs to refresh its copy (RFC 9110 §15.4.5), not the representation's metadata.
// Middleware outside this one (CORS, security headers, Server-Timing) add theirs to the 304 afterwards.
const KEPT_ON_304 = ['etag', 'cache-control', 'content-location', 'expires', 'vary', 'last-modified'] as const;

/**
 * Turns a 200 with an ETag into a 304 when the request's If-None-Match matches.
 * Not hono/etag: that one hashes every body without an ETag on every request; here ETags are computed once
 * per stored document, and responses without one are left alone.
 */
export const conditionalGet = (): MiddlewareHandler =>
  async function conditionalGet(c, next) {
    await next();
    const ifNoneMatch = c.req.raw.headers.get('if-none-match');
    if (ifNoneMatch === null || c.res.status !== 200) return;
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return;
    const etag = c.res.headers.get('etag');
    if (etag === null || !etagMatches(ifNoneMatch, etag)) return;
    const headers = new Headers();
    for (const name of KEPT_ON_304) {
      const value = c.res.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    await c.res.body?.cancel();
    // Cleared first so Hono does not copy every header of the 200 onto the 304.
    c.res = undefined as unknown as Response;
    c.res = new Response(null, { status: 304, headers });
  };
