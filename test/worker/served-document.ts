// The served OpenAPI document read the way a fuzzer reads it: its operations, their parameters and responses, and a
// JSON Schema validator for any schema in it.
import { Validator } from '@cfworker/json-schema';

type Json = Record<string, unknown>;

/** A JSON Schema (2020-12) from the document, with the component schemas it may refer to. */
export interface SchemaCheck {
  /** The schema, its `$ref` followed. */
  schema: Json;
  /** The errors of `value` against the schema; empty when it validates. */
  errors(value: unknown): string[];
  /** For a schema that is an `anyOf` of components, each of them by name (`SameCountryProblem`). */
  variants: Map<string, SchemaCheck>;
}

/** A documented response: its headers and the schema of each media type it may carry. */
export interface DocumentedResponse {
  headers: Map<string, SchemaCheck>;
  content: Map<string, SchemaCheck>;
}

/** A path parameter and its schema. */
export interface PathParameter {
  name: string;
  example?: string;
  schema: SchemaCheck;
}

/** One operation of the document. */
export interface Operation {
  id: string;
  path: string;
  method: string;
  parameters: PathParameter[];
  responses: Map<number, DocumentedResponse>;
}

/** Reads the document's operations; every `$ref` is followed, component schemas become `$defs`. */
export function operationsOf(document: Json): Operation[] {
  const components = document.components as Record<string, Record<string, Json>>;
  // OpenAPI 3.1 schemas are JSON Schema 2020-12 whose `$ref`s point into the document: point them at `$defs`.
  const rewrite = <T>(value: T): T =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"#/$defs/')) as T;
  const defs = rewrite(components.schemas ?? {});
  const componentName = (schema: Json) =>
    typeof schema.$ref === 'string' ? schema.$ref.slice('#/components/schemas/'.length) : undefined;
  const check = (schema: Json): SchemaCheck => {
    const root = { ...rewrite(schema), $defs: defs };
    const validator = new Validator(root, '2020-12', false);
    const name = componentName(schema);
    const members = (Array.isArray(schema.anyOf) ? schema.anyOf : name ? [schema] : []) as Json[];
    let variants: Map<string, SchemaCheck> | undefined;
    return {
      schema: (name ? defs[name] : schema) as Json,
      errors: (value) => {
        const result = validator.validate(value);
        return result.valid ? [] : result.errors.map((e) => `${e.instanceLocation} ${e.error}`);
      },
      get variants() {
        variants ??= new Map(members.map((m) => [componentName(m) ?? '', m === schema ? this : check(m)]));
        return variants;
      },
    };
  };
  const resolve = (value: Json): Json => {
    const ref = value.$ref;
    if (typeof ref !== 'string') return value;
    const [, kind, name] = ref.match(/^#\/components\/(\w+)\/(.+)$/) ?? [];
    const target = components[kind ?? '']?.[name ?? ''];
    if (target === undefined) throw new Error(`unresolved ${ref}`);
    return resolve(target);
  };

  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
    for (const [method, operation] of Object.entries(item)) {
      const parameters = ((operation.parameters ?? []) as Json[])
        .map(resolve)
        .filter((p) => p.in === 'path')
        .map((p) => ({
          name: String(p.name),
          ...(typeof p.example === 'string' ? { example: p.example } : {}),
          schema: check(p.schema as Json),
        }));
      const responses = new Map<number, DocumentedResponse>();
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        const resolved = resolve(response);
        const headers = new Map<string, SchemaCheck>();
        for (const [name, header] of Object.entries((resolved.headers ?? {}) as Record<string, Json>)) {
          headers.set(name.toLowerCase(), check(resolve(header).schema as Json));
        }
        const content = new Map<string, SchemaCheck>();
        for (const [type, media] of Object.entries((resolved.content ?? {}) as Record<string, Json>)) {
          content.set(type, check(media.schema as Json));
        }
        responses.set(Number(status), { headers, content });
      }
      operations.push({ id: String(operation.operationId), path, method, parameters, responses });
    }
  }
  return operations;
}
