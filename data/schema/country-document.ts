// What the maintained datasets say about one state, stored once per state: the worker joins two of them into the
// record of any pair, so ~200 documents stand for ~19,900 pairs.
import * as z from 'zod';
import { CountryCode } from './country-code.ts';
import { Edtf } from './edtf.ts';
import { Provenance } from './fact.ts';
import { MembershipStatus, Mission, Source } from './relations-record.ts';
import { LIMITS, list, text } from './text.ts';

/** The state's standing in one organisation. */
export const CountryMembership = z
  .object({
    organization: text(),
    name: text().optional(),
    status: MembershipStatus.exclude(['non-member']),
    since: Edtf.optional(),
    note: text(LIMITS.longText).optional(),
    provenance: list(Provenance, LIMITS.provenance).min(1),
  })
  .meta({ id: 'CountryMembership' });

/** A state this one shares a land border with. */
export const CountryBorder = z
  .object({ country: CountryCode, provenance: list(Provenance, LIMITS.provenance).min(1) })
  .meta({ id: 'CountryBorder' });

/** Everything the reference data knows of one state. */
export const CountryDocument = z
  .object({
    schemaVersion: z.literal(1),
    code: CountryCode,
    name: text().describe('The English short name.'),
    missions: list(Mission, 5000).describe(
      'Missions this state sends: resident ones, and accreditations from a third state.',
    ),
    memberships: list(CountryMembership),
    borders: list(CountryBorder),
    profile: Provenance.describe("The state's country profile, cited when two states share no border."),
    articles: list(CountryCode).describe('States whose pair with this one has an article record.'),
    sources: list(Source).describe('The sources its facts cite.'),
  })
  .meta({ id: 'CountryDocument' });

export type CountryMembership = z.infer<typeof CountryMembership>;
export type CountryBorder = z.infer<typeof CountryBorder>;
export type CountryDocument = z.infer<typeof CountryDocument>;
