// What a cold request costs in CPU in this design: validating the two states' documents (once per isolate a
// minute) and joining them (once per pair). Measured in Node, whose V8 is the engine workerd runs.
import type { KvEntry } from '../../data/publish/kv-entries.ts';
import { composePair } from '../../data/reference/compose-pair.ts';
import type { CountryDocument } from '../../data/schema/country-document.ts';
import { decodeCountry } from '../../worker/stored-documents.ts';

/** Milliseconds per call, the median of `rounds` rounds of `calls` calls after a warm-up. */
function timePerCall(run: () => void, calls = 50, rounds = 7): number {
  for (let i = 0; i < calls; i++) run();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (let i = 0; i < calls; i++) run();
    times.push((performance.now() - started) / calls);
  }
  times.sort((a, b) => a - b);
  return Number((times[Math.floor(rounds / 2)] ?? 0).toFixed(3));
}

/** The cost of the largest and the median document, and of joining the two largest. */
export type JoinCost = {
  validate: { key: string; bytes: number; ms: number }[];
  join: { pair: string; ms: number };
};

/** Times the worker's own validation (decodeCountry) and join (composePair + JSON.stringify) on the upload. */
export function measureJoin(upload: readonly KvEntry[]): JoinCost {
  const documents = upload
    .filter((e) => e.key.startsWith('country:'))
    .sort((a, b) => Buffer.byteLength(b.value) - Buffer.byteLength(a.value));
  const picks = [documents[0], documents[Math.floor(documents.length / 2)]].filter((d) => d !== undefined);
  const validate = picks.map(({ key, value }) => ({
    key,
    bytes: Buffer.byteLength(value),
    ms: timePerCall(() => decodeCountry(value, key.slice('country:'.length))),
  }));
  const [a, b] = documents.slice(0, 2).map((d) => JSON.parse(d.value) as CountryDocument);
  const join =
    a && b
      ? { pair: `${a.code}-${b.code}`, ms: timePerCall(() => JSON.stringify(composePair(a, b)), 500) }
      : { pair: '-', ms: 0 };
  return { validate, join };
}
