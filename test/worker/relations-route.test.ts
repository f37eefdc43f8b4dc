import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const record = { schemaVersion: 1, id: 'AL-DK', countries: ['AL', 'DK'], title: 'Albania–Denmark relations' };

describe('GET /v1/relations/:a/:b', () => {
  it('serves the record stored in KV under relations:<ID>', async () => {
    await env.RELATIONS.put('relations:AL-DK', JSON.stringify(record));
    const res = await exports.default.fetch('https://example.com/v1/relations/DK/AL');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(record);
  });

  it('answers 404 for a pair without a record', async () => {
    const res = await exports.default.fetch('https://example.com/v1/relations/AL/FR');
    expect(res.status).toBe(404);
  });
});
