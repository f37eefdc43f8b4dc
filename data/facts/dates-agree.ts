// Two EDTF dates agree when one is the other at a coarser precision: 1970 agrees with 1970-05-29.

/** True when `a` and `b` are equal or one is a prefix of the other at a precision boundary ("1970", "1970-05"). */
export function datesAgree(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return !short.includes('/') && !long.includes('/') && long.startsWith(`${short}-`);
}

/** The more precise of two dates that agree (the longer one), or the first when either is missing. */
export function preciser(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.length > a.length ? b : a;
}

/** The year an EDTF date or interval starts in, or "" when there is none. */
export const yearOf = (date: string | undefined): string => date?.slice(0, 4) ?? '';
