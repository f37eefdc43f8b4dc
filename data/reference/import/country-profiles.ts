// Internacia's country profiles, read from YAML into the few fields the reference data uses.
import { parse } from 'yaml';

/** What a country profile says that the reference data uses. */
export interface CountryProfile {
  /** The profile's file, relative to the dataset (`countries/DK.yaml`). */
  file: string;
  /** The profile's code as written (Internacia files Kosovo as `KV`). */
  code: string;
  iso3: string | undefined;
  wikidata: string | undefined;
  unMember: boolean;
  independent: boolean;
  borders: string[];
  demonym: string | undefined;
}

/** Reads one profile; `file` is its path in the dataset. Throws with the file name on YAML it cannot read. */
export function readCountryProfile(file: string, text: string): CountryProfile {
  let doc: Record<string, unknown>;
  try {
    doc = (parse(text) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}: not YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof doc.code !== 'string') throw new Error(`${file}: no code`);
  const demonyms = doc.demonyms as { male?: unknown } | undefined;
  return {
    file,
    code: doc.code,
    iso3: typeof doc.iso3code === 'string' ? doc.iso3code : undefined,
    wikidata: typeof doc.wikidata_id === 'string' ? doc.wikidata_id : undefined,
    unMember: doc.un_member === true,
    independent: doc.independent === true,
    borders: Array.isArray(doc.borders) ? doc.borders.filter((b): b is string => typeof b === 'string') : [],
    demonym: typeof demonyms?.male === 'string' ? demonyms.male : undefined,
  };
}
