// RFC 9457 problem details: the catalog of problem types this API answers with, and the one way to build them.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import * as z from 'zod';
import type { AppEnv } from './env.ts';

/** The body of every error response (`application/problem+json`). */
export const Problem = z
  .object({
    type: z.string().describe('A URI naming the problem type; `about:blank` for plain HTTP errors.'),
    title: z.string().describe('A short summary of the problem type, the same for every occurrence.'),
    status: z.number().int().min(400).max(599).describe('The HTTP status code.'),
    detail: z.string().optional().describe('What went wrong with this request.'),
    instance: z.string().optional().describe('The path of the request that failed.'),
  })
  .meta({ id: 'Problem', title: 'Problem', description: 'RFC 9457 problem details.' });
export type Problem = z.infer<typeof Problem>;

/** What a problem type is; `blank` types use `about:blank` and the HTTP reason phrase as title (RFC 9457 §4.2.1). */
export interface ProblemTypeInfo {
  status: ContentfulStatusCode;
  title: string;
  description: string;
  cacheControl: string;
  blank?: true;
}

/** Every problem the API answers with, by slug; non-blank ones are described at `/problems/<slug>`. */
export const PROBLEM_TYPES = {
  'invalid-country-code': {
    status: 400,
    title: 'Unknown or malformed country code',
    description:
      'A path segment is not a country code the API accepts: ISO 3166-1 alpha-2 or alpha-3 in any case, the 249 ' +
      'assigned codes and Kosovo as XK or XKK; no other user-assigned, reserved or withdrawn code (XKX, UK, EU, YU).',
    cacheControl: 'public, max-age=86400',
  },
  'same-country': {
    status: 400,
    title: 'The same country twice',
    description: 'Both codes name the same country; relations need two different countries.',
    cacheControl: 'public, max-age=86400',
  },
  'invalid-parameter': {
    status: 400,
    title: 'Unknown parameter value',
    description: 'A query parameter has a value the route does not take; its description in /openapi.json lists them.',
    cacheControl: 'public, max-age=86400',
  },
  'pair-not-found': {
    status: 404,
    title: 'No record for this pair',
    description:
      'Both countries exist, but the data holds nothing about their relations: no article, no mission either way, no organisation in common and no land border.',
    cacheControl: 'public, max-age=300',
  },
  'country-not-found': {
    status: 404,
    title: 'No data for this country',
    description: 'The code is a valid ISO 3166-1 code, but the data knows no state by it (a territory, say).',
    cacheControl: 'public, max-age=300',
  },
  'embed-url-unknown': {
    status: 404,
    title: 'No card at this URL',
    description:
      'The oEmbed `url` is not the URL of a card this provider embeds: /v1/relations/{a}/{b}/card (or the record, /v1/relations/{a}/{b}) of a pair with a record.',
    cacheControl: 'public, max-age=300',
  },
  'embed-format-unsupported': {
    status: 501,
    title: 'oEmbed format not implemented',
    description: 'This provider answers oEmbed in JSON only (`format=json`, or no `format`).',
    cacheControl: 'public, max-age=86400',
  },
  'problem-type-not-found': {
    status: 404,
    title: 'Unknown problem type',
    description: 'No problem type of that name exists.',
    cacheControl: 'public, max-age=300',
  },
  'not-found': {
    status: 404,
    title: 'Not Found',
    description: 'No resource at this path.',
    cacheControl: 'public, max-age=300',
    blank: true,
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method Not Allowed',
    description: 'The resource exists but answers only the methods listed in `Allow`.',
    cacheControl: 'public, max-age=300',
    blank: true,
  },
  'stored-record-invalid': {
    status: 500,
    title: 'Stored record is invalid',
    description: 'The stored record for this pair failed validation; it has been logged. Other pairs are unaffected.',
    cacheControl: 'no-store',
  },
  'storage-unavailable': {
    status: 503,
    title: 'Storage unavailable',
    description: 'The record store did not answer in time and no earlier copy was at hand; retry after `Retry-After`.',
    cacheControl: 'no-store',
  },
  'internal-error': {
    status: 500,
    title: 'Internal Server Error',
    description: 'An unexpected error; it has been logged.',
    cacheControl: 'no-store',
    blank: true,
  },
} as const satisfies Record<string, ProblemTypeInfo>;

/** The slug of a problem type, such as `invalid-country-code`. */
export type ProblemType = keyof typeof PROBLEM_TYPES;

/** An error that the app's error handler answers as the given problem type. */
export class ProblemException extends HTTPException {
  readonly problemType: ProblemType;
  readonly headers: Record<string, string> | undefined;

  constructor(problemType: ProblemType, detail?: string, headers?: Record<string, string>) {
    super(PROBLEM_TYPES[problemType].status, { message: detail });
    this.problemType = problemType;
    this.headers = headers;
  }
}

/** Seconds a client should wait after a 503: about how long a KV hiccup lasts, well under a record's max-age. */
export const RETRY_AFTER_SECONDS = 30;

/** The path under which a problem type is described. */
export const problemTypePath = (slug: string): string => `/problems/${slug}`;

const origins = new Map<string | undefined, string | undefined>();

/**
 * The deployment's public origin (`PUBLIC_ORIGIN` in wrangler.toml) as `https://host[:port]`, or undefined when it is
 * missing or not an http(s) URL. Links the worker writes (problem `type` URIs, the OpenAPI `servers`) are on it,
 * never on the request's Host header, which any client can set and a shared cache would then hand to everyone.
 */
export function publicOrigin(configured: string | undefined): string | undefined {
  // Parsed once per configured value (an isolate has one), not on every request that writes a link.
  if (origins.has(configured)) return origins.get(configured);
  let origin: string | undefined;
  try {
    const url = new URL(configured ?? '');
    if (url.protocol === 'https:' || url.protocol === 'http:') origin = url.origin;
  } catch {
    // Missing or malformed: no origin, and still never the Host header.
  }
  origins.set(configured, origin);
  return origin;
}

/**
 * The URI naming a problem type: absolute on the deployment's public origin; without a usable origin it is the
 * relative reference `/problems/<slug>` (RFC 9457 §3.1.1 allows one).
 */
export function problemTypeUri(configuredOrigin: string | undefined, slug: string): string {
  return `${publicOrigin(configuredOrigin) ?? ''}${problemTypePath(slug)}`;
}

/** A user-supplied string shortened and stripped of control characters, for quoting inside `detail`. */
export function quoteInput(input: string): string {
  const clean = input.replace(/[\p{Cc}\p{Cf}]/gu, '\uFFFD');
  return JSON.stringify(clean.length > 16 ? `${clean.slice(0, 16)}…` : clean);
}

// Long paths are left out of `instance` rather than echoed: the problem body stays small whatever is sent.
const MAX_INSTANCE_LENGTH = 512;

/** The problem+json response for a problem type, its `type` on the configured public origin. */
export function problemResponse(
  c: Context<AppEnv>,
  problemType: ProblemType,
  detail?: string,
  headers?: Record<string, string>,
): Response {
  const info: ProblemTypeInfo = PROBLEM_TYPES[problemType];
  const url = new URL(c.req.url);
  const problem: Problem = {
    type: info.blank ? 'about:blank' : problemTypeUri(c.env.PUBLIC_ORIGIN, problemType),
    title: info.title,
    status: info.status,
    detail: detail || undefined,
    instance: url.pathname.length <= MAX_INSTANCE_LENGTH ? url.pathname : undefined,
  };
  return new Response(JSON.stringify(problem), {
    status: info.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': info.cacheControl, ...headers },
  });
}
