// The OpenAPI 3.1 document: generated from the routes by @hono/zod-openapi, on the deployment's public origin.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { contentEtag } from '../content-etag.ts';
import type { AppEnv } from '../env.ts';
import { publicOrigin } from '../problem.ts';
import type { StoredDocument } from '../record-store.ts';
import { dataSchemas, refsIn } from './data-schemas.ts';
import { HEADERS, PARAMETERS } from './responses.ts';

const INFO = {
  title: 'relations-card API',
  version: '1.0.0',
  summary: 'Sourced facts about the relations between two countries.',
  description:
    'Read-only and public, without credentials. Every path answers `GET`, `HEAD` (the same status and headers, ' +
    'no body) and `OPTIONS` (204, a CORS preflight for any origin, `Allow: GET, HEAD, OPTIONS`); any other method ' +
    'answers 405 with `Allow`, and a path that is no route 404 (`about:blank`). Every error is RFC 9457 problem ' +
    'details (`application/problem+json`) whose `type` names one of the problem types described at ' +
    '`/problems/{type}`. Countries are ISO 3166-1 alpha-2 or alpha-3 codes in any case; Kosovo is `XK`/`XKK`.',
  license: { name: 'MIT', identifier: 'MIT' },
};

const sortedByName = <T>(entries: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1)));

/** The document for a deployment: `servers` is its configured public origin, never a request's Host header. */
function buildOpenApiDocument(app: OpenAPIHono<AppEnv>, configuredOrigin: string | undefined) {
  const origin = publicOrigin(configuredOrigin);
  const document = app.getOpenAPI31Document({
    openapi: '3.1.1',
    info: INFO,
    // Without a configured origin, paths are relative to wherever the document was fetched from.
    servers: [origin === undefined ? { url: '/' } : { url: origin, description: 'This deployment' }],
    // Public: no operation needs credentials.
    security: [],
  });
  const generated = document.components?.schemas ?? {};
  // The data the routes refer to by `$ref` (the record, the pages), by zod's own JSON Schema generator.
  const data = dataSchemas([...refsIn(document)].filter((name) => !Object.hasOwn(generated, name)));
  const clash = Object.keys(data).find((name) => Object.hasOwn(generated, name));
  if (clash !== undefined) throw new Error(`OpenAPI component ${clash} is both a data schema and a route schema`);
  const { webhooks: _none, ...rest } = document;
  return {
    ...rest,
    components: { schemas: sortedByName({ ...generated, ...data }), parameters: PARAMETERS, headers: HEADERS },
  };
}

const served = new WeakMap<OpenAPIHono<AppEnv>, { origin: string | undefined; document: Promise<StoredDocument> }>();

/** The document as served: built on first use, then the same body and ETag for the isolate's life. */
export function servedOpenApiDocument(app: OpenAPIHono<AppEnv>, configuredOrigin: string | undefined) {
  let known = served.get(app);
  if (known === undefined || known.origin !== configuredOrigin) {
    const body = JSON.stringify(buildOpenApiDocument(app, configuredOrigin));
    known = { origin: configuredOrigin, document: contentEtag(body).then((etag) => ({ body, etag })) };
    served.set(app, known);
  }
  return known.document;
}
