// Problem details name their types on the deployment's configured origin, whatever Host a request claims.
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../../worker/app.ts';
import { problemTypeUri } from '../../worker/problem.ts';
import { envWith, expectProblem, fakeKv, problemType } from './fixtures.ts';

// What README's embed snippet and curl examples use.
const README_ORIGIN = 'https://relations-card.example.workers.dev';

/** A request that says it is for another host, in every way a client or a proxy in front could say so. */
const forged = (path: string) =>
  new Request(`https://attacker.example${path}`, {
    headers: { host: 'attacker.example', 'x-forwarded-host': 'attacker.example', forwarded: 'host=attacker.example' },
  });

describe('problem type URIs', () => {
  it('are on the public origin wrangler.toml configures, the one README names', () => {
    expect(env.PUBLIC_ORIGIN).toBe(README_ORIGIN);
    expect(problemType('pair-not-found')).toBe(`${README_ORIGIN}/problems/pair-not-found`);
  });

  it.each([
    ['/v1/relations/AL/XX', 400, 'invalid-country-code'],
    ['/v1/relations/AL/ALB', 400, 'same-country'],
    ['/v1/relations/AL/FR', 404, 'pair-not-found'],
    ['/problems/nope', 404, 'problem-type-not-found'],
  ])('stay on the configured origin when a request forges its Host: %s', async (path, status, slug) => {
    const problem = await expectProblem(await exports.default.fetch(forged(path)), status);
    expect(problem.type).toBe(problemType(slug));
    expect(JSON.stringify(problem)).not.toContain('attacker');
  });

  it('stay on the configured origin in a 503 too', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const kv = fakeKv(() => Promise.reject(new Error('KV down')));
    const res = await createApp().request(forged('/v1/relations/AL/DK'), {}, envWith(kv));
    expect((await expectProblem(res, 503)).type).toBe(problemType('storage-unavailable'));
    errors.mockRestore();
  });

  it('are described at their own URI, which names itself on the configured origin', async () => {
    const res = await exports.default.fetch(forged('/problems/invalid-country-code'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ type: problemType('invalid-country-code'), status: 400 });
  });

  it('are relative, never the Host, when the origin is missing or not an http(s) URL', async () => {
    for (const PUBLIC_ORIGIN of ['', 'relations-card.example', 'javascript:alert(1)', undefined]) {
      const bindings = { RELATIONS: env.RELATIONS, PUBLIC_ORIGIN } as typeof env;
      const res = await createApp().request(forged('/v1/relations/AL/XX'), {}, bindings);
      expect((await expectProblem(res, 400)).type, String(PUBLIC_ORIGIN)).toBe('/problems/invalid-country-code');
    }
  });

  it('drop a path or trailing slash the configured origin carries', () => {
    expect(problemTypeUri('https://api.example/', 'same-country')).toBe('https://api.example/problems/same-country');
    expect(problemTypeUri('https://api.example/base/', 'same-country')).toBe(
      'https://api.example/problems/same-country',
    );
  });
});
