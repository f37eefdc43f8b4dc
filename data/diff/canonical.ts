// Facts as text that does not depend on order where order means nothing: keys sorted, lists of objects sorted.

/**
 * The canonical JSON of a value: object keys sorted, and arrays of objects (provenance, disputed claims,
 * visitors) sorted by their own canonical text; arrays of scalars, such as a span, keep their order.
 */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    if (value.some((item) => item !== null && typeof item === 'object')) items.sort();
    return `[${items.join(',')}]`;
  }
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}
