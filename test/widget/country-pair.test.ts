// The `countries` attribute read as the API reads a path: the same codes accepted, Kosovo as XK or XKK only.
import { describe, expect, it } from 'vitest';
import { CountryCodeError, parseCountryPair } from '../../widget/src/country-pair.ts';

describe('parseCountryPair', () => {
  it('reads alpha-2 and alpha-3 codes in any case and order as one canonical pair', async () => {
    expect(await parseCountryPair('dnk, alb')).toEqual({ codes: ['AL', 'DK'], id: 'AL-DK' });
    expect(await parseCountryPair('DK AL')).toEqual({ codes: ['AL', 'DK'], id: 'AL-DK' });
  });

  it('knows Kosovo as XK and XKK, as the API does', async () => {
    expect((await parseCountryPair('xkk AL')).id).toBe('AL-XK');
    expect((await parseCountryPair('XK al')).id).toBe('AL-XK');
  });

  it('refuses XKX and other alpha-3 codes the API refuses, naming them', async () => {
    for (const [value, unknown] of [
      ['XKX ALB', ['XKX']],
      ['YUG DNK', ['YUG']],
      ['ANT XXX', ['ANT', 'XXX']],
    ] as const) {
      const error = await parseCountryPair(value).catch((e: unknown) => e);
      expect(error, value).toBeInstanceOf(CountryCodeError);
      expect((error as CountryCodeError).codes, value).toEqual(unknown);
    }
  });
});
