// ISO 3166-1 alpha-2 country codes as the record stores them.
import * as z from 'zod';

/** An ISO 3166-1 alpha-2 code in upper case; `XK` (Kosovo, user-assigned) is allowed. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in upper case, such as "DK"')
  .meta({ id: 'CountryCode', examples: ['AL', 'DK', 'XK'] });
export type CountryCode = z.infer<typeof CountryCode>;
