// A pair's record: the one published for a pair with an article, else joined from the two states' reference
// documents, and kept in the isolate so a warm request reads no KV and joins nothing.

import { composePair } from '../data/reference/compose-pair.ts';
import type { CountryDocument } from '../data/schema/country-document.ts';
import { contentEtag } from './content-etag.ts';
import { IsolateCache } from './isolate-cache.ts';
import type { CacheOutcome, Lookup, RecordStore, StoredDocument } from './record-store.ts';

/**
 * A pair's last answer: served as it is while fresh, and its record reused, without joining or hashing again, while
 * the two state documents it was joined from keep their ETags.
 */
interface Answer {
  hit: Lookup;
  freshUntil: number;
  /** The ETags of the two state documents the record was joined from; undefined for a published record. */
  joinedFrom?: string;
}

const answers = new WeakMap<RecordStore, IsolateCache<Answer>>();

/** Where an answer made of several reads came from: the least cached of them. */
function combinedOutcome(outcomes: CacheOutcome[]): CacheOutcome {
  for (const outcome of ['stale', 'miss', 'edge'] as const) if (outcomes.includes(outcome)) return outcome;
  return 'hit';
}

/** KV time of reads made side by side is the longest of them; undefined when none read KV. */
function kvTime(...lookups: Lookup[]): number | undefined {
  const times = lookups.flatMap((l) => (l.kvMs === undefined ? [] : [l.kvMs]));
  return times.length ? Math.max(...times) : undefined;
}

/**
 * The record of the pair `id` (`AL-DK`). Cold, it reads the two states' documents side by side, and the
 * published record only when a document says the pair has an article (or a state has no document): two or
 * three KV reads. The joined record is built once per pair and pair of document versions.
 */
export async function pairRecord(store: RecordStore, id: string): Promise<Lookup> {
  let cache = answers.get(store);
  if (cache === undefined) {
    cache = new IsolateCache({ maxBytes: 8 * 1024 * 1024 });
    answers.set(store, cache);
  }
  // A warm request is one lookup here: the answer is kept as long as the store keeps what it was made of.
  const known = cache.get(id);
  if (known !== undefined && Date.now() < known.freshUntil) return known.hit;
  const { lookup, joinedFrom } = await joinPair(store, id, known);
  const hit: Lookup = Object.freeze({ document: lookup.document, cache: 'hit' });
  // A last good copy is not served from memory as fresh, but a record joined from it is still worth keeping.
  const freshUntil = lookup.cache === 'stale' ? 0 : Date.now() + store.freshMs;
  cache.set(id, { hit, freshUntil, joinedFrom }, 64 + 2 * (lookup.document?.body.length ?? 0));
  return lookup;
}

/** The record of a pair, from the store's documents (see `pairRecord`); `known` is its last answer, if any. */
async function joinPair(
  store: RecordStore,
  id: string,
  known: Answer | undefined,
): Promise<{ lookup: Lookup; joinedFrom?: string }> {
  const a = id.slice(0, 2);
  const b = id.slice(3);
  const [lookupA, lookupB] = await Promise.all([store.country(a), store.country(b)]);
  const docA = lookupA.document;
  const docB = lookupB.document;
  const countryA = docA?.value as CountryDocument | undefined;
  if (!docA || !docB || !countryA || countryA.articles.includes(b)) {
    const published = await store.get(id);
    const kvA = kvTime(lookupA, lookupB);
    const kvMs = kvA === undefined ? published.kvMs : kvA + (published.kvMs ?? 0);
    const lookup: Lookup = {
      document: published.document,
      cache: combinedOutcome([lookupA.cache, lookupB.cache, published.cache]),
      ...(kvMs === undefined ? {} : { kvMs }),
    };
    return { lookup };
  }

  const joinedFrom = `${docA.etag} ${docB.etag}`;
  let document: StoredDocument | null;
  if (known !== undefined && known.joinedFrom === joinedFrom) document = known.hit.document;
  else {
    const record = composePair(countryA, docB.value as CountryDocument);
    if (record === undefined) document = null;
    else {
      const body = JSON.stringify(record);
      document = Object.freeze({ body, etag: await contentEtag(body) });
    }
  }
  const kvMs = kvTime(lookupA, lookupB);
  const lookup: Lookup = {
    document,
    cache: combinedOutcome([lookupA.cache, lookupB.cache]),
    ...(kvMs === undefined ? {} : { kvMs }),
  };
  return { lookup, joinedFrom };
}
