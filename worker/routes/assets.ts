// The widget bundle, its chunks and flags, and the demo page: static assets served through the worker,
// which adds the headers a cross-origin module needs and the caching each file deserves.
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { logEvent } from '../log.ts';
import { ALLOWED_METHODS } from '../middleware/cors.ts';
import { ProblemException, problemResponse, RETRY_AFTER_SECONDS } from '../problem.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Cache-Control by path: versioned and content-hashed files forever, the moving `relations-card.js` briefly. */
export function assetCacheControl(path: string): string | undefined {
  // workerd hands the path over with `@` percent-encoded.
  if (/^\/relations-card(?:@|%40)[^/]+\.js$/.test(path) || path.startsWith('/chunks/')) return IMMUTABLE;
  if (path === '/relations-card.js') return 'public, max-age=300, stale-while-revalidate=86400';
  if (path.startsWith('/flags/')) return 'public, max-age=86400, stale-while-revalidate=604800';
  return undefined;
}

/** The asset for the request; a failing asset service becomes a 503 problem rather than its own error page. */
async function fetchAsset(c: Context<AppEnv>): Promise<Response> {
  let asset: Response | undefined;
  let error: string | undefined;
  try {
    asset = await c.env.ASSETS.fetch(c.req.raw);
    if (asset.status >= 500) error = `status ${asset.status}`;
  } catch (thrown) {
    error = thrown instanceof Error ? thrown.message : String(thrown);
  }
  if (asset === undefined || error !== undefined) {
    logEvent('error', 'asset-fetch-failed', { error, method: c.req.method });
    throw new ProblemException('asset-unavailable', 'The static assets did not answer; try again shortly.', {
      'retry-after': String(RETRY_AFTER_SECONDS),
    });
  }
  return asset;
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
  const asset = await fetchAsset(c);
  if (asset.status === 404) throw new ProblemException('not-found');
  const res = new Response(asset.body, asset);
  const path = c.req.path;
  const cacheControl = assetCacheControl(path);
  if (cacheControl !== undefined) res.headers.set('cache-control', cacheControl);
  // RFC 9239: text/javascript is the one JavaScript type; a module script refuses anything but a JS type.
  if (res.status === 200 && path.endsWith('.js')) res.headers.set('content-type', 'text/javascript; charset=utf-8');
  return res;
}
