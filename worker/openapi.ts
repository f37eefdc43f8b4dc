// The OpenAPI 3.1 document, generated from the same zod schemas that validate the records.
import * as z from 'zod';
import { RelationsRecord } from '../data/schema/relations-record.ts';
import { contentEtag } from './content-etag.ts';
import { PROBLEM_TYPES, Problem, type ProblemTypeInfo, problemTypePath } from './problem.ts';
import type { StoredDocument } from './record-store.ts';
import { CountriesPage, CountryRelationsPage, RelationsIndexPage } from './stored-documents.ts';

type JsonObject = Record<string, unknown>;

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const json = (schema: JsonObject) => ({ 'application/json': { schema } });
const problemContent = { 'application/problem+json': { schema: ref('schemas', 'Problem') } };

const SCHEMA_REF = '#/components/schemas/';

/** The names of the component schemas a JSON value refers to. */
function refsIn(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string' && item.startsWith(SCHEMA_REF))
        found.add(item.slice(SCHEMA_REF.length));
      else refsIn(item, found);
    }
  }
  return found;
}

/**
 * Component schemas from zod: every schema with a `.meta({ id })` becomes one, referred to by `$ref`; only those
 * the API's own answers reach are kept (the global registry also holds, say, the curation schemas in tests).
 */
function componentSchemas(): Record<string, JsonObject> {
  const roots = [RelationsRecord, RelationsIndexPage, CountriesPage, CountryRelationsPage, Problem];
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    io: 'output',
    // A schema elsewhere in the registry that JSON Schema cannot express must not take the document down.
    unrepresentable: 'any',
    uri: (id) => SCHEMA_REF + id,
  }) as {
    schemas: Record<string, JsonObject>;
  };
  const kept: Record<string, JsonObject> = {};
  const queue = roots.map((root) => z.globalRegistry.get(root)?.id as string);
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const schema = schemas[name];
    if (schema === undefined || Object.hasOwn(kept, name)) continue;
    // OpenAPI names components by key: a `$id` would re-base their `$ref`s, and the dialect is the document's.
    delete schema.$id;
    delete schema.$schema;
    kept[name] = schema;
    queue.push(...refsIn(schema, new Set()));
  }
  return kept;
}

function problemResponses(): Record<string, JsonObject> {
  const responses: Record<string, JsonObject> = {};
  for (const [slug, info] of Object.entries(PROBLEM_TYPES) as [string, ProblemTypeInfo][]) {
    const type = info.blank ? '`about:blank`' : `\`${problemTypePath(slug)}\` (absolute, on the API's origin)`;
    const headers: JsonObject = { 'Cache-Control': ref('headers', 'Cache-Control') };
    if (info.status === 503) headers['Retry-After'] = ref('headers', 'Retry-After');
    if (slug === 'method-not-allowed') headers.Allow = ref('headers', 'Allow');
    responses[slug] = {
      description: `${info.title}: ${info.description} Type ${type}.`,
      headers,
      content: problemContent,
    };
  }
  return responses;
}

const cachedHeaders = {
  ETag: ref('headers', 'ETag'),
  'Cache-Control': ref('headers', 'Cache-Control'),
  'Server-Timing': ref('headers', 'Server-Timing'),
  'Access-Control-Allow-Origin': ref('headers', 'Access-Control-Allow-Origin'),
};

const codeParameter = (name: 'a' | 'b', example: string) => ({
  name,
  in: 'path',
  required: true,
  description: 'An ISO 3166-1 alpha-2 or alpha-3 country code, in any case; the two may come in either order.',
  schema: { type: 'string', pattern: '^[A-Za-z]{2,3}$' },
  example,
});

/** Builds the document (call once: it walks every schema). */
export function buildOpenApiDocument(): JsonObject {
  const problem = (slug: keyof typeof PROBLEM_TYPES) => ref('responses', slug);
  const notModified = ref('responses', 'not-modified');
  const ifNoneMatch = ref('parameters', 'If-None-Match');
  return {
    openapi: '3.1.1',
    info: {
      title: 'relations-card API',
      version: '1.0.0',
      summary: 'Sourced facts about the relations between two countries.',
      description:
        'Read-only and public: any origin may GET or HEAD (CORS `*`, no credentials), OPTIONS answers preflights. ' +
        'Every error is RFC 9457 problem details (`application/problem+json`); a method other than GET, HEAD or ' +
        'OPTIONS on a known path answers 405 with `Allow`, an unknown path 404.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths: {
      '/v1/relations/{a}/{b}': {
        get: {
          operationId: 'getRelations',
          summary: "A pair's record",
          description:
            'Any two states: missions each way (with non-resident accreditation), the organisations both belong to ' +
            "with each side's standing, and whether they share a land border, from Wikidata and Internacia; for a " +
            'pair with an article, also events, agreements, visits, assistance and diaspora. `AL/DK`, `dk/al` and ' +
            '`ALB/DNK` all answer with the AL-DK record: same body, same ETag.',
          parameters: [codeParameter('a', 'AL'), codeParameter('b', 'DK'), ifNoneMatch],
          responses: {
            '200': {
              description: 'The record.',
              headers: { ...cachedHeaders, 'Content-Location': ref('headers', 'Content-Location') },
              content: json(ref('schemas', 'RelationsRecord')),
            },
            '304': notModified,
            '400': problem('invalid-country-code'),
            '404': problem('pair-not-found'),
            '500': problem('stored-record-invalid'),
            '503': problem('storage-unavailable'),
          },
        },
      },
      '/v1/relations': {
        get: {
          operationId: 'listRelations',
          summary: 'Every pair with an article record (every other pair: see /v1/countries/{code}/relations)',
          parameters: [ifNoneMatch],
          responses: {
            '200': {
              description: 'The index.',
              headers: cachedHeaders,
              content: json(ref('schemas', 'RelationsIndexPage')),
            },
            '304': notModified,
            '500': problem('stored-record-invalid'),
            '503': problem('storage-unavailable'),
          },
        },
      },
      '/v1/countries': {
        get: {
          operationId: 'listCountries',
          summary: 'Every state the data knows, each with the link to its partners',
          parameters: [ifNoneMatch],
          responses: {
            '200': {
              description: 'The states.',
              headers: cachedHeaders,
              content: json(ref('schemas', 'CountriesPage')),
            },
            '304': notModified,
            '500': problem('stored-record-invalid'),
            '503': problem('storage-unavailable'),
          },
        },
      },
      '/v1/countries/{code}/relations': {
        get: {
          operationId: 'listCountryRelations',
          summary: "A state's partners: every state it has a record with, and how much the record holds",
          parameters: [
            {
              name: 'code',
              in: 'path',
              required: true,
              description: 'An ISO 3166-1 alpha-2 or alpha-3 country code, in any case.',
              schema: { type: 'string', pattern: '^[A-Za-z]{2,3}$' },
              example: 'DK',
            },
            ifNoneMatch,
          ],
          responses: {
            '200': {
              description: 'The partners.',
              headers: { ...cachedHeaders, 'Content-Location': ref('headers', 'Content-Location') },
              content: json(ref('schemas', 'CountryRelationsPage')),
            },
            '304': notModified,
            '400': problem('invalid-country-code'),
            '404': problem('country-not-found'),
            '500': problem('stored-record-invalid'),
            '503': problem('storage-unavailable'),
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document',
          parameters: [ifNoneMatch],
          responses: {
            '200': { description: 'OpenAPI 3.1.', headers: cachedHeaders, content: json({ type: 'object' }) },
            '304': notModified,
          },
        },
      },
      '/problems/{type}': {
        get: {
          operationId: 'getProblemType',
          summary: 'What a problem type means',
          parameters: [
            { name: 'type', in: 'path', required: true, schema: { type: 'string' }, example: 'invalid-country-code' },
          ],
          responses: {
            '200': { description: 'The problem type.', content: json(ref('schemas', 'ProblemType')) },
            '404': problem('problem-type-not-found'),
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'getHealth',
          summary: 'Liveness: a constant answer that touches no storage',
          responses: {
            '200': { description: '`ok`', content: { 'text/plain': { schema: { type: 'string', const: 'ok' } } } },
          },
        },
      },
      '/': {
        get: {
          operationId: 'getDemoPage',
          summary: 'The demo page',
          responses: { '200': { description: 'HTML.', content: { 'text/html': { schema: { type: 'string' } } } } },
        },
      },
      '/relations-card.js': {
        get: {
          operationId: 'getWidget',
          summary: 'The widget bundle, latest version (cached 5 minutes)',
          responses: {
            '200': { description: 'An ES module.', content: { 'text/javascript': { schema: { type: 'string' } } } },
            '304': notModified,
            '503': problem('asset-unavailable'),
          },
        },
      },
      '/relations-card@{version}.js': {
        get: {
          operationId: 'getWidgetVersion',
          summary: 'The widget bundle of one version (immutable, cached a year)',
          parameters: [{ name: 'version', in: 'path', required: true, schema: { type: 'string' }, example: '0.1.0' }],
          responses: {
            '200': { description: 'An ES module.', content: { 'text/javascript': { schema: { type: 'string' } } } },
            '304': notModified,
            '404': problem('not-found'),
            '503': problem('asset-unavailable'),
          },
        },
      },
    },
    components: {
      schemas: {
        ...componentSchemas(),
        ProblemType: {
          type: 'object',
          properties: {
            type: { type: 'string', format: 'uri' },
            title: { type: 'string' },
            status: { type: 'integer' },
            description: { type: 'string' },
          },
          required: ['type', 'title', 'status', 'description'],
        },
      },
      parameters: {
        'If-None-Match': {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'ETags (or `*`) the client holds; a match answers 304.',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: { description: 'A strong validator from the content.', schema: { type: 'string' } },
        'Cache-Control': { description: 'How long caches may keep the response.', schema: { type: 'string' } },
        'Content-Location': { description: 'The canonical path of the record.', schema: { type: 'string' } },
        'Server-Timing': {
          description: '`total;dur=`, plus `kv;dur=` only when KV was read, and `cache;desc="hit|miss|stale"`.',
          schema: { type: 'string' },
        },
        'Access-Control-Allow-Origin': { description: 'Always `*`.', schema: { type: 'string', const: '*' } },
        'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
        Allow: { description: 'The methods the resource answers.', schema: { type: 'string' } },
      },
      responses: {
        'not-modified': { description: 'Not Modified: the ETag in If-None-Match is current.', headers: cachedHeaders },
        ...problemResponses(),
      },
    },
  };
}

let built: StoredDocument | undefined;

/** The document as served: built on first use, then the same body and ETag for the isolate's life. */
export async function openApiDocument(): Promise<StoredDocument> {
  if (built === undefined) {
    const body = JSON.stringify(buildOpenApiDocument());
    built = { body, etag: await contentEtag(body) };
  }
  return built;
}
