// CORS for a public, read-only API: any origin may read, nobody sends credentials.
import type { MiddlewareHandler } from 'hono';

/** The methods every resource answers. */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

// Request headers a cross-origin client may send: the conditional request, and cache directives.
const ALLOWED_HEADERS = 'If-None-Match, Cache-Control';
// Response headers a cross-origin script may read besides the safelisted ones.
const EXPOSED_HEADERS = 'ETag, Server-Timing, Retry-After, Allow, Content-Location';
const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': ALLOWED_METHODS,
  'access-control-allow-headers': ALLOWED_HEADERS,
  // A day: browsers cap it lower (Chromium at two hours) and keep the preflight for as long as they allow.
  'access-control-max-age': '86400',
  allow: ALLOWED_METHODS,
};

/**
 * `Access-Control-Allow-Origin: *` on every response, `Access-Control-Expose-Headers` on all but 304s, and a 204 answer to
 * every OPTIONS request. With a literal `*` and fixed lists nothing depends on `Origin` or the requested headers,
 * so no `Vary` is sent. Not hono/cors: it adds `Vary: Access-Control-Request-Headers` even for a fixed list, and
 * writes its headers onto a placeholder response before the route runs, which costs one more Response and a
 * copy of its headers on every request.
 */
export const publicCors = (): MiddlewareHandler =>
  async function publicCors(c, next) {
    if (c.req.method === 'OPTIONS') {
      // A preflight or a plain OPTIONS: the same answer for every path, so browsers can cache it per URL.
      c.res = new Response(null, { status: 204, headers: PREFLIGHT_HEADERS });
      return;
    }
    await next();
    const headers = c.res.headers;
    headers.set('access-control-allow-origin', '*');
    // A 304 refreshes a stored response that already lists them (RFC 9111 §4.3.4).
    if (c.res.status !== 304) headers.set('access-control-expose-headers', EXPOSED_HEADERS);
  };
