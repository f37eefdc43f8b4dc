// The API's path parameters as zod schemas: the precomputed lookups the handlers used before check them, the OpenAPI
// document states exactly what those lookups accept, and a value they refuse answers with its problem type.
import { type Hook, OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import { countryCodePattern, toAlpha2 } from './country-codes.ts';
import type { AppEnv } from './env.ts';
import { PROBLEM_TYPES, ProblemException, type ProblemType, quoteInput } from './problem.ts';

/** A path parameter that `lookup` maps to its value; what it does not know fails with `problemType`'s issue. */
function lookupParam<T>(
  lookup: (raw: string) => T | undefined,
  problemType: ProblemType,
  detail: (raw: string) => string,
) {
  return z.string().transform((raw, ctx): T => {
    const value = lookup(raw);
    if (value !== undefined) return value;
    ctx.issues.push({ code: 'custom', input: raw, message: detail(raw), params: { problemType } });
    return z.NEVER;
  });
}

/** A country code as a request may spell it; the alpha-2 code out (`dnk` -> `DK`). */
export const CountryCodeParam = lookupParam(
  toAlpha2,
  'invalid-country-code',
  (raw) => `${quoteInput(raw)} is not an ISO 3166-1 alpha-2 or alpha-3 country code.`,
).openapi('CountryCodeInput', {
  description:
    'An ISO 3166-1 alpha-2 or alpha-3 code, in any case: the 249 assigned codes and Kosovo as `XK`/`XKK` ' +
    '(user-assigned; as Unicode CLDR has it). Any other code, user-assigned, reserved or withdrawn (`XKX`, `UK`, ' +
    '`EU`, `YU`), answers 400 `invalid-country-code`. The answer always names the canonical alpha-2 code.',
  pattern: countryCodePattern(),
  examples: ['AL', 'dk', 'DNK', 'XK'],
});

const DESCRIBED_TYPES = (Object.keys(PROBLEM_TYPES) as ProblemType[]).filter(
  (slug) => !('blank' in PROBLEM_TYPES[slug]),
);

/** The name of a problem type described at `/problems/<name>` (`about:blank` ones are not). */
export const ProblemTypeParam = lookupParam(
  // Own, described names only: `__proto__` or `constructor` must not look like a problem type.
  (raw) => DESCRIBED_TYPES.find((slug) => slug === raw),
  'problem-type-not-found',
  (raw) => `No problem type ${quoteInput(raw)}.`,
).openapi('ProblemTypeName', {
  description: 'The last segment of a problem `type` URI.',
  enum: DESCRIBED_TYPES,
});

/** OpenAPIHono's `defaultHook`: a parameter its lookup refused throws the problem its issue names. */
export const refuseInvalidParams: Hook<unknown, AppEnv, string, undefined> = (result) => {
  if (result.success) return;
  const issue = result.error.issues[0];
  const problemType = issue?.code === 'custom' ? (issue.params?.problemType as ProblemType | undefined) : undefined;
  // Only lookupParam schemas validate requests; anything else failing is a bug, answered 500 and logged.
  if (problemType === undefined) throw new Error(`request validation failed without a problem type: ${issue?.message}`);
  throw new ProblemException(problemType, issue?.message);
};

/** A sub-app whose routes are described in the OpenAPI document and refuse invalid parameters as problems. */
export const describedRoutes = (): OpenAPIHono<AppEnv> => new OpenAPIHono<AppEnv>({ defaultHook: refuseInvalidParams });
