// The shape of the card's UI strings; one file per language fills it in.
import type { MembershipStatus, Mission, RelationsEvent } from '../record.ts';

/** Plural forms keyed by `Intl.PluralRules` category; `other` is always required. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every string the card shows, for one language. `{name}` marks a value filled in by the card. */
export interface Messages {
  loading: string;
  /** Title of the card: `{a}` and `{b}` are the country names. */
  title: string;
  flagAlt: string;
  since: string;
  /** Since `{date}`. */
  sinceDate: string;
  noData: string;
  embassies: string;
  missionKind: Record<Mission['kind'], string>;
  /** The plural of each kind, for a list of consulates: "Consulates general". */
  missionKindPlural: Record<Mission['kind'], string>;
  /** After a list cut short: and `{n}` more. */
  andMore: string;
  /** `{kind}` in `{city}`. */
  missionIn: string;
  /** Non-resident: accredited from `{place}`. */
  accreditedFrom: string;
  missionStatus: Record<Exclude<Mission['status'], 'open'>, string>;
  memberships: string;
  membershipStatus: Record<MembershipStatus, string>;
  /** Before the organisations both belong to. */
  bothMembers: string;
  border: string;
  borderShared: string;
  /** The disclosure with the sources not named in the footer. */
  moreSources: Plural;
  latestVisit: string;
  firstVisit: string;
  assistance: string;
  diaspora: string;
  /** About `{n}` people from `{origin}` live in `{residence}`. */
  diasporaApprox: Plural;
  diasporaExact: Plural;
  timeline: Plural;
  event: Record<RelationsEvent['type'], string>;
  agreementKind: Record<string, string>;
  missionOpened: string;
  visitTimeline: string;
  /** From `{from}` to `{to}`, after the visitors' names. */
  visitRoute: string;
  assistanceTimeline: string;
  disagree: string;
  /** Shown: `{shown}`. Also stated: `{other}`. */
  disagreeDetail: string;
  curated: string;
  source: string;
  licence: string;
  errors: {
    notFound: string;
    badRequest: string;
    network: string;
    badResponse: string;
    server: string;
  };
  retry: string;
}
