// Property test in the manner of Schemathesis: requests generated from the served OpenAPI document alone (valid,
// invalid and missing path and query parameters, every method, If-None-Match values) against real data; every answer
// must be one the document states for that operation, with its media type, body schema and header schemas.
import { env, exports } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedPublishedData } from './published-data.ts';
import { type DocumentedResponse, type Operation, operationsOf, type PathParameter } from './served-document.ts';

const ORIGIN = 'https://fuzz.example';
const RUNS_PER_OPERATION = 250;
// About 2,000 requests: a few seconds alone, longer beside the other test projects on two cores.
const TIMEOUT_MS = 120_000;
// Statuses the document rightly states but healthy storage never gives; test/worker/failing-storage.test.ts has them.
const STORAGE_FAILURES = new Set([500, 503]);
// Methods a client may send besides GET, HEAD and OPTIONS (fetch refuses CONNECT, TRACE and TRACK outright).
const OTHER_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND', 'QUERY'];

let operations: Operation[] = [];
let requests = 0;

/** What a run met: the statuses an operation answered, and the component schemas its bodies matched. */
interface Coverage {
  statuses: Set<number>;
  schemas: Set<string>;
}

const send = async (path: string, init: RequestInit = {}) => {
  requests++;
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, init));
};

beforeAll(async () => {
  await seedPublishedData(env.RELATIONS);
  operations = operationsOf((await (await send('/openapi.json')).json()) as Record<string, unknown>);
});

/** Values a parameter's schema accepts: its enum, strings its pattern matches, its example. */
function validValue(parameter: PathParameter): fc.Arbitrary<string> {
  const { schema } = parameter;
  const options: fc.Arbitrary<string>[] = [];
  if (Array.isArray(schema.schema.enum)) options.push(fc.constantFrom(...(schema.schema.enum as string[])));
  if (typeof schema.schema.pattern === 'string') options.push(fc.stringMatching(new RegExp(schema.schema.pattern)));
  if (parameter.example !== undefined) options.push(fc.constant(parameter.example));
  if (options.length === 0) options.push(fc.string({ minLength: 1 }));
  return fc.oneof(...options).filter((value) => schema.errors(value).length === 0);
}

/** Values a parameter's schema refuses: near misses, look-alikes and noise. */
function invalidValue(parameter: PathParameter): fc.Arbitrary<string> {
  // biome-ignore format: a list of values, not code
  const nearMisses = fc.constantFrom(
    'XKX', 'UK', 'EU', 'UN', 'YU', 'AN', 'ZZ', 'AA', 'QM', 'XX', 'ALBA', 'A', 'D1', 'ß', 'ＡＬ', 'ı', 'ﬀ',
    '__proto__', 'constructor', 'toString', 'not-found', 'about:blank', '%', '%2F', ' AL', 'AL ', 'A/L', '\u0000',
    'x'.repeat(600),
  );
  const noise = fc.oneof(
    fc.string({ minLength: 1, maxLength: 6 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
  );
  return fc.oneof(nearMisses, noise).filter((value) => {
    // `.` and `..` are resolved by URL parsing before any server sees them: another path, not this parameter.
    if (value === '.' || value === '..') return false;
    try {
      encodeURIComponent(value);
    } catch {
      return false; // a lone surrogate cannot be put in a URL
    }
    return parameter.schema.errors(value).length > 0;
  });
}

/** Whether a parameter's schema refuses any string: it has a pattern, an enum or a length limit. */
const refuses = ({ schema }: PathParameter) =>
  ['pattern', 'enum', 'maxLength', 'minLength', 'const'].some((key) => key in schema.schema);

/** A request for `operation`: its path and query with valid, invalid or missing parameters, a method, an If-None-Match. */
function requestFor(operation: Operation) {
  type Value = { value: string | undefined; valid: boolean };
  const parameter = (p: PathParameter): fc.Arbitrary<Value> =>
    fc.oneof(
      { weight: 4, arbitrary: validValue(p).map((value): Value => ({ value, valid: true })) },
      // Only a schema that refuses something has invalid values (a filter with none to find would spin forever).
      ...(refuses(p)
        ? [{ weight: 1, arbitrary: invalidValue(p).map((value): Value => ({ value, valid: false })) }]
        : []),
      // A query parameter left out is valid unless the document says it is required.
      ...(p.in === 'query'
        ? [{ weight: 2, arbitrary: fc.constant<Value>({ value: undefined, valid: !p.required }) }]
        : []),
    );
  const values = fc.tuple(...operation.parameters.map(parameter));
  // Two path parameters of one schema are sometimes given the same value (`AL/AL`), as a client might.
  const repeated = values.map((vs) =>
    vs.length >= 2 && vs[0] && vs[1] && vs[0].valid && operation.parameters[1]?.in === 'path'
      ? [vs[0], vs[0], ...vs.slice(2)]
      : vs,
  );
  return fc.record({
    values: fc.oneof({ weight: 5, arbitrary: values }, { weight: 1, arbitrary: repeated }),
    method: fc.oneof(
      { weight: 6, arbitrary: fc.constant('GET') },
      { weight: 2, arbitrary: fc.constant('HEAD') },
      { weight: 1, arbitrary: fc.constant('OPTIONS') },
      { weight: 2, arbitrary: fc.constantFrom(...OTHER_METHODS) },
    ),
    ifNoneMatch: fc.option(fc.constantFrom('*', '"0000"', 'W/"0000"', 'garbage', '"a", "b"', ''), { freq: 3 }),
  });
}

/** Checks one answer against the document, and notes what it covered. */
async function expectConformant(operation: Operation, method: string, res: Response, label: string, seen: Coverage) {
  seen.statuses.add(res.status);
  if (method === 'OPTIONS') {
    // The document's `info.description`: OPTIONS answers a CORS preflight, 204, on every path.
    expect(res.status, label).toBe(204);
    expect(res.headers.get('allow'), label).toBe('GET, HEAD, OPTIONS');
    return;
  }
  if (OTHER_METHODS.includes(method)) expect(res.status, label).toBe(405);
  // Healthy storage gives no 500 or 503, though the document states them; a documented 501 is an answer.
  else expect(STORAGE_FAILURES.has(res.status), `${label}: ${res.status}`).toBe(false);
  const documented = operation.responses.get(res.status);
  expect(documented, `${label}: status ${res.status} is not in the document`).toBeDefined();
  if (documented === undefined) return;

  for (const [name, header] of documented.headers) {
    const value = res.headers.get(name);
    if (value === null) continue;
    const typed = header.schema.type === 'integer' ? Number(value) : value;
    expect(header.errors(typed), `${label}: header ${name}: ${value}`).toEqual([]);
  }
  const text = await res.text();
  const mediaType = res.headers.get('content-type')?.split(';')[0]?.trim() ?? null;
  if (documented.content.size === 0) {
    expect(text, `${label}: a ${res.status} has no body`).toBe('');
    return;
  }
  expect([...documented.content.keys()], `${label}: content type`).toContain(mediaType);
  if (method === 'HEAD') {
    expect(text, label).toBe('');
    return;
  }
  const schema = documented.content.get(mediaType ?? '');
  const body = mediaType?.endsWith('json') ? JSON.parse(text) : text;
  expect(schema?.errors(body), `${label}: body`).toEqual([]);
  for (const [name, variant] of schema?.variants ?? []) if (variant.errors(body).length === 0) seen.schemas.add(name);
}

/** Sends `runs` generated requests for `operation`, each checked against the document; what they covered. */
async function fuzz(operation: Operation, runs: number): Promise<Coverage> {
  const seen: Coverage = { statuses: new Set(), schemas: new Set() };
  await fc.assert(
    fc.asyncProperty(requestFor(operation), async ({ values, method, ifNoneMatch }) => {
      let path = operation.path;
      const query = new URLSearchParams();
      operation.parameters.forEach((p, i) => {
        const value = values[i]?.value;
        if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(value ?? ''));
        else if (value !== undefined) query.set(p.name, value);
      });
      if (query.size) path += `?${query}`;
      const headers = ifNoneMatch === null ? undefined : { 'if-none-match': ifNoneMatch };
      const label = `${operation.id}: ${method} ${path} If-None-Match ${ifNoneMatch}`;
      const res = await send(path, { method, headers });
      // A value the schema refuses is refused by the API (with a 4xx), and one it accepts is never refused as
      // malformed: the parameter schemas state exactly what the API accepts.
      if (method === 'GET' || method === 'HEAD') {
        if (values.some((v) => !v.valid)) expect([400, 404], label).toContain(res.status);
        else {
          const pathValues = operation.parameters.filter((p) => p.in === 'path').length;
          expect(res.status === 400 && pathValues < 2, `${label}: a valid value refused`).toBe(false);
        }
      }
      const etag = res.headers.get('etag');
      await expectConformant(operation, method, res, label, seen);
      // And the link every 200 with an ETag states: asking again with it gives the 304.
      if (method === 'GET' && res.status === 200 && etag !== null && operation.responses.has(304)) {
        const again = await send(path, { headers: { 'if-none-match': etag } });
        expect(again.status, `${label}, revalidated`).toBe(304);
        await expectConformant(operation, 'GET', again, `${label}, revalidated`, seen);
      }
    }),
    { numRuns: runs },
  );
  return seen;
}

/** The message of the assertion a failed run stopped at (fast-check keeps it as the cause). */
async function failureOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    return String((error as Error).cause ?? error);
  }
  return 'no failure';
}

describe('every operation of the served OpenAPI document', () => {
  it(
    'answers generated requests only as the document says, and gives all it says',
    async () => {
      expect(operations.map((o) => o.id)).toEqual([
        'listRelations',
        'getRelations',
        'getRelationsCard',
        'listCountries',
        'listCountryRelations',
        'getOEmbed',
        'getOpenApi',
        'getHealth',
        'getProblemType',
      ]);
      for (const operation of operations) {
        const seen = await fuzz(operation, RUNS_PER_OPERATION);
        // The other way round: the document states nothing (storage failures aside) that the API never gives.
        for (const [status, response] of operation.responses) {
          if (STORAGE_FAILURES.has(status)) continue;
          expect([...seen.statuses], `${operation.id} never answered ${status}`).toContain(status);
          for (const [, content] of response.content) {
            for (const name of content.variants.keys()) expect([...seen.schemas], operation.id).toContain(name);
          }
        }
      }
      expect(requests).toBeGreaterThan(operations.length * RUNS_PER_OPERATION);
    },
    TIMEOUT_MS,
  );

  it('would catch a document that leaves out a status, or misstates a body', async () => {
    const byId = (id: string) => operations.find((o) => o.id === id) as Operation;
    const health = byId('getHealth');
    const without405 = { ...health, responses: new Map([...health.responses].filter(([status]) => status !== 405)) };
    expect(await failureOf(fuzz(without405, 100))).toMatch(/status 405 is not in the document/);

    // A 200 said to carry `instance`, which problem type descriptions do not have.
    const [stated] = operationsOf({
      components: {},
      paths: {
        '/': {
          get: {
            responses: { 200: { content: { 'application/json': { schema: { required: ['instance'] } } } } },
          },
        },
      },
    });
    const problemType = byId('getProblemType');
    const misstated = new Map(problemType.responses).set(200, stated?.responses.get(200) as DocumentedResponse);
    expect(await failureOf(fuzz({ ...problemType, responses: misstated }, 100))).toMatch(/: body/);
  });

  it('answers invalid parameters with the problem type the document names for them', async () => {
    const pair = operations.find((o) => o.id === 'getRelations');
    const res = await send('/v1/relations/XKX/AL');
    const body = (await res.json()) as { type: string };
    expect(res.status).toBe(400);
    expect(body.type).toBe(`${env.PUBLIC_ORIGIN}/problems/invalid-country-code`);
    expect(pair?.responses.get(400)?.content.get('application/problem+json')?.errors(body)).toEqual([]);
  });
});
