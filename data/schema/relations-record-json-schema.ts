// The JSON Schema of a record, generated from the zod schema (committed as relations-record.schema.json).
import * as z from 'zod';
import { RelationsRecord } from './relations-record.ts';

/** The JSON Schema (draft 2020-12) of `RelationsRecord`, as the text committed beside the schema. */
export function relationsRecordJsonSchema(): string {
  const schema = z.toJSONSchema(RelationsRecord, { target: 'draft-2020-12', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: 'https://relations-card.dev/schema/relations-record.schema.json' }, null, 2)}\n`;
}
