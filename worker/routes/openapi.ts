// GET /openapi.json: the API described, generated once per isolate from the record schema.
import { Hono } from 'hono';
import { documentResponse } from '../document-response.ts';
import type { AppEnv } from '../env.ts';
import { openApiDocument } from '../openapi.ts';

/** The OpenAPI document, mounted at `/openapi.json`. */
export const openapi = new Hono<AppEnv>().get('/', async (c) =>
  documentResponse(c, await openApiDocument(), 'public, max-age=3600', '/openapi.json'),
);
