// Country code lookup: alpha-2 and alpha-3 in any case, canonical pair ids, unknown codes refused.
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { pairId } from '../../data/schema/kv-keys.ts';
import { toAlpha2 } from '../../worker/country-codes.ts';
import { pairIdOf } from '../../worker/country-pair.ts';
import { ProblemException } from '../../worker/problem.ts';

describe('toAlpha2', () => {
  it('accepts alpha-2 and alpha-3 codes in any case', () => {
    expect(['AL', 'al', 'aL', 'ALB', 'alb', 'Alb'].map(toAlpha2)).toEqual(Array(6).fill('AL'));
    expect(toAlpha2('DNK')).toBe('DK');
    expect(toAlpha2('GBR')).toBe('GB');
  });

  it('knows Kosovo, which ISO leaves to users as XK', () => {
    expect(toAlpha2('XK')).toBe('XK');
    expect(toAlpha2('XKK')).toBe('XK');
  });

  it('refuses unassigned codes and anything not two or three ASCII letters', () => {
    for (const code of ['XX', 'ZZZ', 'A', 'ALBA', 'A1', '', ' AL', 'ß', 'ﬀ', 'ＡＬ', 'ı', '__proto__', 'constructor']) {
      expect(toAlpha2(code), code).toBeUndefined();
    }
  });
});

describe('pairIdOf', () => {
  it('gives the sorted alpha-2 pair whatever the order and spelling', () => {
    expect(pairIdOf('dk', 'ALB')).toBe('AL-DK');
    expect(pairIdOf('AL', 'DK')).toBe('AL-DK');
  });

  it('agrees with the pair id the data is published under, for every two countries', () => {
    const alpha2 = (codes as string[][]).map(([code]) => code as string);
    for (const a of alpha2) for (const b of alpha2) if (a !== b) expect(pairIdOf(a, b)).toBe(pairId(a, b));
  });

  it('throws a 400 problem for the same country twice', () => {
    expect(() => pairIdOf('AL', 'alb')).toThrow(ProblemException);
  });
});
