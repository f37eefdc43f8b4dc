// Serving a stored document: 200 with its body and validators, or 304 when the client already holds it.
import type { Context } from 'hono';
import type { Lookup, StoredDocument } from './record-store.ts';

/**
 * Browsers keep a record 5 minutes, then revalidate (a 304 from memory costs no KV read); shared caches keep it
 * an hour, so a corrected fact reaches everyone within the hour without a purge; stale copies may bridge a
 * revalidation or an outage for a week.
 */
export const RECORD_CACHE_CONTROL =
  'public, max-age=300, s-maxage=3600, stale-while-revalidate=604800, stale-if-error=604800';

/** A last good copy served while KV fails, or a list not yet published: short, so caches ask again soon. */
export const STALE_CACHE_CONTROL = 'public, max-age=30';

/** How long caches may keep what a store read gave: the record policy, or briefly for a last good copy. */
export const storedCacheControl = (lookup: Lookup): string =>
  lookup.cache === 'stale' ? STALE_CACHE_CONTROL : RECORD_CACHE_CONTROL;

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

const JSON_TYPE = 'application/json; charset=utf-8';

/** The headers of a document's 200 and 304, built once: copying a Headers is cheaper than reading an object. */
interface Prebuilt {
  cacheControl: string;
  location: string;
  ok: Headers;
  notModified: Headers;
  /** The same without Content-Location, for a request already at the canonical path. */
  okCanonical: Headers;
  notModifiedCanonical: Headers;
  /** The body as UTF-8, encoded once: a Response copies bytes faster than it encodes a string. */
  bytes: Uint8Array;
}

const prebuilt = new WeakMap<StoredDocument, Prebuilt>();

function headersOf(document: StoredDocument, cacheControl: string, location: string): Prebuilt {
  const known = prebuilt.get(document);
  if (known !== undefined && known.cacheControl === cacheControl && known.location === location) return known;
  const validators = { etag: document.etag, 'cache-control': cacheControl };
  const located = { ...validators, 'content-location': location };
  const built = {
    cacheControl,
    location,
    bytes: known?.bytes ?? new TextEncoder().encode(document.body),
    ok: new Headers({ 'content-type': JSON_TYPE, ...located }),
    notModified: new Headers(located),
    okCanonical: new Headers({ 'content-type': JSON_TYPE, ...validators }),
    notModifiedCanonical: new Headers(validators),
  };
  prebuilt.set(document, built);
  return built;
}

/**
 * The answer for a document to a GET or HEAD. The conditional check is made here, where the ETag is already
 * known, rather than in a middleware after the fact: a 304 then never builds the 200 it replaces. A 304
 * carries what a cache needs to refresh its copy (RFC 9110 §15.4.5), not the content type.
 */
export function documentResponse(
  c: Context,
  document: StoredDocument,
  cacheControl: string,
  location: string,
): Response {
  const headers = headersOf(document, cacheControl, location);
  // Content-Location names the canonical URL only where the request spelled it otherwise (dk/alb -> AL/DK).
  const canonical = c.req.path === location;
  const ifNoneMatch = c.req.raw.headers.get('if-none-match');
  if (ifNoneMatch !== null && etagMatches(ifNoneMatch, document.etag)) {
    return new Response(null, { status: 304, headers: canonical ? headers.notModifiedCanonical : headers.notModified });
  }
  return new Response(headers.bytes, { headers: canonical ? headers.okCanonical : headers.ok });
}

/**
 * The answer for a stored list (`/v1/relations`, `/v1/countries`): the document, or `empty` while none is published,
 * with the short cache life of a stale copy so the list appears soon after publishing.
 */
export function listResponse(c: Context, lookup: Lookup, location: string, empty: string): Response {
  if (lookup.document === null) {
    return c.body(empty, 200, { 'content-type': JSON_TYPE, 'cache-control': STALE_CACHE_CONTROL });
  }
  return documentResponse(c, lookup.document, storedCacheControl(lookup), location);
}
