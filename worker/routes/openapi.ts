// GET /openapi.json: the API described, generated once per isolate from the record schema.
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { openApiDocument } from '../openapi.ts';

/** The OpenAPI document, mounted at `/openapi.json`. */
export const openapi = new Hono<AppEnv>().get('/', async (c) => {
  const document = await openApiDocument();
  return c.body(document.body, 200, {
    'content-type': 'application/json; charset=utf-8',
    etag: document.etag,
    'cache-control': 'public, max-age=3600',
  });
});
