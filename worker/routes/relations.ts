// GET /v1/relations and /v1/relations/{a}/{b}: the index of pairs and one pair's record, from the record store.
import { Hono } from 'hono';
import { pairIdOf } from '../country-pair.ts';
import type { AppEnv } from '../env.ts';
import { timeStoreRead } from '../middleware/server-timing.ts';
import { ProblemException } from '../problem.ts';
import { type CacheOutcome, recordStoreFor, type StoredDocument } from '../record-store.ts';

/**
 * Browsers keep a record 5 minutes, then revalidate (a 304 from memory costs no KV read); shared caches keep it
 * an hour, so a corrected fact reaches everyone within the hour without a purge; stale copies may bridge a
 * revalidation or an outage for a week.
 */
export const RECORD_CACHE_CONTROL =
  'public, max-age=300, s-maxage=3600, stale-while-revalidate=604800, stale-if-error=604800';

/** A last good copy served while KV fails, or an index not yet published: short, so caches ask again soon. */
export const STALE_CACHE_CONTROL = 'public, max-age=30';

const JSON_TYPE = 'application/json; charset=utf-8';
const EMPTY_INDEX = JSON.stringify({ schemaVersion: 1, pairs: [] });

function documentResponse(document: StoredDocument, cache: CacheOutcome, location: string): Response {
  return new Response(document.body, {
    headers: {
      'content-type': JSON_TYPE,
      etag: document.etag,
      'cache-control': cache === 'stale' ? STALE_CACHE_CONTROL : RECORD_CACHE_CONTROL,
      'content-location': location,
    },
  });
}

/** The relations API, mounted at `/v1/relations`. */
export const relations = new Hono<AppEnv>()
  .get('/', async (c) => {
    const lookup = await recordStoreFor(c.env.RELATIONS).index();
    timeStoreRead(c, lookup);
    if (lookup.document === null) {
      return c.body(EMPTY_INDEX, 200, { 'content-type': JSON_TYPE, 'cache-control': STALE_CACHE_CONTROL });
    }
    return documentResponse(lookup.document, lookup.cache, '/v1/relations');
  })
  .get('/:a/:b', async (c) => {
    const id = pairIdOf(c.req.param('a'), c.req.param('b'));
    const lookup = await recordStoreFor(c.env.RELATIONS).get(id);
    timeStoreRead(c, lookup);
    if (lookup.document === null) throw new ProblemException('pair-not-found', `No record of ${id} relations yet.`);
    // Every spelling of the pair (dk/al, ALB/DNK) names the same representation: say where it lives canonically.
    return documentResponse(lookup.document, lookup.cache, `/v1/relations/${id.slice(0, 2)}/${id.slice(3)}`);
  });
