// GET /v1/relations and /v1/relations/{a}/{b}: the index of pairs with an article, and any pair's record.
import { Hono } from 'hono';
import { pairIdOf } from '../country-pair.ts';
import { documentResponse } from '../document-response.ts';
import type { AppEnv } from '../env.ts';
import { timeStoreRead } from '../middleware/server-timing.ts';
import { pairRecord } from '../pair-records.ts';
import { ProblemException } from '../problem.ts';
import { recordStoreFor } from '../record-store.ts';

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

/** The relations API, mounted at `/v1/relations`. */
export const relations = new Hono<AppEnv>()
  .get('/', async (c) => {
    const lookup = await recordStoreFor(c.env.RELATIONS).index();
    timeStoreRead(c, lookup);
    if (lookup.document === null) {
      return c.body(EMPTY_INDEX, 200, { 'content-type': JSON_TYPE, 'cache-control': STALE_CACHE_CONTROL });
    }
    const cacheControl = lookup.cache === 'stale' ? STALE_CACHE_CONTROL : RECORD_CACHE_CONTROL;
    return documentResponse(c, lookup.document, cacheControl, '/v1/relations');
  })
  .get('/:a/:b', async (c) => {
    const id = pairIdOf(c.req.param('a'), c.req.param('b'));
    const lookup = await pairRecord(recordStoreFor(c.env.RELATIONS), id);
    timeStoreRead(c, lookup);
    if (lookup.document === null) throw new ProblemException('pair-not-found', `No record of ${id} relations yet.`);
    const cacheControl = lookup.cache === 'stale' ? STALE_CACHE_CONTROL : RECORD_CACHE_CONTROL;
    // Every spelling of the pair (dk/al, ALB/DNK) names the same representation: say where it lives canonically.
    return documentResponse(c, lookup.document, cacheControl, `/v1/relations/${id.slice(0, 2)}/${id.slice(3)}`);
  });
