// The card's view model: what a record shows, chosen, grouped and ordered, in no language. The element and a server
// rendering the card as HTML build it the same way, and `card-markup.ts` puts it into words and markup.
import type {
  Agreement,
  Assistance,
  Border,
  Diaspora,
  FactBase,
  Membership,
  Mission,
  RelationsEvent,
  RelationsRecord,
  Source,
  Visit,
} from './record.ts';

/** A fact to show, and the claims about the same thing that disagree with it (the API has settled which stands). */
export interface Claim<T> {
  fact: T;
  /** Claims about the same thing that were ranked lower; non-empty means sources disagree. */
  rejected: T[];
}

/** One line of a side's missions: a mission on its own, or the consulates of one kind as a list of cities. */
export type MissionLine =
  | { kind: 'single'; claim: Claim<Mission> }
  | { kind: 'group'; missionKind: Mission['kind']; claims: Claim<Mission>[] };

/** The missions one country keeps for the other. */
export interface MissionsFrom {
  sender: string;
  host: string;
  lines: MissionLine[];
}

/** The latest of the visits and agreements. */
export type LatestEvent = { kind: 'visit'; claim: Claim<Visit> } | { kind: 'agreement'; claim: Claim<Agreement> };

/** One dated line of the full timeline. */
export type TimelineEntry =
  | { kind: 'event'; date: string; claim: Claim<RelationsEvent> }
  | { kind: 'mission'; date: string; claim: Claim<Mission> }
  | { kind: 'agreement'; date: string; claim: Claim<Agreement> }
  | { kind: 'visit'; date: string; claim: Claim<Visit> }
  | { kind: 'assistance'; date: string; claim: Claim<Assistance> };

/** A record as a card shows it, in no language. */
export interface CardView {
  /** The pair's alpha-2 codes, in the record's (alphabetical) order. */
  countries: [string, string];
  /** The claim that relations were established (or last restored). */
  since: Claim<RelationsEvent> | undefined;
  /** Each side's missions in the other, the first country's first. */
  missions: [MissionsFrom, MissionsFrom];
  /** Organisations where both are members and no source disagrees. */
  bothMembers: Claim<Membership>[];
  /** Organisations where their standings differ (or a source disagrees). */
  memberships: Claim<Membership>[];
  border: Claim<Border> | undefined;
  latest: LatestEvent | undefined;
  /** Assistance, newest first. */
  assistance: Claim<Assistance>[];
  diaspora: Claim<Diaspora>[];
  /** Every dated fact, oldest first. */
  timeline: TimelineEntry[];
  /** The sources named at once (those with a licence: the article, the datasets), and the rest. */
  sources: { named: Source[]; more: Source[] };
}

/** Cities of one kind of consulate a card names before "and N more". */
export const CITIES_SHOWN = 5;
/** Sources named when none carries a licence, before the rest go behind a disclosure. */
const SOURCES_NAMED = 4;
const CONSULAR = new Set<Mission['kind']>(['consulate-general', 'consulate', 'honorary-consulate']);

/** Orders EDTF dates oldest first; a year sorts before the months of that year. */
function compareDates(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The claims to show, in the record's order; a deprecated claim kept on its own (disputing nothing) is not shown. */
function shown<T extends FactBase & { disputed?: T[] | undefined }>(facts: readonly T[]): Claim<T>[] {
  return facts.filter((f) => f.rank !== 'deprecated').map((fact) => ({ fact, rejected: fact.disputed ?? [] }));
}

const byDate = <T extends { date?: string | undefined }>(a: Claim<T>, b: Claim<T>) =>
  compareDates(a.fact.date, b.fact.date);

const allMembers = (m: Membership) => Object.values(m.statuses).every((status) => status === 'member');

/** A side's missions: consulates of one kind that nobody disputes grouped as one line, the rest one per line. */
function missionLines(claims: Claim<Mission>[]): MissionLine[] {
  const single: MissionLine[] = [];
  const groups = new Map<Mission['kind'], Claim<Mission>[]>();
  for (const claim of claims) {
    const f = claim.fact;
    const consular = CONSULAR.has(f.kind) && f.residency === 'resident' && f.status === 'open' && f.city;
    if (consular && !claim.rejected.length) groups.set(f.kind, [...(groups.get(f.kind) ?? []), claim]);
    else single.push({ kind: 'single', claim });
  }
  return [
    ...single,
    ...[...groups].map(([missionKind, group]) => ({ kind: 'group' as const, missionKind, claims: group })),
  ];
}

/** The card's view of a record. Reads only the fields the schema guarantees; throws on a record it cannot read. */
export function cardView(record: RelationsRecord): CardView {
  const [a, b] = record.countries;
  const events = shown(record.events).sort(byDate);
  const missions = shown(record.missions);
  const memberships = shown(record.memberships);
  const agreements = shown(record.agreements);
  const visits = shown(record.visits).sort(byDate);
  const assistance = shown(record.assistance).sort(byDate);
  const side = (sender: string, host: string): MissionsFrom => ({
    sender,
    host,
    lines: missionLines(missions.filter((m) => m.fact.sender === sender && m.fact.host === host)),
  });
  const latestVisit = visits.at(-1);
  const latestAgreement = agreements
    .filter((c) => c.fact.date)
    .sort(byDate)
    .at(-1);
  const latest: LatestEvent | undefined =
    latestAgreement && compareDates(latestAgreement.fact.date, latestVisit?.fact.date) > 0
      ? { kind: 'agreement', claim: latestAgreement }
      : latestVisit && { kind: 'visit', claim: latestVisit };
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
  const licensed = record.sources.filter((s) => s.license);
  const others = record.sources.filter((s) => !s.license);
  const named = licensed.length ? licensed : others.slice(0, SOURCES_NAMED);
  return {
    countries: [a, b],
    since: events.filter((e) => ['established', 're-established', 'restored'].includes(e.fact.type)).at(-1),
    missions: [side(a, b), side(b, a)],
    bothMembers: memberships.filter((m) => !m.rejected.length && allMembers(m.fact)),
    memberships: memberships.filter((m) => m.rejected.length || !allMembers(m.fact)),
    border: shown(record.borders ?? []).find((c) => c.fact.shared),
    latest,
    assistance: assistance.reverse(),
    diaspora: shown(record.diaspora),
    timeline,
    sources: { named, more: others.filter((s) => !named.includes(s)) },
  };
}
