// Property test: no path or query string, however odd, gives a 5xx or an error that is not problem+json.
import { env, exports } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AL_DK, seed } from './fixtures.ts';

beforeAll(async () => {
  await seed(env.RELATIONS, AL_DK);
});

const nasty = fc.constantFrom(
  '..',
  '.',
  '%2e%2e',
  '%2F',
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%00',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '\u0000',
  '\u001f',
  '\u007f',
  '\u202e',
  '\ud83c\udde9\ud83c\uddf0',
  '🏳️‍🌈',
  'ß',
  'ı',
  'ＡＬ',
  'al',
  'DNK',
  'XK',
  '*',
  '?',
  '#',
  ';',
  ' ',
  '\t',
  '\n',
  '\\',
  '<script>',
  '"',
  "'",
  'relations-card.js',
  'chunks',
  'flags',
  'v1',
  'relations',
  'openapi.json',
  'problems',
);
const segment = fc.oneof(
  nasty,
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.nat({ max: 20_000 }).map((n) => 'A'.repeat(n)),
);
const prefix = fc.constantFrom(
  '',
  '/v1/relations',
  '/v1/relations/AL',
  '/problems',
  '/flags',
  '/chunks',
  '/openapi.json',
);
// Encoded like a careful client, or raw so the URL parser has to cope with whatever is there.
const path = fc
  .tuple(prefix, fc.array(segment, { maxLength: 5 }), fc.boolean(), fc.boolean())
  .map(
    ([start, segments, raw, slash]) =>
      `${start}/${segments.map(raw ? (s) => s : encodeSegment).join('/')}${slash ? '/' : ''}`,
  );
const query = fc.oneof(
  fc.constant(''),
  fc
    .array(fc.tuple(segment, segment), { maxLength: 3 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
  nasty.map((s) => `?${s}`),
);
const method = fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'OPTIONS', 'POST', 'DELETE', 'PROPFIND');

/** Percent-encodes what a URL cannot hold raw, but leaves `%` alone half the time so garbage escapes get through. */
function encodeSegment(s: string): string {
  return Array.from(s)
    .map((ch) => (/^[\w.~!$&'()*+,;=:@%-]$/.test(ch) ? ch : encodeURIComponent(ch)))
    .join('');
}

describe('whatever the path and query', () => {
  it('the worker answers without a 5xx, and every error is problem details', async () => {
    const errors = vi.spyOn(console, 'error');
    await fc.assert(
      fc.asyncProperty(path, query, method, async (p, q, m) => {
        const res = await exports.default.fetch(new Request(`https://example.com${p}${q}`, { method: m }));
        expect(res.status, `${m} ${p}${q}`).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.headers.get('content-type')).toBe('application/problem+json');
          if (m !== 'HEAD') {
            const body = (await res.json()) as { status: number; title: string; type: string };
            expect(body.status).toBe(res.status);
            expect(typeof body.title).toBe('string');
            expect(typeof body.type).toBe('string');
          }
        } else await res.body?.cancel();
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      }),
      { numRuns: 400 },
    );
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
