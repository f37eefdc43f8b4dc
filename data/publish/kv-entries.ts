// Everything the worker reads from KV, built from the article records and the reference data. Pure.
import { composePair } from '../reference/compose-pair.ts';
import type { ReferenceFiles } from '../reference/country-documents.ts';
import {
  COUNTRIES_KEY,
  type CountriesIndex,
  type CountryDocument,
  type CountryPartner,
  type CountryRelationsIndex,
  countryKey,
  countryRelationsKey,
  INDEX_KEY,
  pairId,
  type RelationsIndex,
  type RelationsRecord,
  recordKey,
} from '../schema/index.ts';
import { articlePairRecord, checkedDocuments } from './checked-records.ts';

/** One KV pair, as `wrangler kv bulk put` reads it. */
export interface KvEntry {
  key: string;
  value: string;
}

/** The text of a `wrangler kv bulk` file, one item per line: what data:build writes and the publisher sends. */
export function bulkFile(items: readonly unknown[]): string {
  return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}

/** What the build made, for its summary line and the README's figures. */
export interface KvStats {
  states: number;
  articlePairs: number;
  /** Pairs with a record (a 200 from the API), of all pairs of states. */
  pairsWithRecord: number;
  pairs: number;
  pairsWithMissions: number;
}

/**
 * The KV entries: each article pair's record (article, curation and reference facts, resolved), each state's
 * reference document and partner list, the list of states, and the index of article pairs.
 */
export function kvEntries(
  articles: readonly RelationsRecord[],
  reference: ReferenceFiles,
): { entries: KvEntry[]; stats: KvStats; problems: string[] } {
  const problems: string[] = [];
  const articlePartners = new Map<string, string[]>();
  for (const record of articles) {
    const [a, b] = record.countries;
    articlePartners.set(a, [...(articlePartners.get(a) ?? []), b]);
    articlePartners.set(b, [...(articlePartners.get(b) ?? []), a]);
  }
  const checked = checkedDocuments(reference, articlePartners);
  problems.push(...checked.problems);
  const { documents } = checked;
  const byCode = new Map(documents.map((doc) => [doc.code, doc]));

  const records = articles.flatMap((article) => {
    const built = articlePairRecord(article, byCode);
    problems.push(...built.problems);
    return built.record ? [built.record] : [];
  });
  const articleIds = new Set(records.map((r) => r.id));

  let pairsWithRecord = 0;
  let pairsWithMissions = 0;
  const partners = new Map<string, CountryPartner[]>(documents.map((d) => [d.code, []]));
  for (let i = 0; i < documents.length; i++) {
    for (let j = i + 1; j < documents.length; j++) {
      const a = documents[i] as CountryDocument;
      const b = documents[j] as CountryDocument;
      const id = pairId(a.code, b.code);
      const record = composePair(a, b);
      const article = articleIds.has(id);
      if (!record && !article) continue;
      pairsWithRecord++;
      const sent = record?.missions.filter((m) => m.sender === a.code).length ?? 0;
      const received = (record?.missions.length ?? 0) - sent;
      if (sent + received) pairsWithMissions++;
      const common = { id, organizations: record?.memberships.length ?? 0, article };
      const border = record?.borders[0]?.shared ?? false;
      partners.get(a.code)?.push({ country: b.code, ...common, missions: { sent, received }, border });
      partners.get(b.code)?.push({ country: a.code, ...common, missions: { sent: received, received: sent }, border });
    }
  }

  const countries: CountriesIndex = {
    schemaVersion: 1,
    countries: documents.map(({ code, name }) => ({ code, name })),
  };
  const index: RelationsIndex = {
    schemaVersion: 1,
    pairs: records.map(({ id, countries, title }) => ({ id, countries, title })),
  };
  const entries: KvEntry[] = [
    ...records.map((record) => ({ key: recordKey(record.id), value: JSON.stringify(record) })),
    ...documents.map((doc) => ({ key: countryKey(doc.code), value: JSON.stringify(doc) })),
    ...documents.map((doc) => {
      const list: CountryRelationsIndex = {
        schemaVersion: 1,
        country: doc.code,
        partners: partners.get(doc.code) ?? [],
      };
      return { key: countryRelationsKey(doc.code), value: JSON.stringify(list) };
    }),
    { key: COUNTRIES_KEY, value: JSON.stringify(countries) },
    { key: INDEX_KEY, value: JSON.stringify(index) },
  ];
  const n = documents.length;
  return {
    entries,
    stats: {
      states: n,
      articlePairs: records.length,
      pairsWithRecord,
      pairs: (n * (n - 1)) / 2,
      pairsWithMissions,
    },
    problems,
  };
}
