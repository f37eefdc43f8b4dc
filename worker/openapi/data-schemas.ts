// The component schemas of the data the API serves, by zod's own JSON Schema generator from the schemas in data/schema.
//
// Routes, parameters and responses are described by @hono/zod-openapi; the record and its pages are not, on purpose:
// zod's `toJSONSchema` also writes data/schema/relations-record.schema.json, so the document and the published JSON
// Schema come from one generator and cannot drift apart, whatever zod features the data schema grows.
import * as z from 'zod';

type JsonObject = Record<string, unknown>;

const SCHEMA_REF = '#/components/schemas/';

/** A `$ref` to the component of a zod schema registered with `.meta({ id })`. */
export function schemaRef(schema: z.ZodType): { $ref: string } {
  const id = z.globalRegistry.get(schema)?.id;
  if (id === undefined) throw new Error('schemaRef: the schema has no .meta({ id })');
  return { $ref: SCHEMA_REF + id };
}

/** The names of the component schemas a JSON value refers to. */
export function refsIn(value: unknown, found = new Set<string>()): Set<string> {
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
 * The JSON Schemas of the zod schemas with a `.meta({ id })` that `names` lists, and of every one they refer to;
 * only those: the global registry also holds, say, the curation schemas where those are imported.
 */
export function dataSchemas(names: Iterable<string>): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'draft-2020-12',
    io: 'output',
    // A schema elsewhere in the registry that JSON Schema cannot express must not take the document down.
    unrepresentable: 'any',
    uri: (id) => SCHEMA_REF + id,
  }) as { schemas: Record<string, JsonObject> };
  const kept: Record<string, JsonObject> = {};
  const queue = [...names];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const schema = schemas[name];
    if (schema === undefined || Object.hasOwn(kept, name)) continue;
    // OpenAPI names components by key: a `$id` would re-base their `$ref`s, and the dialect is the document's.
    delete schema.$id;
    delete schema.$schema;
    kept[name] = schema;
    queue.push(...refsIn(schema));
  }
  return kept;
}
