// GET /v1/countries and /v1/countries/{code}/relations: every state, and the partners of one, with links.
import { Hono } from 'hono';
import { toAlpha2 } from '../country-codes.ts';
import { documentResponse } from '../document-response.ts';
import type { AppEnv } from '../env.ts';
import { timeStoreRead } from '../middleware/server-timing.ts';
import { ProblemException, quoteInput } from '../problem.ts';
import { recordStoreFor } from '../record-store.ts';
import { RECORD_CACHE_CONTROL, STALE_CACHE_CONTROL } from './relations.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const NO_COUNTRIES = JSON.stringify({ schemaVersion: 1, countries: [] });

/** The countries API, mounted at `/v1/countries`. */
export const countries = new Hono<AppEnv>()
  .get('/', async (c) => {
    const lookup = await recordStoreFor(c.env.RELATIONS).countries();
    timeStoreRead(c, lookup);
    if (lookup.document === null) {
      return c.body(NO_COUNTRIES, 200, { 'content-type': JSON_TYPE, 'cache-control': STALE_CACHE_CONTROL });
    }
    const cacheControl = lookup.cache === 'stale' ? STALE_CACHE_CONTROL : RECORD_CACHE_CONTROL;
    return documentResponse(c, lookup.document, cacheControl, '/v1/countries');
  })
  .get('/:code/relations', async (c) => {
    const given = c.req.param('code');
    const code = toAlpha2(given);
    if (code === undefined) {
      throw new ProblemException(
        'invalid-country-code',
        `${quoteInput(given)} is not an ISO 3166-1 alpha-2 or alpha-3 country code.`,
      );
    }
    const lookup = await recordStoreFor(c.env.RELATIONS).countryRelations(code);
    timeStoreRead(c, lookup);
    if (lookup.document === null) throw new ProblemException('country-not-found', `No state ${code} in the data.`);
    const cacheControl = lookup.cache === 'stale' ? STALE_CACHE_CONTROL : RECORD_CACHE_CONTROL;
    return documentResponse(c, lookup.document, cacheControl, `/v1/countries/${code}/relations`);
  });
