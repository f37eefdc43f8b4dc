// How many keys each design rewrites when the data changes: edits applied in memory, both uploads rebuilt, compared.
import { type KvEntry, kvEntries } from '../../data/publish/kv-entries.ts';
import type { ReferenceFiles } from '../../data/reference/country-documents.ts';
import type { RelationsRecord } from '../../data/schema/index.ts';
import { contentHash } from '../../worker/scripts/kv-publish/index.ts';
import { perPairEntries } from './per-pair-entries.ts';

/** The data as data:build reads it. */
export type BuildInputs = { records: RelationsRecord[]; reference: ReferenceFiles };

/** One edit of the data, made on a deep copy. */
export type ChangeScenario = { name: string; edit: (inputs: BuildInputs) => void };

/** Keys each design puts or deletes after an edit. */
export type ChangeCount = { name: string; perState: number; perPair: number };

/** Each key's content hash, as the publisher's manifest records it. */
const hashes = (entries: readonly KvEntry[]) => new Map(entries.map(({ key, value }) => [key, contentHash(value)]));

/** Keys added, changed or gone between two uploads. */
function changedKeys(before: Map<string, string>, after: Map<string, string>): number {
  let count = 0;
  for (const [key, hash] of after) if (before.get(key) !== hash) count++;
  for (const key of before.keys()) if (!after.has(key)) count++;
  return count;
}

/** Edits worth comparing, on real states and organisations of the reference data. */
export const CHANGE_SCENARIOS: readonly ChangeScenario[] = [
  {
    name: "a note in one pair's curation (data/curation/AL-DK.json)",
    edit({ records }) {
      for (const event of records.find((r) => r.id === 'AL-DK')?.events ?? [])
        if (event.note) event.note = `${event.note} (edited)`;
    },
  },
  {
    name: 'one state opens an embassy (Iceland in New Zealand)',
    edit({ reference }) {
      reference.missions.push({ item: 'Q0', sender: 'IS', host: 'NZ', kind: 'embassy', city: 'Wellington' });
    },
  },
  {
    name: 'one state joins an organisation (Norway joins the EU)',
    edit({ reference }) {
      const eu = reference.organizations.find((o) => o.organization === 'EU');
      if (eu) eu.members.NO = { status: 'member', listed: true };
    },
  },
  {
    name: "one state's name changes (Türkiye)",
    edit({ reference }) {
      const state = reference.countries.find((c) => c.code === 'TR');
      if (state) state.name = 'Turkey';
    },
  },
  {
    name: 'a new snapshot of the missions dataset (Wikidata, its date)',
    edit({ reference }) {
      const wikidata = reference.datasets.find((d) => d.id === 'wikidata');
      if (wikidata) wikidata.retrieved = '2026-12-01';
    },
  },
];

/** What each design stores for `inputs`: this project's per-state documents, and every pair precomputed. */
export function designUploads(inputs: BuildInputs): { perState: KvEntry[]; perPair: KvEntry[] } {
  const { entries } = kvEntries(inputs.records, inputs.reference);
  return { perState: entries, perPair: perPairEntries(entries) };
}

/** A deep copy of `inputs` with `scenario`'s edit made. */
export function edited(inputs: BuildInputs, scenario: ChangeScenario): BuildInputs {
  const copy = structuredClone(inputs);
  scenario.edit(copy);
  return copy;
}

function designs(inputs: BuildInputs) {
  const { perState, perPair } = designUploads(inputs);
  return { perState: hashes(perState), perPair: hashes(perPair) };
}

/** For each scenario, the keys a re-publish of each design would put or delete. */
export function countChanges(inputs: BuildInputs, scenarios = CHANGE_SCENARIOS): ChangeCount[] {
  const base = designs(inputs);
  return scenarios.map((scenario) => {
    const next = designs(edited(inputs, scenario));
    return {
      name: scenario.name,
      perState: changedKeys(base.perState, next.perState),
      perPair: changedKeys(base.perPair, next.perPair),
    };
  });
}
