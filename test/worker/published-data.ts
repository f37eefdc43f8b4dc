// What data:build publishes, built from the committed reference data and the AL-DK article record, for tests that
// need every state's document in KV.
import { kvEntries } from '../../data/publish/kv-entries.ts';
import countries from '../../data/reference/countries.json' with { type: 'json' };
import type { ReferenceFiles } from '../../data/reference/country-documents.ts';
import datasets from '../../data/reference/curation/datasets.json' with { type: 'json' };
import missions from '../../data/reference/missions.json' with { type: 'json' };
import organizations from '../../data/reference/organizations.json' with { type: 'json' };
import { AL_DK } from './fixtures.ts';

/** Puts every KV entry data:build would publish into `kv`. */
export async function seedPublishedData(kv: KVNamespace): Promise<void> {
  const reference = {
    countries: countries.countries,
    organizations: organizations.organizations,
    missions: missions.missions,
    datasets: datasets.sources,
  } as unknown as ReferenceFiles;
  const { entries } = kvEntries([AL_DK], reference);
  await Promise.all(entries.map(({ key, value }) => kv.put(key, value)));
}
