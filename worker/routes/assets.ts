// The widget bundle, its chunks and flags, and the demo page: static assets served through the worker,
// which adds the headers a cross-origin module needs and the caching each file deserves.
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { ALLOWED_METHODS } from '../middleware/cors.ts';
import { ProblemException, problemResponse } from '../problem.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Cache-Control by path: versioned and content-hashed files forever, the moving `relations-card.js` briefly. */
export function assetCacheControl(path: string): string | undefined {
  // workerd hands the path over with `@` percent-encoded.
  if (/^\/relations-card(?:@|%40)[^/]+\.js$/.test(path) || path.startsWith('/chunks/')) return IMMUTABLE;
  if (path === '/relations-card.js') return 'public, max-age=300, stale-while-revalidate=86400';
  if (path.startsWith('/flags/')) return 'public, max-age=86400, stale-while-revalidate=604800';
  return undefined;
}

async function assetExists(c: Context<AppEnv>): Promise<boolean> {
  const res = await c.env.ASSETS.fetch(new Request(c.req.url, { method: 'HEAD' }));
  return res.ok;
}

/**
 * The app's not-found handler: whatever no route matched is looked up among the static assets.
 * A method other than GET or HEAD gets a plain 404 response (not thrown), so the method-not-allowed middleware
 * can still turn it into 405 for a known API path; on an existing asset it is 405 here.
 */
export async function serveAsset(c: Context<AppEnv>): Promise<Response> {
  const method = c.req.method;
  if (method !== 'GET' && method !== 'HEAD') {
    if (await assetExists(c)) {
      throw new ProblemException('method-not-allowed', `This resource answers ${ALLOWED_METHODS}.`, {
        allow: ALLOWED_METHODS,
      });
    }
    return problemResponse(c, 'not-found');
  }
  const asset = await c.env.ASSETS.fetch(c.req.raw);
  if (asset.status === 404 || asset.status >= 500) throw new ProblemException('not-found');
  const res = new Response(asset.body, asset);
  const path = c.req.path;
  const cacheControl = assetCacheControl(path);
  if (cacheControl !== undefined) res.headers.set('cache-control', cacheControl);
  // RFC 9239: text/javascript is the one JavaScript type; a module script refuses anything but a JS type.
  if (path.endsWith('.js')) res.headers.set('content-type', 'text/javascript; charset=utf-8');
  return res;
}
