// GET /v1/countries and /v1/countries/{code}/relations: every state, and the partners of one, with links.
import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { documentResponse, listResponse, storedCacheControl } from '../document-response.ts';
import { timeStoreRead } from '../middleware/server-timing.ts';
import { documentResponses, IF_NONE_MATCH, problemResponses, schemaRef } from '../openapi/index.ts';
import { CountryCodeParam, describedRoutes } from '../path-params.ts';
import { ProblemException } from '../problem.ts';
import { recordStoreFor } from '../record-store.ts';
import { CountriesPage, CountryRelationsPage } from '../stored-documents.ts';

const NO_COUNTRIES = JSON.stringify({ schemaVersion: 1, countries: [] });

const listCountries = createRoute({
  method: 'get',
  path: '/',
  operationId: 'listCountries',
  summary: 'Every state the data knows, each with the link to its partners',
  description: 'Empty until published.',
  parameters: [IF_NONE_MATCH],
  responses: {
    ...documentResponses('The states.', schemaRef(CountriesPage)),
    ...problemResponses('stored-record-invalid', 'storage-unavailable'),
  },
});

const listCountryRelations = createRoute({
  method: 'get',
  path: '/{code}/relations',
  operationId: 'listCountryRelations',
  summary: "A state's partners: every state it has a record with, and how much the record holds",
  parameters: [IF_NONE_MATCH],
  request: {
    params: z.object({ code: CountryCodeParam.openapi({ param: { description: 'The state.', example: 'DK' } }) }),
  },
  responses: {
    ...documentResponses('The partners.', schemaRef(CountryRelationsPage), { contentLocation: true }),
    ...problemResponses('invalid-country-code', 'country-not-found', 'stored-record-invalid', 'storage-unavailable'),
  },
});

/** The countries API, mounted at `/v1/countries`. */
export const countries = describedRoutes()
  .openapi(listCountries, async (c) => {
    const lookup = await recordStoreFor(c.env.RELATIONS).countries();
    timeStoreRead(c, lookup);
    return listResponse(c, lookup, '/v1/countries', NO_COUNTRIES);
  })
  .openapi(listCountryRelations, async (c) => {
    const { code } = c.req.valid('param');
    const lookup = await recordStoreFor(c.env.RELATIONS).countryRelations(code);
    timeStoreRead(c, lookup);
    if (lookup.document === null) throw new ProblemException('country-not-found', `No state ${code} in the data.`);
    return documentResponse(c, lookup.document, storedCacheControl(lookup), `/v1/countries/${code}/relations`);
  });
