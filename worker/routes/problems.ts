// GET /problems/{type}: what each problem type means, so the `type` URIs of error bodies lead somewhere.
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { PROBLEM_TYPES, ProblemException, type ProblemTypeInfo, problemTypeUri, quoteInput } from '../problem.ts';

/** Problem type descriptions, mounted at `/problems`. */
export const problems = new Hono<AppEnv>().get('/:type', (c) => {
  const slug = c.req.param('type');
  // Own properties only: `__proto__` or `constructor` must not look like a problem type.
  const info: ProblemTypeInfo | undefined = Object.hasOwn(PROBLEM_TYPES, slug)
    ? PROBLEM_TYPES[slug as keyof typeof PROBLEM_TYPES]
    : undefined;
  if (info === undefined || info.blank) {
    throw new ProblemException('problem-type-not-found', `No problem type ${quoteInput(slug)}.`);
  }
  const { title, status, description } = info;
  // The canonical URI, not the request's: neither its Host nor its query string is the caller's to choose.
  const type = problemTypeUri(c.env.PUBLIC_ORIGIN, slug);
  return c.json({ type, title, status, description }, 200, { 'cache-control': 'public, max-age=86400' });
});
