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

/** The KV key of a state's reference document: `country:DK`. */
export const countryKey = (code: string): string => `country:${code}`;

/** The KV key of the list of a state's partners: `country-relations:DK`. */
export const countryRelationsKey = (code: string): string => `country-relations:${code}`;

/** The KV key of the list of states. */
export const COUNTRIES_KEY = 'countries';

/**
 * The KV key of what was last published (each key's content hash), written by the publisher after every other
 * key (worker/scripts/kv-publish). Reserved: no data:build entry may use it, and the worker never reads or
 * serves it (none of the keys above can spell it).
 */
export const PUBLISH_MANIFEST_KEY = 'publish-manifest';
