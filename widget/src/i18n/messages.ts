// The shape of the card's strings; one file per language fills it in. Every message is a whole phrase: `{name}`
// marks a value the card fills in, so a language orders words and punctuation its own way.
import type { Agreement, MembershipStatus, Mission, RelationsEvent } from '../record.ts';

/** Plural forms keyed by `Intl.PluralRules` category; `other` is always required. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type ConsularKind = 'consulate-general' | 'consulate' | 'honorary-consulate';

/** Every string the card shows, for one language. */
export interface Messages {
  /** Announced while loading: `{a}`, `{b}` are the country names. */
  loading: string;
  /** The card's title: `{a}` and `{b}`. */
  title: string;
  /** `{name}`: a country. */
  flagAlt: string;
  /** Between the items of a list ("UN, EU, NATO"). */
  comma: string;
  /** Between items that hold commas themselves (sources with their licences). */
  semicolon: string;

  /** Label of the row with since when relations exist. */
  relations: string;
  /** Since `{date}`. */
  sinceDate: string;
  /** A fact the data does not hold. */
  noData: string;
  /** A side with no mission on record: the data is incomplete, so this never says there is none. */
  noMission: string;
  /** Label of the missions in the full card. */
  missions: string;
  /** A value after its label, in a list: `{label}`: `{value}` ("Albania: Embassy in Copenhagen"). */
  labelled: string;
  missionKind: Record<Mission['kind'], string>;
  /** The plural of each kind, before a list of cities: "Consulates general". */
  missionKindPlural: Record<Mission['kind'], string>;
  /** How many consulates of a kind, in the compact card: "4 consulates general". */
  consularCount: Record<ConsularKind, Plural>;
  /** `{kind}` in `{city}`. */
  missionIn: string;
  /** A non-resident mission: `{kind}`, accredited from `{place}`. */
  missionAccredited: string;
  /** `{city}`, `{country}`: where a non-resident mission sits. */
  place: string;
  /** A mission not open: `{mission}` (`{status}`). */
  missionWithStatus: string;
  /** A mission not open, with a date: `{mission}` (`{status}`, `{date}`). */
  missionWithStatusDate: string;
  missionStatus: Record<Exclude<Mission['status'], 'open'>, string>;
  /** A list cut short: `{list}` and `{n}` more. */
  andMore: string;

  memberships: string;
  /** Label of the organisations both belong to. */
  bothMembers: string;
  /** The same, short, for the compact card's line. */
  bothIn: string;
  /** One side's standing: `{country}` (`{status}`). */
  standing: string;
  membershipStatus: Record<MembershipStatus, string>;
  /** Organisation labels and names in this language, by the label records use (`UN`). Others stay English. */
  organizations: Record<string, { label: string; name?: string }>;

  border: string;
  borderShared: string;

  latestVisit: string;
  latestAgreement: string;
  /** A dated fact: `{date}` · `{fact}`. */
  dated: string;
  /** A visit: `{visitors}`, from `{from}` to `{to}`. */
  visit: string;
  /** The first visit of its kind: `{visit}` · … */
  firstVisit: string;
  /** A person with an office: `{name}` (`{office}`). */
  personOffice: string;
  /** Offices in this language, by the English the records use. Others stay English, marked as such. */
  offices: Record<string, string>;
  /** Two offices held together: `{a}` and `{b}`. */
  bothOffices: string;

  assistance: string;
  /** A quantity of an item: `{n}` `{item}`. */
  quantity: string;
  /** What was given and what for: `{what}` · `{purpose}`. */
  aidFor: string;
  diaspora: string;
  /** About `{n}` people from `{origin}` in `{residence}`. */
  diasporaApprox: Plural;
  diasporaExact: Plural;
  /** A figure of a given year: `{fact}` (`{date}`). */
  asOf: string;

  /** The disclosure with the full timeline: `{n}` entries. */
  timeline: Plural;
  event: Record<RelationsEvent['type'], string>;
  agreementKind: Record<Agreement['kind'], string>;
  /** `{kind}` of `{sender}` opens in `{city}`. */
  missionOpened: string;
  /** Visit from `{from}` to `{to}`: `{visitors}`. */
  visitTimeline: string;
  /** Assistance from `{donor}`: `{aid}`. */
  assistanceTimeline: string;

  /** The compact card's disclosure of everything else. */
  more: string;
  /** The mark of a claim the sources disagree on. */
  disagree: string;
  /** Shown: `{shown}`. Also stated: `{other}`. */
  disagreeDetail: string;
  /** A claim and who states it: `{claim}` (`{sources}`). */
  statedBy: string;
  /** A curated claim and who states it: `{claim}` (curated: `{sources}`). */
  curatedBy: string;

  /** Before the sources: `{sources}`. */
  sources: Plural;
  /** A source and its licence: `{source}`, licence `{licence}`. */
  sourceLicence: string;
  /** The disclosure with the sources not named at once. */
  moreSources: Plural;

  errors: {
    notFound: string;
    /** `{codes}`: the codes the card does not know. */
    unknownCodes: Plural;
    /** `{name}`: the one country both codes name. */
    sameCountry: string;
    /** `countries` does not hold two codes. */
    notTwo: string;
    /** `{api}`: the attribute's value. */
    badApi: string;
    network: string;
    timeout: string;
    badResponse: string;
    server: string;
  };
  retry: string;
}
