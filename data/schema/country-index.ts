// The lists that let a client find pairs: every state, and each state's partners, stored in KV beside the records.
import * as z from 'zod';
import { CountryCode, PairId } from './country-code.ts';

/** One state the data knows. */
export const CountriesIndexEntry = z
  .object({ code: CountryCode, name: z.string().min(1).describe('The English short name.') })
  .meta({ id: 'CountriesIndexEntry' });

/** Every state the data knows, by code. */
export const CountriesIndex = z
  .object({ schemaVersion: z.literal(1), countries: z.array(CountriesIndexEntry) })
  .meta({ id: 'CountriesIndex' });

/** One partner of a state, with how much the data holds about the pair. */
export const CountryPartner = z
  .object({
    country: CountryCode,
    id: PairId,
    missions: z.object({
      sent: z.number().int().nonnegative().describe('Missions of the state in, or accredited to, the partner.'),
      received: z.number().int().nonnegative().describe("The partner's missions in, or accredited to, the state."),
    }),
    organizations: z.number().int().nonnegative().describe('Organisations where both have a standing.'),
    border: z.boolean().describe('Whether the two share a land border.'),
    article: z.boolean().describe('Whether an article about the pair adds events, visits, agreements and more.'),
  })
  .meta({ id: 'CountryPartner' });

/** The partners of one state: every state with which it has a record. */
export const CountryRelationsIndex = z
  .object({ schemaVersion: z.literal(1), country: CountryCode, partners: z.array(CountryPartner) })
  .meta({ id: 'CountryRelationsIndex' });

export type CountriesIndex = z.infer<typeof CountriesIndex>;
export type CountryPartner = z.infer<typeof CountryPartner>;
export type CountryRelationsIndex = z.infer<typeof CountryRelationsIndex>;
