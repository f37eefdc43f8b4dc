// The alternative design, for comparison: every pair's record precomputed and stored under its own key.
import type { KvEntry } from '../../data/publish/kv-entries.ts';
import { composePair } from '../../data/reference/compose-pair.ts';
import type { CountryDocument } from '../../data/schema/country-document.ts';
import { pairId, recordKey } from '../../data/schema/kv-keys.ts';

/**
 * What KV would hold if every pair were precomputed: each pair's record (the published one for a pair with an
 * article, else the join of the two states' documents, exactly what the worker serves), the same partner lists,
 * list of states and index, and no state documents.
 */
export function perPairEntries(upload: readonly KvEntry[]): KvEntry[] {
  const documents: CountryDocument[] = [];
  const published = new Map<string, string>();
  const lists: KvEntry[] = [];
  for (const entry of upload) {
    if (entry.key.startsWith('country:')) documents.push(JSON.parse(entry.value) as CountryDocument);
    else if (entry.key.startsWith('relations:')) published.set(entry.key, entry.value);
    else lists.push(entry);
  }
  const records: KvEntry[] = [];
  for (let i = 0; i < documents.length; i++) {
    for (let j = i + 1; j < documents.length; j++) {
      const a = documents[i] as CountryDocument;
      const b = documents[j] as CountryDocument;
      const key = recordKey(pairId(a.code, b.code));
      const stored = published.get(key);
      if (stored !== undefined) {
        records.push({ key, value: stored });
        continue;
      }
      const record = composePair(a, b);
      if (record) records.push({ key, value: JSON.stringify(record) });
    }
  }
  return [...records, ...lists];
}
