// What routes declare they answer: a stored document's 200 and 304, and problem details grouped by status, each
// status with the problem types it can carry.
import * as z from 'zod';
import { PROBLEM_TYPES, Problem, type ProblemType, problemTypePath } from '../problem.ts';

type HeaderRefs = Record<string, { $ref: string }>;

const header = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

/** The response headers the document names, as its `components.headers`. */
export const HEADERS = {
  ETag: { description: 'A strong validator of the content.', schema: { type: 'string' } },
  'Cache-Control': { description: 'How long caches may keep the response.', schema: { type: 'string' } },
  'Content-Location': {
    description: 'The canonical path, when the request spelled it otherwise (`dk/alb` -> `/v1/relations/AL/DK`).',
    schema: { type: 'string' },
  },
  'Server-Timing': {
    description: '`total;dur=`, plus `kv;dur=` only when this request read KV, and `cache;desc=hit|edge|miss|stale`.',
    schema: { type: 'string' },
  },
  'Access-Control-Allow-Origin': { description: 'Always `*`.', schema: { type: 'string', const: '*' } },
  'Retry-After': { description: 'Seconds to wait before asking again.', schema: { type: 'integer', minimum: 0 } },
  Allow: { description: 'The methods every path answers.', schema: { type: 'string', const: 'GET, HEAD, OPTIONS' } },
} as const;

/** The request parameters routes share, as the document's `components.parameters`. */
export const PARAMETERS = {
  'If-None-Match': {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description: 'ETags (or `*`) the client holds; a match answers 304 (weak comparison, RFC 9110 §13.1.2).',
    schema: { type: 'string' },
  },
} as const;

/** The conditional-request header, for a route's `parameters`. */
export const IF_NONE_MATCH = { $ref: '#/components/parameters/If-None-Match' };

const pascalCase = (slug: string): string =>
  slug.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());

// `type` is absolute on the deployment's public origin (the document's `servers`), or relative without one.
const typeUriPattern = (slug: string): RegExp => new RegExp(`^(?:https?://[^/]+)?${problemTypePath(slug)}$`);

const problemSchemas = new Map<ProblemType, z.ZodType>();

/** The body of one problem type: `type`, `title` and `status` fixed, a component named `<PascalSlug>Problem`. */
function problemSchema(slug: ProblemType): z.ZodType {
  let schema = problemSchemas.get(slug);
  if (schema === undefined) {
    const info = PROBLEM_TYPES[slug];
    const blank = 'blank' in info;
    schema = z
      .object({
        type: blank
          ? z.literal('about:blank')
          : z
              .string()
              .regex(typeUriPattern(slug))
              .describe(`\`${problemTypePath(slug)}\` on the API's origin.`),
        title: z.literal(info.title),
        // A literal would be described as `number`: HTTP statuses are integers.
        status: z.literal(info.status).openapi({ type: 'integer', enum: [info.status] }),
        detail: Problem.shape.detail,
        instance: Problem.shape.instance,
      })
      .openapi(`${pascalCase(slug)}Problem`, {
        description: `RFC 9457 problem details: ${info.title}. ${info.description}`,
      });
    problemSchemas.set(slug, schema);
  }
  return schema;
}

/** Problem types every route can answer with: another method on its path, or a bug. */
const EVERY_ROUTE: readonly ProblemType[] = ['method-not-allowed', 'internal-error'];

const WHEN: Partial<Record<ProblemType, string>> = {
  'method-not-allowed': 'A method other than GET, HEAD or OPTIONS on this path (never GET itself).',
};

/**
 * The error responses of a route: the given problem types and those of every route, one response per status. A status
 * that more than one type shares (400 `invalid-country-code` or `same-country`) lists each in its schema's `anyOf`.
 */
export function problemResponses(...slugs: ProblemType[]) {
  const byStatus = new Map<number, ProblemType[]>();
  for (const slug of [...slugs, ...EVERY_ROUTE]) {
    const status = PROBLEM_TYPES[slug].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), slug]);
  }
  const responses: Record<number, { description: string; headers: HeaderRefs; content: object }> = {};
  for (const [status, types] of [...byStatus].sort(([a], [b]) => a - b)) {
    const headers: HeaderRefs = { 'Cache-Control': header('Cache-Control') };
    if (types.includes('method-not-allowed')) headers.Allow = header('Allow');
    if (status === 503) headers['Retry-After'] = header('Retry-After');
    const schemas = types.map(problemSchema);
    responses[status] = {
      description: types
        .map((slug) => {
          const info = PROBLEM_TYPES[slug];
          const type = 'blank' in info ? '`about:blank`' : `\`${slug}\``;
          return `${type}: ${WHEN[slug] ?? info.description}`;
        })
        .join(' Or '),
      headers,
      content: {
        'application/problem+json': {
          schema: schemas.length === 1 ? schemas[0] : z.union(schemas as [z.ZodType, z.ZodType, ...z.ZodType[]]),
        },
      },
    };
  }
  return responses;
}

/** Options of documentResponses. */
export interface DocumentResponsesOptions {
  /** Whether a request may spell the path otherwise, so the answer names the canonical one. @default false */
  contentLocation?: boolean;
}

/** A stored document's 200 (JSON, with its validators) and the 304 a matching `If-None-Match` gets instead. */
export function documentResponses(
  description: string,
  schema: z.ZodType | { $ref: string } | { type: 'object'; description: string },
  options: DocumentResponsesOptions = {},
) {
  const headers: HeaderRefs = {
    ETag: header('ETag'),
    'Cache-Control': header('Cache-Control'),
    ...(options.contentLocation ? { 'Content-Location': header('Content-Location') } : {}),
    'Server-Timing': header('Server-Timing'),
    'Access-Control-Allow-Origin': header('Access-Control-Allow-Origin'),
  };
  return {
    200: { description, headers, content: { 'application/json': { schema } } },
    304: { description: 'Not Modified: the `If-None-Match` holds the current ETag. No body.', headers },
  };
}
