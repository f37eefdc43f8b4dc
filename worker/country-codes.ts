// ISO 3166-1 alpha-2 and alpha-3 codes, from the i18n-iso-countries dataset, reduced to the lookups the API needs.
// Only codes.json is imported (about 10 KB, no locale names), so the worker bundle stays small.
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };

const ALPHA2 = new Set<string>();
const ALPHA3_TO_ALPHA2 = new Map<string, string>();
for (const [alpha2, alpha3] of codes as string[][]) {
  if (alpha2 && alpha3) {
    ALPHA2.add(alpha2);
    ALPHA3_TO_ALPHA2.set(alpha3, alpha2);
  }
}

// ASCII letters only: `toUpperCase` would turn "ß" into "SS" (South Sudan) and "ı" into "I".
const CODE_SHAPE = /^[A-Za-z]{2,3}$/;

/** The alpha-2 code for an alpha-2 or alpha-3 code in any case (`dk`, `DNK` -> `DK`), or undefined if unknown. */
export function toAlpha2(code: string): string | undefined {
  if (!CODE_SHAPE.test(code)) return undefined;
  const upper = code.toUpperCase();
  if (upper.length === 2) return ALPHA2.has(upper) ? upper : undefined;
  return ALPHA3_TO_ALPHA2.get(upper);
}
