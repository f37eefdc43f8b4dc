// Which states the reference data knows, and the ISO 3166-1 alpha-2 code of every Wikidata item or profile code.
import type { CountryProfile } from './country-profiles.ts';

/** data/reference/curation/wikidata-states.json. */
export interface StateCuration {
  codes: Record<string, { code: string; why: string }>;
  profileCodes: Record<string, { code: string; why: string }>;
  extraStates: Record<string, string>;
}

/** What a Wikidata item names: a state, a territory of one (not a state), or nothing the data knows. */
export type Resolved = { kind: 'state'; code: string } | { kind: 'territory'; code: string } | { kind: 'unknown' };

/** Codes of states and of every item and alpha-3 code the datasets use for them. */
export class StateCodes {
  /** Alpha-2 codes of the states, sorted. */
  readonly states: readonly string[];
  readonly #stateSet: Set<string>;
  readonly #byItem = new Map<string, string>();
  readonly #byAlpha3 = new Map<string, string>();
  readonly #byProfileCode = new Map<string, string>();

  constructor(profiles: readonly CountryProfile[], curation: StateCuration) {
    const states = new Set<string>();
    for (const profile of profiles) {
      const code = curation.profileCodes[profile.code]?.code ?? profile.code;
      this.#byProfileCode.set(profile.code, code);
      if (profile.iso3) this.#byAlpha3.set(profile.iso3, code);
      if (profile.wikidata) this.#byItem.set(profile.wikidata, code);
      if (profile.unMember || profile.independent) states.add(code);
    }
    for (const code of Object.keys(curation.extraStates)) states.add(code);
    for (const [item, { code }] of Object.entries(curation.codes)) this.#byItem.set(item, code);
    this.#stateSet = states;
    this.states = [...states].sort();
  }

  /** Whether `code` is one of the states. */
  isState(code: string): boolean {
    return this.#stateSet.has(code);
  }

  /** The alpha-2 code a profile's own code stands for (`KV` -> `XK`). */
  ofProfileCode(code: string): string {
    return this.#byProfileCode.get(code) ?? code;
  }

  /** The alpha-2 code of an alpha-3 code in a profile's `borders`. */
  ofAlpha3(alpha3: string): string | undefined {
    return this.#byAlpha3.get(alpha3);
  }

  /** What a Wikidata item (`Q35` or its entity URL) names. */
  resolveItem(item: string): Resolved {
    const code = this.#byItem.get(itemId(item));
    if (code === undefined) return { kind: 'unknown' };
    return this.#stateSet.has(code) ? { kind: 'state', code } : { kind: 'territory', code };
  }
}

/** `Q35` from `http://www.wikidata.org/entity/Q35` (or `Q35` itself). */
export const itemId = (value: string): string => value.slice(value.lastIndexOf('/') + 1).trim();
