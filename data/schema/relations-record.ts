// The record for one country pair: the contract API clients and the widget read.
import * as z from 'zod';
import { CountryCode } from './country-code.ts';
import { Edtf } from './edtf.ts';
import { FactBase, Person } from './fact.ts';

/** A change in the state of diplomatic relations. */
export const RelationsEvent = FactBase.extend({
  type: z.enum(['recognized', 'established', 're-established', 'severed', 'restored']),
  date: Edtf,
}).meta({ id: 'RelationsEvent' });

/** A diplomatic mission of one country in (or accredited to) the other. */
export const Mission = FactBase.extend({
  sender: CountryCode,
  host: CountryCode,
  kind: z.enum(['embassy', 'consulate-general', 'consulate', 'honorary-consulate', 'other']),
  city: z.string().optional(),
  residency: z.enum(['resident', 'non-resident']),
  accreditedFrom: z.object({ country: CountryCode, city: z.string().optional() }).optional(),
  opened: Edtf.optional(),
  status: z.enum(['open', 'closed', 'planned']),
}).meta({ id: 'Mission' });

/** Each country's standing in an organization. */
export const MembershipStatus = z.enum(['member', 'candidate', 'applicant', 'non-member']);

/** An organization and each side's standing in it. */
export const Membership = FactBase.extend({
  organization: z.string().min(1).describe('The common acronym (NATO, EU) or else the English name.'),
  statuses: z.record(CountryCode, MembershipStatus),
}).meta({ id: 'Membership' });

/** A bilateral agreement. */
export const Agreement = FactBase.extend({
  date: Edtf.optional(),
  title: z.string().min(1),
  kind: z.enum(['trade', 'defence', 'visa', 'tax', 'climate', 'aid', 'cultural', 'other']),
}).meta({ id: 'Agreement' });

/** A high-level visit from one country to the other. */
export const Visit = FactBase.extend({
  date: Edtf,
  from: CountryCode,
  to: CountryCode,
  visitors: z.array(Person).min(1),
  counterparts: z.array(Person).optional(),
  purpose: z.string().optional(),
  first: z.boolean().optional().describe('The first visit of its kind, as the source says.'),
}).meta({ id: 'Visit' });

/** An amount of money in an ISO 4217 currency. */
export const Money = z
  .object({ amount: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) })
  .meta({ id: 'Money' });

/** Aid given by one country to the other. */
export const Assistance = FactBase.extend({
  donor: CountryCode,
  recipient: CountryCode,
  date: Edtf.optional(),
  kind: z.enum(['grant', 'in-kind', 'programme', 'other']),
  money: Money.optional(),
  items: z.array(z.object({ item: z.string().min(1), quantity: z.number().nonnegative().optional() })).optional(),
  purpose: z.string().optional(),
}).meta({ id: 'Assistance' });

/** People of one country's origin living in the other. */
export const Diaspora = FactBase.extend({
  origin: CountryCode,
  residence: CountryCode,
  population: z.number().int().nonnegative(),
  approximate: z.boolean(),
  date: Edtf.optional(),
}).meta({ id: 'Diaspora' });

/** A source the record's facts cite. */
export const Source = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    url: z.url().optional(),
    license: z.string().optional(),
    retrieved: z.string().optional().describe('ISO 8601 date the source was read.'),
    revision: z.string().optional(),
  })
  .meta({ id: 'Source' });

/** A related article. */
export const SeeAlso = z.object({ title: z.string().min(1), url: z.url().optional() }).meta({ id: 'SeeAlso' });

const PAIR_ID = /^[A-Z]{2}-[A-Z]{2}$/;

/** Everything known about the relations between two countries. */
export const RelationsRecord = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().regex(PAIR_ID).describe('The two alpha-2 codes, sorted, joined by a hyphen.'),
    countries: z.tuple([CountryCode, CountryCode]).describe('The same two codes, in the order of `id`.'),
    title: z.string().min(1),
    events: z.array(RelationsEvent),
    missions: z.array(Mission),
    memberships: z.array(Membership),
    agreements: z.array(Agreement),
    visits: z.array(Visit),
    assistance: z.array(Assistance),
    diaspora: z.array(Diaspora),
    seeAlso: z.array(SeeAlso),
    sources: z.array(Source).min(1),
  })
  .superRefine((record, ctx) => {
    const [a, b] = record.countries;
    if (record.id !== `${a}-${b}` || a >= b) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'id must be the sorted country codes joined by "-"' });
    }
  })
  .meta({ id: 'RelationsRecord', title: 'RelationsRecord' });

export type RelationsRecord = z.infer<typeof RelationsRecord>;
export type RelationsEvent = z.infer<typeof RelationsEvent>;
export type Mission = z.infer<typeof Mission>;
export type Membership = z.infer<typeof Membership>;
export type MembershipStatus = z.infer<typeof MembershipStatus>;
export type Agreement = z.infer<typeof Agreement>;
export type Visit = z.infer<typeof Visit>;
export type Money = z.infer<typeof Money>;
export type Assistance = z.infer<typeof Assistance>;
export type Diaspora = z.infer<typeof Diaspora>;
export type Source = z.infer<typeof Source>;
export type SeeAlso = z.infer<typeof SeeAlso>;

/** The kinds of fact a record holds, in the order a card shows them. */
export const FACT_KINDS = [
  'events',
  'missions',
  'memberships',
  'agreements',
  'visits',
  'assistance',
  'diaspora',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];
