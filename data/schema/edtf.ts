// Dates that keep the precision their source gives (a subset of EDTF, ISO 8601-2), and only dates that exist.
import * as z from 'zod';

const DAY = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
const EDTF_PATTERN = new RegExp(`^${DAY}(?:/${DAY})?$`);

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether one side of an EDTF date names a real year, month or day (no year 0000, no 31 February). */
function exists(date: string): boolean {
  const [year = 0, month, day] = date.split('-').map(Number);
  if (year < 1) return false;
  return day === undefined || month === undefined || day <= daysIn(year, month);
}

/** The first day an EDTF date may mean, and the last, as comparable strings ("1970" is 1970-01-01 to 1970-12-31). */
const first = (date: string) => `${date}-01-01`.slice(0, 10);
const last = (date: string) => {
  const [year = '', month, day] = date.split('-');
  if (day) return date;
  if (month) return `${year}-${month}-${String(daysIn(Number(year), Number(month))).padStart(2, '0')}`;
  return `${year}-12-31`;
};

/** A year, a month or a day, or an interval of two of them: "1970", "2012-05", "1971-06-23", "1992/2003". */
export const Edtf = z
  .string()
  .regex(EDTF_PATTERN, 'an EDTF date: YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B')
  .refine((value) => value.split('/').every(exists), 'a date that exists in the calendar, from the year 0001')
  .refine((value) => {
    const [start, end] = value.split('/');
    return end === undefined || first(start ?? '') <= last(end);
  }, 'an interval that does not end before it starts')
  .meta({
    id: 'Edtf',
    description:
      'A date at the precision its source gives: YYYY, YYYY-MM, YYYY-MM-DD, or an interval A/B that does not end before it starts. Only dates that exist (no 1970-02-31, no year 0000).',
    examples: ['1970', '2012-05', '1971-06-23', '1992/2003'],
  });
export type Edtf = z.infer<typeof Edtf>;
