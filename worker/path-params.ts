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

/** A query parameter that takes one of `values` (refused: 400 `invalid-parameter`). */
export function enumParam<const T extends string>(name: string, values: readonly T[]) {
  return lookupParam(
    (raw) => values.find((value) => value === raw),
    'invalid-parameter',
    (raw) => `${name}=${quoteInput(raw)} is not one of ${values.join(', ')}.`,
  );
}

/** The shape of a BCP 47 language tag the card page takes: a language, then up to four subtags. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/;

/** A BCP 47 language tag, as a page declares it (`da`, `sq-AL`, `en-GB`); refused: 400 `invalid-parameter`. */
export const LanguageParam = lookupParam(
  (raw) => (LANGUAGE_TAG.test(raw) ? raw : undefined),
  'invalid-parameter',
  (raw) => `lang=${quoteInput(raw)} is not a BCP 47 language tag.`,
);

/** An absolute http(s) URL of at most 2048 characters; refused: 400 `invalid-parameter`. */
export const WebUrlParam = lookupParam(
  (raw) => (raw.length <= 2048 && /^https?:\/\/[^\s]+$/i.test(raw) ? raw : undefined),
  'invalid-parameter',
  (raw) => `url=${quoteInput(raw)} is not an http(s) URL.`,
);

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
  // A query parameter missing or of the wrong shape (no lookup ran) is a bad request like a refused value.
  if (problemType === undefined && result.target === 'query')
    throw new ProblemException('invalid-parameter', issue?.message);
  // Only lookupParam schemas validate path parameters; anything else failing is a bug, answered 500 and logged.
  if (problemType === undefined) throw new Error(`request validation failed without a problem type: ${issue?.message}`);
  throw new ProblemException(problemType, issue?.message);
};

/** A sub-app whose routes are described in the OpenAPI document and refuse invalid parameters as problems. */
export const describedRoutes = (): OpenAPIHono<AppEnv> => new OpenAPIHono<AppEnv>({ defaultHook: refuseInvalidParams });
