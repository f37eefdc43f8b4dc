// What the worker answers outside its routes: problem details for paths it does not know, 405 for other methods.
// Static assets never reach it (wrangler.toml); their behaviour is tested against the real asset service in test/e2e.
import { describe, expect, it } from 'vitest';
import { expectProblem, get } from './fixtures.ts';

describe('paths the worker does not route', () => {
  it.each([
    '/nope',
    '/v1/relations/AL',
    '/v1/relations/AL/DK/extra',
    '/v1/countries/AL',
    '/v2/relations/AL/DK',
    '/relations-card@9.9.9.js',
  ])('answer 404 problem details: %s', async (path) => {
    const problem = await expectProblem(await get(path), 404);
    expect(problem).toMatchObject({ type: 'about:blank', title: 'Not Found', instance: path });
  });

  it('answer 404 for other methods too', async () => {
    await expectProblem(await get('/nope', { method: 'POST' }), 404);
    await expectProblem(await get('/nope', { method: 'DELETE' }), 404);
  });
});

describe('methods other than GET, HEAD and OPTIONS on a route', () => {
  it.each([
    ['POST', '/v1/relations/AL/DK'],
    ['PUT', '/v1/relations/AL/DK'],
    ['DELETE', '/v1/relations'],
    ['PATCH', '/openapi.json'],
    ['POST', '/healthz'],
    ['POST', '/problems/same-country'],
  ])('answer 405 with Allow: %s %s', async (method, path) => {
    const res = await get(path, { method, body: method === 'DELETE' ? undefined : '{}' });
    await expectProblem(res, 405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});
