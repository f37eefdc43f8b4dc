// GET /healthz: a constant answer that touches no storage, for uptime checks.
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

/** The health check, mounted at `/healthz`. */
export const health = new Hono<AppEnv>().get('/', (c) => c.text('ok', 200, { 'cache-control': 'no-store' }));
