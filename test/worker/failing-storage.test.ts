// KV that throws, hangs or holds corrupt records: 503 or the last good copy, never a stack trace.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordKey } from '../../data/schema/kv-keys.ts';
import { createApp } from '../../worker/app.ts';
import { AL_DK, envWith, expectProblem, fakeKv, minimalRecord, problemType, serverTiming } from './fixtures.ts';

const app = createApp();

/** One JSON line per console call, parsed. */
function loggedLines(spy: { mock: { calls: unknown[][] } }): Record<string, unknown>[] {
  return spy.mock.calls.map((args) => {
    expect(args).toHaveLength(1);
    return JSON.parse(String(args[0])) as Record<string, unknown>;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('when KV fails', () => {
  it('answers 503 problem details with Retry-After, and logs one JSON line with the key', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const kv = fakeKv(async () => {
      throw new Error('KV GET failed: 500 Internal Server Error');
    });
    const res = await app.request('/v1/relations/AL/DK', {}, envWith(kv));
    const problem = await expectProblem(res, 503);
    expect(problem).toMatchObject({
      type: problemType('storage-unavailable'),
      title: 'Storage unavailable',
    });
    expect(res.headers.get('retry-after')).toBe('30');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(serverTiming(res).get('kv')).toMatch(/^dur=/);
    // A pair's record starts from the two states' documents, read side by side: each failure is logged once.
    const lines = loggedLines(errors);
    expect(lines.map((line) => line.key).sort()).toEqual(['country:AL', 'country:DK']);
    for (const line of lines) {
      expect(line).toMatchObject({ level: 'error', event: 'kv-read-failed', servedLastGood: false });
    }
  });

  it('answers 503 when KV does not answer in time', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const kv = fakeKv(() => new Promise(() => {}));
    const res = await app.request('/v1/relations/AL/DK', {}, envWith(kv, { timeoutMs: 20 }));
    await expectProblem(res, 503);
    expect(res.headers.get('retry-after')).toBe('30');
  });

  it('serves the last good copy it holds, with the same ETag and a short max-age', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let failing = false;
    const kv = fakeKv(async (key) => {
      if (failing) throw new Error('KV GET failed');
      return key === recordKey('AL-DK') ? JSON.stringify(AL_DK) : null;
    });
    const good = await app.request('/v1/relations/AL/DK', {}, envWith(kv, { freshMs: 0 }));
    expect(good.status).toBe(200);
    failing = true;
    const stale = await app.request('/v1/relations/dk/al', {}, envWith(kv));
    expect(stale.status).toBe(200);
    expect(await stale.json()).toEqual(AL_DK);
    expect(stale.headers.get('etag')).toBe(good.headers.get('etag'));
    expect(stale.headers.get('cache-control')).toBe('public, max-age=30');
    expect(serverTiming(stale).get('cache')).toBe('desc=stale');
    expect(loggedLines(errors)).toEqual([
      expect.objectContaining({ event: 'kv-read-failed', servedLastGood: true }),
      expect.objectContaining({ event: 'kv-read-failed', servedLastGood: true }),
      expect.objectContaining({ event: 'kv-read-failed', key: recordKey('AL-DK'), servedLastGood: true }),
    ]);
  });
});

describe('when a stored record fails validation', () => {
  const corrupt = new Map<string, string>([
    [recordKey('AL-DK'), '{"schemaVersion":1,"id":"AL-DK","countries":["AL","DK"],"title":'],
    [recordKey('DE-FR'), JSON.stringify({ ...minimalRecord('DE', 'FR'), events: [{ type: 'declared war' }] })],
    [recordKey('AL-GR'), JSON.stringify(minimalRecord('DE', 'FR'))],
    [recordKey('FR-IT'), JSON.stringify(minimalRecord('FR', 'IT'))],
  ]);
  const kv = fakeKv(async (key) => corrupt.get(key) ?? null);

  it('answers a 500 problem that names neither the key nor the value, and logs the key', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const path of ['/v1/relations/AL/DK', '/v1/relations/DE/FR', '/v1/relations/AL/GR']) {
      const res = await app.request(path, {}, envWith(kv));
      const problem = await expectProblem(res, 500);
      expect(problem.type).toBe(problemType('stored-record-invalid'));
      expect(JSON.stringify(problem)).not.toMatch(/relations:|declared war|schemaVersion/);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    expect(loggedLines(errors)).toEqual([
      expect.objectContaining({
        level: 'error',
        event: 'corrupt-record',
        key: 'relations:AL-DK',
        issues: ['not JSON'],
      }),
      expect.objectContaining({ event: 'corrupt-record', key: 'relations:DE-FR' }),
      expect.objectContaining({ event: 'corrupt-record', key: 'relations:AL-GR' }),
    ]);
  });

  it('logs it once, not on every request for it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const once = fakeKv(async (key) => (key === recordKey('AL-DK') ? 'not json' : null));
    for (let i = 0; i < 3; i++) await expectProblem(await app.request('/v1/relations/AL/DK', {}, envWith(once)), 500);
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it('refuses a stored record with a javascript: link, an impossible date or a bidi override (500)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const base = minimalRecord('ES', 'PT');
    const hostile = [
      { ...base, sources: [{ id: 'x', title: 'x', url: 'javascript:alert(1)' }] },
      {
        ...base,
        events: [{ type: 'established', date: '1970-02-31', provenance: [{ source: 'test', method: 'rule' }] }],
      },
      { ...base, title: 'Spain\u202E–Portugal' },
    ];
    for (const record of hostile) {
      const kv = fakeKv(async (key) => (key === recordKey('ES-PT') ? JSON.stringify(record) : null));
      const res = await app.request('/v1/relations/ES/PT', {}, envWith(kv));
      await expectProblem(res, 500);
    }
  });

  it('keeps serving the other pairs', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('/v1/relations/IT/FR', {}, envWith(kv));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(minimalRecord('FR', 'IT'));
  });

  it('serves the last good copy if the record turns corrupt after being served', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let value = JSON.stringify(AL_DK);
    const changing = fakeKv(async (key) => (key === recordKey('AL-DK') ? value : null));
    const good = await app.request('/v1/relations/AL/DK', {}, envWith(changing, { freshMs: 0 }));
    value = '{"broken":';
    const stale = await app.request('/v1/relations/AL/DK', {}, envWith(changing));
    expect(stale.status).toBe(200);
    expect(stale.headers.get('etag')).toBe(good.headers.get('etag'));
    expect(serverTiming(stale).get('cache')).toBe('desc=stale');
  });
});

describe('when the index is missing or corrupt', () => {
  it('answers an empty index before any is published', async () => {
    const res = await app.request('/v1/relations', {}, envWith(fakeKv(async () => null)));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ schemaVersion: 1, pairs: [] });
  });

  it('answers 500 problem details for a corrupt index', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('/v1/relations', {}, envWith(fakeKv(async () => '{"pairs":7}')));
    await expectProblem(res, 500);
    expect(loggedLines(errors)).toEqual([expect.objectContaining({ event: 'corrupt-record', key: 'relations-index' })]);
  });
});
