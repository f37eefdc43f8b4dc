// The OpenAPI document is valid, generated from the routes and the schema, and describes every route and answer.
import { env, exports } from 'cloudflare:workers';
import { type SpecData, Validator } from '@seriousme/openapi-schema-validator';
import oas31Schema from '@seriousme/openapi-schema-validator/schemas/v3.1/schema.json' with { type: 'json' };
import Ajv2020 from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../worker/app.ts';
import { countryCodePattern } from '../../worker/country-codes.ts';
import { PROBLEM_TYPES } from '../../worker/problem.ts';
import { AL_DK } from './fixtures.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
type Operation = {
  parameters?: ({ name: string; schema: { $ref: string } } | { $ref: string })[];
  responses: Record<string, { description: string }>;
};
type Doc = {
  openapi: string;
  servers: { url: string }[];
  security: unknown[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};

async function fetchDocument(
  request: RequestInfo = 'https://example.com/openapi.json',
): Promise<{ res: Response; doc: Doc }> {
  const res = await exports.default.fetch(request);
  return { res, doc: (await res.json()) as Doc };
}

/** The standard validator, with the OpenAPI 3.1 JSON Schema compiled from the package (workerd has no files to read). */
function openApiValidator(): Validator {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  ajv.addFormat('media-range', true);
  const validator = new Validator();
  (validator as unknown as { ajvValidators: Record<string, unknown> }).ajvValidators['3.1'] = ajv.compile(oas31Schema);
  return validator;
}

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document that a standard validator accepts, references included', async () => {
    const { res, doc } = await fetchDocument();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(doc.openapi).toMatch(/^3\.1\./);
    const result = await openApiValidator().validate(doc as unknown as SpecData);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('is checked by a validator that does refuse a broken document or a dangling reference', async () => {
    const { doc } = await fetchDocument();
    expect((await openApiValidator().validate({ openapi: '3.1.1', paths: {} })).valid).toBe(false);
    const dangling = structuredClone(doc) as Doc & { components: { schemas: Record<string, unknown> } };
    delete dangling.components.schemas.CountryCode;
    expect((await openApiValidator().validate(dangling as unknown as SpecData)).valid).toBe(false);
  });

  it('describes every route the app serves, with its path parameters, and nothing else', async () => {
    const { doc } = await fetchDocument();
    // A route with validated parameters is two entries (the validator, then the handler): one path.
    const routes = [
      ...new Set(
        createApp()
          .routes.filter((route) => route.method === 'GET')
          .map((route) => route.path.replace(/:(\w+)/g, '{$1}')),
      ),
    ];
    expect(routes.length).toBe(7);
    // The static assets are the platform's, not the worker's: the document describes the API only.
    expect(Object.keys(doc.paths).sort()).toEqual([...routes].sort());
    for (const path of routes) {
      expect(Object.keys(doc.paths[path] ?? {}), path).toEqual(['get']);
      const declared = (doc.paths[path]?.get?.parameters ?? []).flatMap((p) => ('name' in p ? [p.name] : []));
      for (const [, name] of path.matchAll(/\{(\w+)\}/g)) expect(declared).toContain(name);
    }
  });

  it('states 405 with Allow and a 500 for every route, and 400 same-country for a pair', async () => {
    const { doc } = await fetchDocument();
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(item.get?.responses, path).toHaveProperty('405');
      expect(item.get?.responses, path).toHaveProperty('500');
      expect(item.get?.responses['405']).toHaveProperty(['headers', 'Allow']);
    }
    expect(doc.paths['/v1/relations/{a}/{b}']?.get?.responses['400']?.description).toMatch(/`same-country`/);
  });

  it('names no problem type that nothing produces', () => {
    expect(Object.keys(PROBLEM_TYPES)).not.toContain('asset-unavailable');
  });

  it('states the country codes the API accepts by the pattern generated from its own list', async () => {
    const { doc } = await fetchDocument();
    expect(doc.components.schemas.CountryCodeInput).toMatchObject({ type: 'string', pattern: countryCodePattern() });
    for (const [path, name] of [
      ['/v1/relations/{a}/{b}', 'a'],
      ['/v1/relations/{a}/{b}', 'b'],
      ['/v1/countries/{code}/relations', 'code'],
    ] as const) {
      const parameter = doc.paths[path]?.get?.parameters?.find((p) => 'name' in p && p.name === name);
      expect(parameter, `${path} ${name}`).toMatchObject({ schema: { $ref: '#/components/schemas/CountryCodeInput' } });
    }
  });

  it('lists the configured public origin as its server, whatever Host the request names, and needs no credentials', async () => {
    const forged = new Request('https://attacker.example/openapi.json', {
      headers: { host: 'attacker.example', 'x-forwarded-host': 'attacker.example' },
    });
    const { doc } = await fetchDocument(forged);
    expect(doc.servers).toEqual([{ url: env.PUBLIC_ORIGIN, description: 'This deployment' }]);
    expect(doc.security).toEqual([]);
    expect(JSON.stringify(doc)).not.toContain('attacker');
  });

  it('lists relative paths as its server when no usable origin is configured', async () => {
    const bindings = { RELATIONS: env.RELATIONS, PUBLIC_ORIGIN: 'javascript:alert(1)' } as typeof env;
    const res = await createApp().request('https://attacker.example/openapi.json', {}, bindings);
    expect(((await res.json()) as Doc).servers).toEqual([{ url: '/' }]);
  });

  it('generates the record schema from the zod schema, so the real record validates against it', async () => {
    const { doc } = await fetchDocument();
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'https://example.com/openapi.json', ...doc });
    const validate = ajv.getSchema('https://example.com/openapi.json#/components/schemas/RelationsRecord');
    expect(validate?.(AL_DK)).toBe(true);
    expect(validate?.({ ...AL_DK, countries: ['al', 'dk'] })).toBe(false);
  });

  it('is the same document with the same ETag on every request, and answers 304 to it', async () => {
    const first = await fetchDocument();
    const second = await fetchDocument();
    expect(second.doc).toEqual(first.doc);
    const etag = first.res.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const revalidated = await exports.default.fetch('https://example.com/openapi.json', {
      headers: { 'if-none-match': etag },
    });
    expect(revalidated.status).toBe(304);
  });
});
