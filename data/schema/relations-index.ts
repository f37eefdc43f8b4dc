// The list of pairs that have a record, stored in KV beside the records.
import * as z from 'zod';
import { CountryCode, PairId } from './country-code.ts';

/** One available pair in the index. */
export const RelationsIndexEntry = z
  .object({
    id: PairId,
    countries: z.tuple([CountryCode, CountryCode]),
    title: z.string().min(1),
  })
  .meta({ id: 'RelationsIndexEntry' });

/** Every pair with a record, sorted by id. */
export const RelationsIndex = z
  .object({ schemaVersion: z.literal(1), pairs: z.array(RelationsIndexEntry) })
  .meta({ id: 'RelationsIndex' });

export type RelationsIndexEntry = z.infer<typeof RelationsIndexEntry>;
export type RelationsIndex = z.infer<typeof RelationsIndex>;
