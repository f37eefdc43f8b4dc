// The record types the card reads, written without zod so the npm package's .d.ts stands alone.
// test/widget/record-types.test.ts fails the type check if they drift from the schema in data/schema.

/** An ISO 3166-1 alpha-2 code in upper case. */
export type CountryCode = string;
/** A year, a month or a day, or an interval: "1970", "2012-05", "1971-06-23", "1992/2003". */
export type Edtf = string;

/** Where one statement of a fact was found. */
export interface Provenance {
  source: string;
  section?: string | undefined;
  span?: [number, number] | undefined;
  /** The entry of a dataset: a Wikidata item (`Q35`) or a file of the dataset. */
  item?: string | undefined;
  method: 'rule' | 'curated' | 'dataset';
}

/** Fields shared by every fact. */
export interface FactBase {
  provenance: Provenance[];
  rank?: 'preferred' | 'normal' | 'deprecated' | undefined;
  note?: string | undefined;
}

/** A person named in a fact. */
export interface Person {
  name: string;
  office?: string | undefined;
  country: CountryCode;
}

/** A change in the state of diplomatic relations. */
export interface RelationsEvent extends FactBase {
  type: 'recognized' | 'established' | 're-established' | 'severed' | 'restored';
  date: Edtf;
}

/** What kind of mission; `representative-office` is a de facto embassy. */
export type MissionKind =
  | 'embassy'
  | 'high-commission'
  | 'consulate-general'
  | 'consulate'
  | 'honorary-consulate'
  | 'nunciature'
  | 'representative-office'
  | 'other';

/** A diplomatic mission of one country in (or accredited to) the other. */
export interface Mission extends FactBase {
  sender: CountryCode;
  host: CountryCode;
  kind: MissionKind;
  /** The city a reader knows (Berlin, not Mitte). */
  city?: string | undefined;
  /** Where in or near the city, as the source names it. */
  district?: string | undefined;
  residency: 'resident' | 'non-resident';
  accreditedFrom?: { country: CountryCode; city?: string | undefined } | undefined;
  opened?: Edtf | undefined;
  status: 'open' | 'closed' | 'planned';
}

/** Each country's standing in an organization. */
export type MembershipStatus =
  | 'member'
  | 'associate'
  | 'observer'
  | 'candidate'
  | 'applicant'
  | 'suspended'
  | 'former'
  | 'non-member';

/** An organization and each side's standing in it. */
export interface Membership extends FactBase {
  organization: string;
  /** The English name, where `organization` is an acronym. */
  name?: string | undefined;
  statuses: Record<CountryCode, MembershipStatus>;
  /** When each side took its current standing, where known. */
  since?: Record<CountryCode, Edtf> | undefined;
}

/** Whether the two countries share a land border. */
export interface Border extends FactBase {
  shared: boolean;
}

/** A fact as a record holds it: the claim to show, with the claims about the same thing ranked lower. */
export type Claim<T> = T & { disputed?: T[] | undefined };

/** A bilateral agreement. */
export interface Agreement extends FactBase {
  date?: Edtf | undefined;
  title: string;
  kind: 'trade' | 'defence' | 'visa' | 'tax' | 'climate' | 'aid' | 'cultural' | 'other';
}

/** A high-level visit from one country to the other. */
export interface Visit extends FactBase {
  date: Edtf;
  from: CountryCode;
  to: CountryCode;
  visitors: Person[];
  counterparts?: Person[] | undefined;
  purpose?: string | undefined;
  first?: boolean | undefined;
}

/** An amount of money in an ISO 4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

/** Aid given by one country to the other. */
export interface Assistance extends FactBase {
  donor: CountryCode;
  recipient: CountryCode;
  date?: Edtf | undefined;
  kind: 'grant' | 'in-kind' | 'programme' | 'other';
  money?: Money | undefined;
  items?: { item: string; quantity?: number | undefined }[] | undefined;
  purpose?: string | undefined;
}

/** People of one country's origin living in the other. */
export interface Diaspora extends FactBase {
  origin: CountryCode;
  residence: CountryCode;
  population: number;
  approximate: boolean;
  date?: Edtf | undefined;
}

/** A source the record's facts cite. */
export interface Source {
  id: string;
  title: string;
  url?: string | undefined;
  license?: string | undefined;
  retrieved?: string | undefined;
  revision?: string | undefined;
}

/** A related article. */
export interface SeeAlso {
  title: string;
  url?: string | undefined;
}

/** Everything known about the relations between two countries, as `GET /v1/relations/{a}/{b}` returns it. */
export interface RelationsRecord {
  schemaVersion: 1;
  id: string;
  countries: [CountryCode, CountryCode];
  title: string;
  events: Claim<RelationsEvent>[];
  missions: Claim<Mission>[];
  memberships: Claim<Membership>[];
  agreements: Claim<Agreement>[];
  visits: Claim<Visit>[];
  assistance: Claim<Assistance>[];
  diaspora: Claim<Diaspora>[];
  borders: Claim<Border>[];
  seeAlso: SeeAlso[];
  sources: Source[];
}
