// GET /healthz: a constant answer that touches no storage, for uptime checks.
import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { problemResponses } from '../openapi/index.ts';
import { describedRoutes } from '../path-params.ts';

const getHealth = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getHealth',
  summary: 'Liveness: a constant answer that touches no storage',
  responses: {
    200: { description: '`ok`, never cached.', content: { 'text/plain': { schema: z.literal('ok') } } },
    ...problemResponses(),
  },
});

/** The health check, mounted at `/healthz`. */
export const health = describedRoutes().openapi(getHealth, (c) => c.text('ok', 200, { 'cache-control': 'no-store' }));
