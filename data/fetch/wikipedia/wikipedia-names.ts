// The names English Wikipedia's bilateral-relations titles use where they differ from the reference data's.

/**
 * Alpha-2 → the name in titles such as "Czech Republic–Poland relations". Everything else uses the reference
 * name; redirects cover the reverse order and most other spellings, so one title per pair is asked.
 */
export const WIKIPEDIA_NAMES: Readonly<Record<string, string>> = {
  BS: 'Bahamas',
  CD: 'Democratic Republic of the Congo',
  CZ: 'Czech Republic',
  FM: 'Federated States of Micronesia',
  GM: 'Gambia',
  TL: 'East Timor',
  TR: 'Turkey',
  VA: 'Holy See',
};
