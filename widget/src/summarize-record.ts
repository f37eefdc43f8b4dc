// Turns a record into what every card shows: language-free facts, chosen and ordered, with conflicts resolved.
import { type Claim, type Ranked, shownClaims } from './rank-claims.ts';
import type {
  Agreement,
  Assistance,
  Border,
  Diaspora,
  Membership,
  Mission,
  RelationsEvent,
  RelationsRecord,
  Source,
  Visit,
} from './record.ts';

/** The claims a record shows, by kind: what every part of the card reads. */
export interface ShownClaims {
  events: Claim<RelationsEvent>[];
  missions: Claim<Mission>[];
  agreements: Claim<Agreement>[];
  visits: Claim<Visit>[];
  assistance: Claim<Assistance>[];
  diaspora: Claim<Diaspora>[];
}

/** The missions one country keeps for the other. */
export interface MissionsFrom {
  sender: string;
  host: string;
  missions: Claim<Mission>[];
}

/** The card's content for a record, independent of language. */
export interface CardSummary {
  countries: [string, string];
  missions: MissionsFrom[];
  /** Organisations where both are members and no source disagrees: listed together, by name. */
  bothMembers: Claim<Membership>[];
  /** Organisations where their standings differ (or a source disagrees): each with both standings. */
  memberships: Claim<Membership>[];
  /** The claim that the two share a land border, when they do. */
  border: Claim<Border> | undefined;
  /**
   * Whether an article stands behind the record: the card then loads and shows its rows (since when, visits,
   * assistance, diaspora, the timeline); the datasets alone never hold those.
   */
  fromArticle: boolean;
  claims: ShownClaims;
  sources: Source[];
}

const allMembers = (m: Membership) => Object.values(m.statuses).every((status) => status === 'member');

/** The record's lists of facts an article may tell. */
const FACT_LISTS = ['events', 'missions', 'memberships', 'agreements', 'visits', 'assistance', 'diaspora'] as const;

/** Whether an article stands behind a record: some fact was read from its text. Never throws. */
export function recordFromArticle(record: RelationsRecord): boolean {
  return FACT_LISTS.some(
    (kind) =>
      Array.isArray(record[kind]) &&
      (record[kind] as Ranked[]).some((fact) => fact?.provenance?.some?.((p) => p?.method === 'rule')),
  );
}

/** Summarizes a record for the card. */
export function summarizeRecord(record: RelationsRecord): CardSummary {
  const [a, b] = record.countries;
  const missions = shownClaims(record.missions);
  const memberships = shownClaims(record.memberships);
  return {
    countries: [a, b],
    missions: [
      [a, b],
      [b, a],
    ].map(([sender = '', host = '']) => ({
      sender,
      host,
      missions: missions.filter((m) => m.fact.sender === sender && m.fact.host === host),
    })),
    bothMembers: memberships.filter((m) => !m.rejected.length && allMembers(m.fact)),
    memberships: memberships.filter((m) => m.rejected.length || !allMembers(m.fact)),
    border: shownClaims(record.borders ?? []).find((b) => b.fact.shared),
    fromArticle: recordFromArticle(record),
    claims: {
      events: shownClaims(record.events),
      missions,
      agreements: shownClaims(record.agreements),
      visits: shownClaims(record.visits),
      assistance: shownClaims(record.assistance),
      diaspora: shownClaims(record.diaspora),
    },
    sources: record.sources,
  };
}
