// The worker's entry: the Hono app that serves relation records from KV.
import { Hono } from 'hono';
import { pairId, recordKey } from '../data/schema/kv-keys.ts';
import type { Env } from './env.ts';

const app = new Hono<{ Bindings: Env }>();

app.get('/healthz', (c) => c.text('ok'));

app.get('/v1/relations/:a/:b', async (c) => {
  const id = pairId(c.req.param('a'), c.req.param('b'));
  const record = await c.env.RELATIONS.get(recordKey(id), 'text');
  if (record === null) return c.json({ title: 'Not Found', status: 404 }, 404);
  return c.body(record, 200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
});

export default app;
