// The whole import: both datasets and the curated files in, the committed reference data and a report out. Pure.
import { readCountryProfile } from './country-profiles.ts';
import { importCountries, type ReferenceCountry } from './import-countries.ts';
import { importMissions, type KindCuration, type MissionsReport, type ReferenceMission } from './import-missions.ts';
import { type CuratedOrganization, importOrganizations, type ReferenceOrganization } from './import-organizations.ts';
import type { PlaceCuration } from './place-names.ts';
import { StateCodes, type StateCuration } from './state-codes.ts';

/** The datasets as files: `read` gives the text of a file relative to the reference folder, or undefined. */
export interface ReferenceInput {
  read(file: string): string | undefined;
  /** Files under `internacia-db/countries/`, as paths relative to the reference folder. */
  countryFiles: readonly string[];
  curation: {
    states: StateCuration;
    kinds: KindCuration;
    places: PlaceCuration;
    organizations: { organizations: CuratedOrganization[] };
  };
}

/** The committed reference data. */
export interface ReferenceData {
  countries: ReferenceCountry[];
  organizations: ReferenceOrganization[];
  missions: ReferenceMission[];
}

/** What the import could not use, for the maintainer to read. */
export interface ReferenceReport {
  missions: MissionsReport;
  organizations: { skipped: Record<string, number> };
  problems: string[];
}

export const MISSIONS_CSV = 'wikidata-missions/database_of_embassies.csv';
export const INTERNACIA = 'internacia-db';

/** Imports the datasets. Throws only when a dataset file is missing or unreadable. */
export function importReference(input: ReferenceInput): { data: ReferenceData; report: ReferenceReport } {
  const profiles = input.countryFiles.map((file) => {
    const text = input.read(file);
    if (text === undefined) throw new Error(`${file}: missing`);
    return readCountryProfile(file.slice(INTERNACIA.length + 1), text);
  });
  const codes = new StateCodes(profiles, input.curation.states);
  const countries = importCountries(profiles, codes);
  const capitals = new Map(countries.flatMap((c) => (c.capital ? [[c.code, c.capital] as const] : [])));

  const csv = input.read(MISSIONS_CSV);
  if (csv === undefined) throw new Error(`${MISSIONS_CSV}: missing`);
  const { missions, report: missionsReport } = importMissions(csv, codes, capitals, {
    kinds: input.curation.kinds,
    places: input.curation.places,
  });

  const orgs = importOrganizations(
    input.curation.organizations.organizations,
    (file) => input.read(`${INTERNACIA}/${file}`),
    codes,
  );
  return {
    data: { countries, organizations: orgs.organizations, missions },
    report: { missions: missionsReport, organizations: { skipped: orgs.skipped }, problems: orgs.problems },
  };
}
