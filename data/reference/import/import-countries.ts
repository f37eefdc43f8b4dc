// The states of the reference data: English names and capitals (world-countries), land borders (Internacia's
// profiles, made symmetric: a border one profile lists is a border of both).
import worldCountries from 'world-countries';
import type { CountryProfile } from './country-profiles.ts';
import type { StateCodes } from './state-codes.ts';

/** One state, as the committed reference data keeps it. */
export interface ReferenceCountry {
  code: string;
  name: string;
  capital?: string;
  demonym?: string;
  /** States it shares a land border with, by code, each with the profile files that list that border. */
  borders: { code: string; files: string[] }[];
}

/** Every state in `codes`, sorted by code. Pure. */
export function importCountries(profiles: readonly CountryProfile[], codes: StateCodes): ReferenceCountry[] {
  const borders = new Map<string, Map<string, Set<string>>>();
  const add = (a: string, b: string, file: string) => {
    const of = borders.get(a) ?? new Map<string, Set<string>>();
    borders.set(a, of);
    of.set(b, (of.get(b) ?? new Set()).add(file));
  };
  for (const profile of profiles) {
    const code = codes.ofProfileCode(profile.code);
    if (!codes.isState(code)) continue;
    for (const alpha3 of profile.borders) {
      const other = codes.ofAlpha3(alpha3);
      if (other === undefined || other === code || !codes.isState(other)) continue;
      add(code, other, profile.file);
      add(other, code, profile.file);
    }
  }
  const world = new Map(worldCountries.map((c) => [c.cca2, c]));
  const profileOf = new Map(profiles.map((p) => [codes.ofProfileCode(p.code), p]));
  return codes.states.map((code) => {
    const entry = world.get(code);
    const neighbours = borders.get(code) ?? new Map<string, Set<string>>();
    const demonym = entry?.demonyms?.eng?.m ?? profileOf.get(code)?.demonym;
    const capital = entry?.capital?.[0];
    return {
      code,
      name: entry?.name.common ?? code,
      ...(capital ? { capital } : {}),
      ...(demonym ? { demonym } : {}),
      borders: [...neighbours]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([other, files]) => ({ code: other, files: [...files].sort() })),
    };
  });
}
