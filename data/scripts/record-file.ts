// How records are written to disk, shared by `ingest` and `data:check` so that both produce the same bytes.
import type { RelationsRecord } from '../schema/index.ts';

/** A record as committed: two-space JSON and a final newline. */
export const formatRecord = (record: RelationsRecord): string => `${JSON.stringify(record, null, 2)}\n`;
