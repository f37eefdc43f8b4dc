// What changed inside one fact, field by field: `statuses.AL: candidate -> member`, `opened: 1992 -> 1992-03-04`.
import { canonical } from './canonical.ts';

/** One field that differs; a side without the field has no `before` (or `after`). */
export interface FieldChange {
  /** The field's path, nested objects joined with dots. */
  field: string;
  before?: unknown;
  after?: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The fields of `before` and `after` whose values differ (lists compared whole, regardless of order). */
export function fieldChanges(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return fields.flatMap((field) => fieldChanges(before[field], after[field], path ? `${path}.${field}` : field));
  }
  if (canonical(before) === canonical(after)) return [];
  return [{ field: path, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) }];
}
