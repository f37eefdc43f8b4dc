// Security headers on every worker response, chosen so the widget's API can still be read from any site.
import type { MiddlewareHandler } from 'hono';

/** The CSP of every answer but a page: JSON, problem details and text load nothing. */
const POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// Not hono/secure-headers: it sends a dozen headers, several of them for browsers long gone (X-Download-Options,
// X-XSS-Protection); its default CORP `same-origin` would also stop other sites reading the API. X-Frame-Options is
// left out too: CSP `frame-ancestors` does its job. The worker serves no pages: the demo page and the widget are
// static assets, whose headers (the page's CSP, Referrer-Policy, HSTS) come from widget/static/_headers.
// Each header left off the hot path is measurable throughput (bench/: 14 -> 8 headers, 0.80x -> 0.88x).
const COMMON: ReadonlyArray<readonly [string, string]> = [
  ['x-content-type-options', 'nosniff'],
  // Pages on other origins read the API, and under COEP they need an explicit cross-origin CORP.
  ['cross-origin-resource-policy', 'cross-origin'],
];

/**
 * Adds nosniff, CORP `cross-origin` and a CSP that loads nothing. Not to a 304: a cache that revalidates keeps the
 * stored 200's headers and only updates those the 304 carries (RFC 9111 §4.3.4), so these would be bytes on every
 * revalidation for nothing.
 */
export const securityHeaders = (): MiddlewareHandler =>
  async function securityHeaders(c, next) {
    await next();
    if (c.res.status === 304) return;
    const headers = c.res.headers;
    for (const [name, value] of COMMON) headers.set(name, value);
    // A route that serves a page (the card page) sets its own policy; everything else loads nothing.
    if (!headers.has('content-security-policy')) headers.set('content-security-policy', POLICY);
  };
