// What only an article gives a card, independent of language: since when, the latest visit, assistance, diaspora
// and a dated timeline. Loaded with the article rows, only for records an article stands behind.
import type { Claim } from './rank-claims.ts';
import type { Agreement, Assistance, Diaspora, Mission, RelationsEvent, Visit } from './record.ts';
import type { ShownClaims } from './summarize-record.ts';

/** One dated line of the full timeline. */
export type TimelineEntry =
  | { kind: 'event'; date: string; claim: Claim<RelationsEvent> }
  | { kind: 'mission'; date: string; claim: Claim<Mission> }
  | { kind: 'agreement'; date: string; claim: Claim<Agreement> }
  | { kind: 'visit'; date: string; claim: Claim<Visit> }
  | { kind: 'assistance'; date: string; claim: Claim<Assistance> };

/** The article's part of the card. */
export interface ArticleSummary {
  /** The claim that relations were established (or last restored). */
  since: Claim<RelationsEvent> | undefined;
  latestVisit: Claim<Visit> | undefined;
  /** The latest assistance, newest first. */
  assistance: Claim<Assistance>[];
  diaspora: Claim<Diaspora>[];
  /** Every dated fact, oldest first. */
  timeline: TimelineEntry[];
}

/** How many assistance items the compact card lists. */
export const ASSISTANCE_SHOWN = 3;

/** Orders EDTF dates oldest first; a year sorts before the months of that year. */
export function compareDates(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const byDate = <T extends { date?: string | undefined }>(a: Claim<T>, b: Claim<T>) =>
  compareDates(a.fact.date, b.fact.date);

/** Summarizes what an article told, from the claims the record shows. */
export function summarizeArticle(claims: ShownClaims): ArticleSummary {
  const events = [...claims.events].sort(byDate);
  const since = events.filter((e) => ['established', 're-established', 'restored'].includes(e.fact.type)).at(-1);
  const visits = [...claims.visits].sort(byDate);
  const assistance = [...claims.assistance].sort(byDate);
  const timeline: TimelineEntry[] = [
    ...events.map((claim) => ({ kind: 'event' as const, date: claim.fact.date, claim })),
    ...claims.missions.flatMap((claim) =>
      claim.fact.opened ? [{ kind: 'mission' as const, date: claim.fact.opened, claim }] : [],
    ),
    ...claims.agreements.flatMap((claim) =>
      claim.fact.date ? [{ kind: 'agreement' as const, date: claim.fact.date, claim }] : [],
    ),
    ...visits.map((claim) => ({ kind: 'visit' as const, date: claim.fact.date, claim })),
    ...assistance.flatMap((claim) =>
      claim.fact.date ? [{ kind: 'assistance' as const, date: claim.fact.date, claim }] : [],
    ),
  ].sort((x, y) => compareDates(x.date, y.date));
  return {
    since,
    latestVisit: visits.at(-1),
    assistance: assistance.slice(-ASSISTANCE_SHOWN).reverse(),
    diaspora: claims.diaspora,
    timeline,
  };
}
