// What the maintained datasets say about one state, stored once per state: the worker joins two of them into the
// record of any pair, so ~200 documents stand for ~19,900 pairs.
import * as z from 'zod';
import { CountryCode } from './country-code.ts';
import { Edtf } from './edtf.ts';
import { Provenance } from './fact.ts';
import { MembershipStatus, Mission, Source } from './relations-record.ts';

/** The state's standing in one organisation. */
export const CountryMembership = z
  .object({
    organization: z.string().min(1),
    name: z.string().min(1).optional(),
    status: MembershipStatus.exclude(['non-member']),
    since: Edtf.optional(),
    note: z.string().optional(),
    provenance: z.array(Provenance).min(1),
  })
  .meta({ id: 'CountryMembership' });

/** A state this one shares a land border with. */
export const CountryBorder = z
  .object({ country: CountryCode, provenance: z.array(Provenance).min(1) })
  .meta({ id: 'CountryBorder' });

/** Everything the reference data knows of one state. */
export const CountryDocument = z
  .object({
    schemaVersion: z.literal(1),
    code: CountryCode,
    name: z.string().min(1).describe('The English short name.'),
    missions: z
      .array(Mission)
      .describe('Missions this state sends: resident ones, and accreditations from a third state.'),
    memberships: z.array(CountryMembership),
    borders: z.array(CountryBorder),
    profile: Provenance.describe("The state's country profile, cited when two states share no border."),
    articles: z.array(CountryCode).describe('States whose pair with this one has an article record.'),
    sources: z.array(Source).describe('The sources its facts cite.'),
  })
  .meta({ id: 'CountryDocument' });

export type CountryMembership = z.infer<typeof CountryMembership>;
export type CountryBorder = z.infer<typeof CountryBorder>;
export type CountryDocument = z.infer<typeof CountryDocument>;
