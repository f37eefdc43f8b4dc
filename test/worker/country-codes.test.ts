import { describe, expect, it } from 'vitest';
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

  it('throws a 400 problem for the same country twice', () => {
    expect(() => pairIdOf('AL', 'alb')).toThrow(ProblemException);
  });
});
