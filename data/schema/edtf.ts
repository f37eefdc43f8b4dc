// Dates that keep the precision their source gives (a subset of EDTF, ISO 8601-2).
import * as z from 'zod';

const DAY = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
const EDTF_PATTERN = new RegExp(`^${DAY}(?:/${DAY})?$`);

/** A year, a month or a day, or an interval of two of them: "1970", "2012-05", "1971-06-23", "1992/2003". */
export const Edtf = z
  .string()
  .regex(EDTF_PATTERN, 'an EDTF date: YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B')
  .meta({ id: 'Edtf', examples: ['1970', '2012-05', '1971-06-23', '1992/2003'] });
export type Edtf = z.infer<typeof Edtf>;
