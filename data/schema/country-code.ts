// ISO 3166-1 alpha-2 country codes as the record stores them.
import * as z from 'zod';

/** An ISO 3166-1 alpha-2 code in upper case; `XK` (Kosovo, user-assigned) is allowed. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in upper case, such as "DK"')
  .meta({ id: 'CountryCode', examples: ['AL', 'DK', 'XK'] });
export type CountryCode = z.infer<typeof CountryCode>;

/** A pair's id: two alpha-2 codes joined by a hyphen (`AL-DK`); a record also checks that they are sorted. */
export const PairId = z.string().regex(/^[A-Z]{2}-[A-Z]{2}$/);
