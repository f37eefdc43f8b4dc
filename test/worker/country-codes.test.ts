// Country codes: which the API accepts (one list, stated once), the pattern the document gives for them, pair ids.
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { pairId } from '../../data/schema/kv-keys.ts';
import { ALPHA3_TO_ALPHA2 as WIDGET_ALPHA3 } from '../../widget/src/alpha3-codes.ts';
import { alpha3Codes, countryCodePattern, toAlpha2 } from '../../worker/country-codes.ts';
import { pairIdOf } from '../../worker/country-pair.ts';
import { ProblemException } from '../../worker/problem.ts';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every string of `length` ASCII letters in every mix of case: 2,704 of two letters, 140,608 of three. */
function* everySpelling(length: number, prefix = ''): Generator<string> {
  if (prefix.length === length) {
    yield prefix;
    return;
  }
  for (const letter of LETTERS) {
    yield* everySpelling(length, prefix + letter);
    yield* everySpelling(length, prefix + letter.toLowerCase());
  }
}

describe('toAlpha2', () => {
  it('accepts alpha-2 and alpha-3 codes in any case', () => {
    expect(['AL', 'al', 'aL', 'ALB', 'alb', 'Alb'].map(toAlpha2)).toEqual(Array(6).fill('AL'));
    expect(toAlpha2('DNK')).toBe('DK');
    expect(toAlpha2('GBR')).toBe('GB');
  });

  it('knows Kosovo by the user-assigned XK and XKK, and by no other spelling', () => {
    expect([toAlpha2('XK'), toAlpha2('xkk')]).toEqual(['XK', 'XK']);
    for (const code of ['XKX', 'RKS', 'UVK', 'KOS']) expect(toAlpha2(code), code).toBeUndefined();
  });

  it('refuses every other user-assigned, reserved, transitional or withdrawn code', () => {
    const userAssigned = ['AA', 'QM', 'QZ', 'XA', 'XZ', 'ZZ', 'AAA', 'QMM', 'XXX', 'ZZZ'];
    const reserved = ['EU', 'EZ', 'UK', 'UN', 'AC', 'TA', 'IC'];
    const transitionalOrWithdrawn = ['AN', 'BU', 'CS', 'NT', 'TP', 'YU', 'ZR', 'SU', 'DD', 'ANT', 'SCG', 'YUG'];
    for (const code of [...userAssigned, ...reserved, ...transitionalOrWithdrawn]) {
      expect(toAlpha2(code), code).toBeUndefined();
    }
  });

  it('accepts 250 codes: the 249 ISO 3166-1 assigns and XK', () => {
    expect(new Set((codes as string[][]).map(([alpha2]) => toAlpha2(alpha2 ?? ''))).size).toBe(250);
    expect(alpha3Codes().size).toBe(250);
  });

  it('refuses unassigned codes and anything not two or three ASCII letters', () => {
    for (const code of ['XX', 'ZZZ', 'A', 'ALBA', 'A1', '', ' AL', 'ß', 'ﬀ', 'ＡＬ', 'ı', '__proto__', 'constructor']) {
      expect(toAlpha2(code), code).toBeUndefined();
    }
  });
});

describe('countryCodePattern, as the OpenAPI document states it', () => {
  const pattern = new RegExp(countryCodePattern());

  it('matches exactly the codes the API accepts, over every spelling of two or three ASCII letters', () => {
    let accepted = 0;
    for (const length of [2, 3]) {
      for (const code of everySpelling(length)) {
        const known = toAlpha2(code) !== undefined;
        if (pattern.test(code) !== known) expect.fail(`${code}: pattern ${!known}, API ${known}`);
        if (known) accepted++;
      }
    }
    // 250 alpha-2 codes in 4 spellings each, 250 alpha-3 codes in 8.
    expect(accepted).toBe(250 * 4 + 250 * 8);
  });

  it('matches nothing else, and stays fast on the worst input', () => {
    for (const code of ['', 'A', 'ALBA', 'AL ', 'A1', 'ß', 'ＡＬ', 'ı', 'K', 'al\n', '\nal']) {
      expect(pattern.test(code), JSON.stringify(code)).toBe(false);
    }
    const started = performance.now();
    expect(pattern.test(`${'A'.repeat(1 << 20)}!`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe("the widget's alpha-3 table", () => {
  it('maps exactly the alpha-3 codes the API accepts, to the same alpha-2 codes', () => {
    expect(new Map(Object.entries(WIDGET_ALPHA3))).toEqual(new Map(alpha3Codes()));
  });
});

describe('pairIdOf', () => {
  it('gives the sorted pair of two alpha-2 codes whatever their order', () => {
    expect(pairIdOf('DK', 'AL')).toBe('AL-DK');
    expect(pairIdOf('AL', 'DK')).toBe('AL-DK');
  });

  it('agrees with the pair id the data is published under, for every two countries', () => {
    const alpha2 = (codes as string[][]).map(([code]) => code as string);
    for (const a of alpha2) for (const b of alpha2) if (a !== b) expect(pairIdOf(a, b)).toBe(pairId(a, b));
  });

  it('throws a 400 problem for the same country twice', () => {
    expect(() => pairIdOf('AL', 'AL')).toThrow(ProblemException);
  });
});
