// GET /openapi.json: the API described, generated once per isolate from the routes of the app that serves it.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { documentResponse } from '../document-response.ts';
import type { AppEnv } from '../env.ts';
import { documentResponses, IF_NONE_MATCH, problemResponses, servedOpenApiDocument } from '../openapi/index.ts';
import { describedRoutes } from '../path-params.ts';

const getOpenApi = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getOpenApi',
  summary: 'This document',
  parameters: [IF_NONE_MATCH],
  responses: {
    ...documentResponses('This document.', { type: 'object', description: 'An OpenAPI 3.1 document.' }),
    ...problemResponses(),
  },
});

/** The OpenAPI document of `api` (the whole app), mounted at `/openapi.json`. */
export const openapi = (api: OpenAPIHono<AppEnv>) =>
  describedRoutes().openapi(getOpenApi, async (c) =>
    documentResponse(c, await servedOpenApiDocument(api, c.env.PUBLIC_ORIGIN), 'public, max-age=3600', '/openapi.json'),
  );
