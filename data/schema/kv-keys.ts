// Where records live in KV: shared by the publisher (data:build) and the worker.

/** The KV key of a pair's record: `relations:AL-DK`. */
export const recordKey = (pairId: string): string => `relations:${pairId}`;

/** The KV key of the index of available pairs. */
export const INDEX_KEY = 'relations-index';

/** The canonical id of a pair of alpha-2 codes: sorted, upper case, joined by a hyphen. */
export const pairId = (a: string, b: string): string => {
  const [x, y] = [a.toUpperCase(), b.toUpperCase()].sort();
  return `${x}-${y}`;
};
