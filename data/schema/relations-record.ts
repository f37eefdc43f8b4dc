// The record for one country pair: the contract API clients and the widget read.
import * as z from 'zod';
import { CountryCode, PairId } from './country-code.ts';
import { Edtf } from './edtf.ts';
import { FactBase, Person } from './fact.ts';
import { LIMITS, list, text, WebUrl } from './text.ts';

/** A change in the state of diplomatic relations. */
export const RelationsEvent = FactBase.extend({
  type: z.enum(['recognized', 'established', 're-established', 'severed', 'restored']),
  date: Edtf,
}).meta({ id: 'RelationsEvent' });

/**
 * What kind of mission: `nunciature` is the Holy See's embassy; `representative-office` a de facto embassy (a
 * trade, liaison or representative office where there are no formal relations, as Taiwan's).
 */
export const MissionKind = z.enum([
  'embassy',
  'high-commission',
  'consulate-general',
  'consulate',
  'honorary-consulate',
  'nunciature',
  'representative-office',
  'other',
]);

/** A diplomatic mission of one country in (or accredited to) the other. */
export const Mission = FactBase.extend({
  sender: CountryCode,
  host: CountryCode,
  kind: MissionKind,
  city: text().optional().describe('The city a reader knows (Berlin, not Mitte).'),
  district: text()
    .optional()
    .describe('Where in or near the city, as the source names it (a district, a suburb or a street).'),
  residency: z.enum(['resident', 'non-resident']),
  accreditedFrom: z.object({ country: CountryCode, city: text().optional() }).optional(),
  opened: Edtf.optional(),
  status: z.enum(['open', 'closed', 'planned']),
}).meta({ id: 'Mission' });

/** Each country's standing in an organization: `former` left it, `suspended` is a member whose rights are suspended. */
export const MembershipStatus = z.enum([
  'member',
  'associate',
  'observer',
  'candidate',
  'applicant',
  'suspended',
  'former',
  'non-member',
]);

/** An organization and each side's standing in it. */
export const Membership = FactBase.extend({
  organization: text().describe('The common acronym (NATO, EU) or else the English name.'),
  name: text().optional().describe('The English name, where `organization` is an acronym.'),
  statuses: z.record(CountryCode, MembershipStatus),
  since: z.record(CountryCode, Edtf).optional().describe('When each side took its current standing, where known.'),
}).meta({ id: 'Membership' });

/** Whether the two countries share a land border. */
export const Border = FactBase.extend({
  shared: z.boolean().describe('True when the two share a land border.'),
}).meta({ id: 'Border' });

/** A bilateral agreement. */
export const Agreement = FactBase.extend({
  date: Edtf.optional(),
  title: text(),
  kind: z.enum(['trade', 'defence', 'visa', 'tax', 'climate', 'aid', 'cultural', 'other']),
}).meta({ id: 'Agreement' });

/** A high-level visit from one country to the other. */
export const Visit = FactBase.extend({
  date: Edtf,
  from: CountryCode,
  to: CountryCode,
  visitors: list(Person, 50).min(1),
  counterparts: list(Person, 50).optional(),
  purpose: text(LIMITS.longText).optional(),
  first: z.boolean().optional().describe('The first visit of its kind, as the source says.'),
}).meta({ id: 'Visit' });

/** An amount of money in an ISO 4217 currency. */
export const Money = z
  .object({ amount: z.number().nonnegative().max(1e15), currency: z.string().regex(/^[A-Z]{3}$/) })
  .meta({ id: 'Money' });

/** Aid given by one country to the other. */
export const Assistance = FactBase.extend({
  donor: CountryCode,
  recipient: CountryCode,
  date: Edtf.optional(),
  kind: z.enum(['grant', 'in-kind', 'programme', 'other']),
  money: Money.optional(),
  items: list(z.object({ item: text(), quantity: z.number().nonnegative().max(1e15).optional() }), 50).optional(),
  purpose: text(LIMITS.longText).optional(),
}).meta({ id: 'Assistance' });

/** People of one country's origin living in the other. */
export const Diaspora = FactBase.extend({
  origin: CountryCode,
  residence: CountryCode,
  population: z.number().int().nonnegative().max(1e10),
  approximate: z.boolean(),
  date: Edtf.optional(),
}).meta({ id: 'Diaspora' });

/** A source the record's facts cite. */
export const Source = z
  .object({
    id: text(),
    title: text(),
    url: WebUrl.optional(),
    license: text().optional(),
    retrieved: Edtf.optional().describe('The date the source was read (or the dataset snapshot was taken).'),
    revision: text().optional(),
  })
  .meta({ id: 'Source' });

/** A related article. */
export const SeeAlso = z.object({ title: text(), url: WebUrl.optional() }).meta({ id: 'SeeAlso' });

/**
 * The facts of one kind as a record holds them: each is a claim to show, and may carry the claims about the same
 * thing that a curator ranked lower (`disputed`), so a reader can see that sources disagree. `data:build` settles
 * this; clients render it.
 */
function claims<Shape extends z.ZodRawShape>(fact: z.ZodObject<Shape>, id: string) {
  const claim = fact
    .extend({
      disputed: z
        .array(fact)
        .max(LIMITS.listItems)
        .optional()
        .describe('Claims about the same thing that were ranked lower (deprecated), with the note saying why.'),
    })
    .meta({ id: `${id}Claim` });
  return list(claim);
}

/** Everything known about the relations between two countries. */
export const RelationsRecord = z
  .object({
    schemaVersion: z.literal(1),
    id: PairId.describe('The two alpha-2 codes, sorted, joined by a hyphen.'),
    countries: z.tuple([CountryCode, CountryCode]).describe('The same two codes, in the order of `id`.'),
    title: text(),
    events: claims(RelationsEvent, 'RelationsEvent'),
    missions: claims(Mission, 'Mission'),
    memberships: claims(Membership, 'Membership'),
    agreements: claims(Agreement, 'Agreement'),
    visits: claims(Visit, 'Visit'),
    assistance: claims(Assistance, 'Assistance'),
    diaspora: claims(Diaspora, 'Diaspora'),
    borders: claims(Border, 'Border').default([]),
    seeAlso: list(SeeAlso),
    sources: list(Source).min(1),
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
export type Border = z.infer<typeof Border>;
export type MissionKind = z.infer<typeof MissionKind>;
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
  'borders',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];
