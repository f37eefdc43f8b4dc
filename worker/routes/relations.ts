// GET /v1/relations and /v1/relations/{a}/{b}: the index of pairs with an article, and any pair's record.
import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { RelationsRecord } from '../../data/schema/relations-record.ts';
import { pairIdOf } from '../country-pair.ts';
import { documentResponse, listResponse, storedCacheControl } from '../document-response.ts';
import { timeStoreRead } from '../middleware/server-timing.ts';
import { documentResponses, IF_NONE_MATCH, problemResponses, schemaRef } from '../openapi/index.ts';
import { pairRecord } from '../pair-records.ts';
import { CountryCodeParam, describedRoutes } from '../path-params.ts';
import { ProblemException } from '../problem.ts';
import { recordStoreFor } from '../record-store.ts';
import { RelationsIndexPage } from '../stored-documents.ts';

const EMPTY_INDEX = JSON.stringify({ schemaVersion: 1, pairs: [] });

const listRelations = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listRelations',
  summary: 'Every pair with an article record',
  description: 'Every other pair has a record too: see `/v1/countries/{code}/relations`. Empty until published.',
  parameters: [IF_NONE_MATCH],
  responses: {
    ...documentResponses('The index.', schemaRef(RelationsIndexPage)),
    ...problemResponses('stored-record-invalid', 'storage-unavailable'),
  },
});

const pairParams = z.object({
  a: CountryCodeParam.openapi({ param: { description: 'One country.', example: 'AL' } }),
  b: CountryCodeParam.openapi({ param: { description: 'The other, in either order.', example: 'dnk' } }),
});

const getRelations = createRoute({
  method: 'get',
  path: '/{a}/{b}',
  operationId: 'getRelations',
  summary: "A pair's record",
  description:
    'Any two states: missions each way (with non-resident accreditation), the organisations both belong to with ' +
    "each side's standing, and whether they share a land border, from Wikidata and Internacia; for a pair with an " +
    'article, also events, agreements, visits, assistance and diaspora. `AL/DK`, `dk/al` and `ALB/DNK` all answer ' +
    'with the AL-DK record: same body, same ETag.',
  parameters: [IF_NONE_MATCH],
  request: { params: pairParams },
  responses: {
    ...documentResponses('The record.', schemaRef(RelationsRecord), { contentLocation: true }),
    ...problemResponses(
      'invalid-country-code',
      'same-country',
      'pair-not-found',
      'stored-record-invalid',
      'storage-unavailable',
    ),
  },
});

/** The relations API, mounted at `/v1/relations`. */
export const relations = describedRoutes()
  .openapi(listRelations, async (c) => {
    const lookup = await recordStoreFor(c.env.RELATIONS).index();
    timeStoreRead(c, lookup);
    return listResponse(c, lookup, '/v1/relations', EMPTY_INDEX);
  })
  .openapi(getRelations, async (c) => {
    const { a, b } = c.req.valid('param');
    const id = pairIdOf(a, b);
    const lookup = await pairRecord(recordStoreFor(c.env.RELATIONS), id);
    timeStoreRead(c, lookup);
    if (lookup.document === null) throw new ProblemException('pair-not-found', `No record of ${id} relations yet.`);
    // Every spelling of the pair (dk/al, ALB/DNK) names the same representation: say where it lives canonically.
    const path = `/v1/relations/${id.slice(0, 2)}/${id.slice(3)}`;
    return documentResponse(c, lookup.document, storedCacheControl(lookup), path);
  });
