// GET /problems/{type}: what each problem type means, so the `type` URIs of error bodies lead somewhere.
import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import { problemResponses } from '../openapi/index.ts';
import { describedRoutes, ProblemTypeParam } from '../path-params.ts';
import { PROBLEM_TYPES, problemTypeUri } from '../problem.ts';

/** What `/problems/{type}` answers: the type's URI, its title and status, and when the API gives it. */
const ProblemTypeDescription = z
  .object({
    type: z.string().describe('The canonical URI of the problem type, on the API origin.'),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    description: z.string(),
  })
  .openapi('ProblemTypeDescription');

const getProblemType = createRoute({
  method: 'get',
  path: '/{type}',
  operationId: 'getProblemType',
  summary: 'What a problem type means',
  request: {
    params: z.object({ type: ProblemTypeParam.openapi({ param: { example: 'invalid-country-code' } }) }),
  },
  responses: {
    200: {
      description: 'The problem type.',
      content: { 'application/json': { schema: ProblemTypeDescription } },
    },
    ...problemResponses('problem-type-not-found'),
  },
});

/** Problem type descriptions, mounted at `/problems`. */
export const problems = describedRoutes().openapi(getProblemType, (c) => {
  const slug = c.req.valid('param').type;
  const { title, status, description } = PROBLEM_TYPES[slug];
  // The canonical URI, not the request's: neither its Host nor its query string is the caller's to choose.
  const type = problemTypeUri(c.env.PUBLIC_ORIGIN, slug);
  return c.json({ type, title, status, description }, 200, { 'cache-control': 'public, max-age=86400' });
});
