// An HTML page as the worker serves it: strong ETag, caching, 304 on a match, and a CSP that lets it be framed.
import type { Context } from 'hono';
import { etagMatches } from '../document-response.ts';

/** A rendered page, with its validator computed once. */
export interface RenderedPage {
  readonly html: string;
  readonly etag: string;
  /** The CSP for this page (style hashes differ with the card's styles). */
  readonly csp: string;
}

/**
 * The page's 200, or a 304 when the client holds it. Any site may frame it (`frame-ancestors *`); it sets no
 * cookie and runs no script.
 */
export function htmlResponse(c: Context, page: RenderedPage, status: 200 | 404, cacheControl: string): Response {
  const headers = new Headers({
    etag: page.etag,
    'cache-control': cacheControl,
    'content-security-policy': page.csp,
    'referrer-policy': 'strict-origin-when-cross-origin',
  });
  const ifNoneMatch = c.req.raw.headers.get('if-none-match');
  if (status === 200 && ifNoneMatch !== null && etagMatches(ifNoneMatch, page.etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set('content-type', 'text/html; charset=utf-8');
  return new Response(page.html, { status, headers });
}
