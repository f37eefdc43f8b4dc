// The OpenAPI document is valid, generated from the schema, and describes every route.
import { exports } from 'cloudflare:workers';
import { type SpecData, Validator } from '@seriousme/openapi-schema-validator';
import oas31Schema from '@seriousme/openapi-schema-validator/schemas/v3.1/schema.json' with { type: 'json' };
import Ajv2020 from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../worker/app.ts';
import { AL_DK } from './fixtures.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: ({ name: string } | { $ref: string })[] }>>;
  components: { schemas: Record<string, unknown> };
};

async function fetchDocument(): Promise<{ res: Response; doc: Doc }> {
  const res = await exports.default.fetch('https://example.com/openapi.json');
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

  it('describes every route the app serves, with its path parameters', async () => {
    const { doc } = await fetchDocument();
    const routes = createApp()
      .routes.filter((route) => route.method === 'GET')
      .map((route) => route.path.replace(/:(\w+)/g, '{$1}'));
    expect(routes.length).toBeGreaterThan(3);
    for (const path of [...routes, '/', '/relations-card.js']) {
      expect(doc.paths, path).toHaveProperty([path, 'get']);
      const declared = (doc.paths[path]?.get?.parameters ?? []).flatMap((p) => ('name' in p ? [p.name] : []));
      for (const [, name] of path.matchAll(/\{(\w+)\}/g)) expect(declared).toContain(name);
    }
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
