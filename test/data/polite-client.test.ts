import { afterEach, describe, expect, it } from 'vitest';
import { FetchError, type PoliteClientOptions, politeClient, retryAfterMs } from '../../data/fetch/polite-client.ts';
import { type ReplayServer, replayServer } from './replay/replay-server.ts';

let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A client that records its waits instead of sleeping. */
function testClient(extra: Partial<PoliteClientOptions> = {}) {
  const waits: number[] = [];
  const logged: string[] = [];
  const client = politeClient({
    userAgent: 'relations-card-test/1.0 (test@example.org)',
    sleep: async (ms) => {
      waits.push(ms);
    },
    log: (line) => logged.push(line),
    ...extra,
  });
  return { client, waits, logged };
}

describe('politeClient', () => {
  it('sends the User-Agent (and Api-User-Agent) with every request', async () => {
    server = await replayServer([{ when: {}, body: { ok: true } }]);
    const { client } = testClient();
    await client.request(new URL(`${server.origin}/x`));
    expect(server.requests[0]?.headers['user-agent']).toBe('relations-card-test/1.0 (test@example.org)');
    expect(server.requests[0]?.headers['api-user-agent']).toBe('relations-card-test/1.0 (test@example.org)');
  });

  it('waits as long as Retry-After says after a 429, then retries', async () => {
    server = await replayServer([
      { when: {}, status: 429, headers: { 'retry-after': '7' }, body: 'slow down', once: true },
      { when: {}, body: { ok: true } },
    ]);
    const { client, waits, logged } = testClient();
    const response = await client.request(new URL(`${server.origin}/x`));
    expect(response.status).toBe(200);
    expect(waits).toEqual([7000]);
    expect(server.requests).toHaveLength(2);
    expect(client.stats).toMatchObject({ requests: 2, retries: 1, waitedMs: 7000 });
    expect(logged[0]).toContain('HTTP 429');
  });

  it('backs off exponentially on 503 without Retry-After, and gives up after maxRetries', async () => {
    server = await replayServer([{ when: {}, status: 503, body: 'down' }]);
    const { client, waits } = testClient({ maxRetries: 3, backoffMs: 100 });
    await expect(client.request(new URL(`${server.origin}/x`))).rejects.toThrow(FetchError);
    expect(waits).toEqual([100, 200, 400]);
    expect(server.requests).toHaveLength(4);
  });

  it('retries an answer the caller calls retryable, honouring its Retry-After', async () => {
    server = await replayServer([
      { when: {}, headers: { 'retry-after': '5' }, body: { error: { code: 'maxlag' } }, once: true },
      { when: {}, body: { ok: true } },
    ]);
    const { client, waits } = testClient();
    const response = await client.request(new URL(`${server.origin}/x`), {
      retryIf: (r) => (r.text.includes('maxlag') ? 'maxlag' : undefined),
    });
    expect(JSON.parse(response.text)).toEqual({ ok: true });
    expect(waits).toEqual([5000]);
  });

  it('does not retry a 404: it fails at once with the status', async () => {
    server = await replayServer([{ when: {}, status: 404, body: 'no' }]);
    const { client } = testClient();
    const failure = await client.request(new URL(`${server.origin}/x`)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FetchError);
    expect((failure as FetchError).status).toBe(404);
    expect(server.requests).toHaveLength(1);
  });

  it('never runs two requests at once, even when asked concurrently', async () => {
    server = await replayServer([{ when: {}, body: { ok: true } }]);
    let inFlight = 0;
    let most = 0;
    const { client } = testClient({
      fetch: async (input, init) => {
        inFlight++;
        most = Math.max(most, inFlight);
        try {
          return await fetch(input, init);
        } finally {
          inFlight--;
        }
      },
    });
    await Promise.all([1, 2, 3, 4].map(() => client.request(new URL(`${server?.origin}/x`))));
    expect(most).toBe(1);
    expect(server.requests).toHaveLength(4);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('12')).toBe(12_000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });
});
