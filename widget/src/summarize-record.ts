// Turns a record into what the card shows: language-free facts, chosen and ordered, with conflicts resolved.

import { type Claim, compareDates, shownClaims } from './rank-claims.ts';
import type {
  Agreement,
  Assistance,
  Diaspora,
  Membership,
  Mission,
  RelationsEvent,
  RelationsRecord,
  Source,
  Visit,
} from './record.ts';

/** One dated line of the full timeline. */
export type TimelineEntry =
  | { kind: 'event'; date: string; claim: Claim<RelationsEvent> }
  | { kind: 'mission'; date: string; claim: Claim<Mission> }
  | { kind: 'agreement'; date: string; claim: Claim<Agreement> }
  | { kind: 'visit'; date: string; claim: Claim<Visit> }
  | { kind: 'assistance'; date: string; claim: Claim<Assistance> };

/** The missions one country keeps for the other. */
export interface MissionsFrom {
  sender: string;
  host: string;
  missions: Claim<Mission>[];
}

/** The card's content for a record, independent of language. */
export interface CardSummary {
  countries: [string, string];
  /** The claim that relations were established (or last restored). */
  since: Claim<RelationsEvent> | undefined;
  missions: MissionsFrom[];
  memberships: Claim<Membership>[];
  latestVisit: Claim<Visit> | undefined;
  /** The latest assistance, newest first. */
  assistance: Claim<Assistance>[];
  diaspora: Claim<Diaspora>[];
  /** Every dated fact, oldest first. */
  timeline: TimelineEntry[];
  sources: Source[];
}

/** How many assistance items the compact card lists. */
export const ASSISTANCE_SHOWN = 3;

const byDate = <T extends { date?: string | undefined }>(a: Claim<T>, b: Claim<T>) =>
  compareDates(a.fact.date, b.fact.date);

/** Summarizes a record for the card. */
export function summarizeRecord(record: RelationsRecord): CardSummary {
  const [a, b] = record.countries;
  const events = shownClaims(record.events).sort(byDate);
  const since = events.filter((e) => ['established', 're-established', 'restored'].includes(e.fact.type)).at(-1);
  const missions = shownClaims(record.missions);
  const agreements = shownClaims(record.agreements);
  const visits = shownClaims(record.visits).sort(byDate);
  const assistance = shownClaims(record.assistance).sort(byDate);

  const timeline: TimelineEntry[] = [
    ...events.map((claim) => ({ kind: 'event' as const, date: claim.fact.date, claim })),
    ...missions.flatMap((claim) =>
      claim.fact.opened ? [{ kind: 'mission' as const, date: claim.fact.opened, claim }] : [],
    ),
    ...agreements.flatMap((claim) =>
      claim.fact.date ? [{ kind: 'agreement' as const, date: claim.fact.date, claim }] : [],
    ),
    ...visits.map((claim) => ({ kind: 'visit' as const, date: claim.fact.date, claim })),
    ...assistance.flatMap((claim) =>
      claim.fact.date ? [{ kind: 'assistance' as const, date: claim.fact.date, claim }] : [],
    ),
  ].sort((x, y) => compareDates(x.date, y.date));

  return {
    countries: [a, b],
    since,
    missions: [
      [a, b],
      [b, a],
    ].map(([sender = '', host = '']) => ({
      sender,
      host,
      missions: missions.filter((m) => m.fact.sender === sender && m.fact.host === host),
    })),
    memberships: shownClaims(record.memberships),
    latestVisit: visits.at(-1),
    assistance: assistance.slice(-ASSISTANCE_SHOWN).reverse(),
    diaspora: shownClaims(record.diaspora),
    timeline,
    sources: record.sources,
  };
}
