// The record of a pair from the two states' reference documents: the missions each keeps for the other, the
// organisations both belong to (with each side's standing), and whether they share a land border.
import {
  type Border,
  type CountryDocument,
  type Membership,
  type MembershipStatus,
  type Mission,
  type Provenance,
  pairId,
  type RelationsRecord,
  type Source,
} from '../schema/index.ts';

/**
 * The pair's record, in the order of its id, or undefined when the datasets hold nothing for it (no mission
 * either way, no organisation in common, no border). Pure, and cheap enough to run per request.
 */
export function composePair(one: CountryDocument, other: CountryDocument): RelationsRecord | undefined {
  const [a, b] = one.code < other.code ? [one, other] : [other, one];
  const missions: Mission[] = [
    ...a.missions.filter((m) => m.host === b.code),
    ...b.missions.filter((m) => m.host === a.code),
  ];
  const memberships = sharedMemberships(a, b);
  const border = a.borders.find((x) => x.country === b.code);
  if (!missions.length && !memberships.length && !border) return undefined;
  const borders: Border[] = [
    border ? { shared: true, provenance: border.provenance } : { shared: false, provenance: [a.profile, b.profile] },
  ];
  const facts = { missions, memberships, borders };
  return {
    schemaVersion: 1,
    id: pairId(a.code, b.code),
    countries: [a.code, b.code],
    title: `${a.name}–${b.name} relations`,
    events: [],
    missions,
    memberships,
    agreements: [],
    visits: [],
    assistance: [],
    diaspora: [],
    borders,
    seeAlso: [],
    sources: citedSources([...a.sources, ...b.sources], facts),
  };
}

/** Standings that tie a state to an organisation; an observer or a former member is only near it. */
const TIES = new Set<MembershipStatus>(['member', 'associate', 'candidate', 'applicant', 'suspended']);

/**
 * Organisations where both states have a standing and at least one is tied to it (two observers of SAARC are
 * not a bond), in the order of the curated list.
 */
function sharedMemberships(a: CountryDocument, b: CountryDocument): Membership[] {
  const ofB = new Map(b.memberships.map((m) => [m.organization, m]));
  const shared: Membership[] = [];
  for (const mine of a.memberships) {
    const theirs = ofB.get(mine.organization);
    if (!theirs || !(TIES.has(mine.status) || TIES.has(theirs.status))) continue;
    const since = {
      ...(mine.since ? { [a.code]: mine.since } : {}),
      ...(theirs.since ? { [b.code]: theirs.since } : {}),
    };
    const provenance: Provenance[] = [...mine.provenance];
    for (const p of theirs.provenance) {
      if (!provenance.some((q) => q.source === p.source && q.item === p.item)) provenance.push(p);
    }
    const notes = [mine.note, theirs.note].filter(Boolean);
    shared.push({
      organization: mine.organization,
      ...(mine.name ? { name: mine.name } : {}),
      statuses: { [a.code]: mine.status, [b.code]: theirs.status },
      ...(Object.keys(since).length ? { since } : {}),
      ...(notes.length ? { note: notes.join(' ') } : {}),
      provenance,
    });
  }
  return shared;
}

/** The sources that some fact cites, each once, in first-cited order. */
function citedSources(sources: Source[], facts: Record<string, { provenance: Provenance[] }[]>): Source[] {
  const ids = new Set<string>();
  for (const list of Object.values(facts)) for (const fact of list) for (const p of fact.provenance) ids.add(p.source);
  const byId = new Map(sources.map((s) => [s.id, s]));
  return [...ids].flatMap((id) => {
    const source = byId.get(id);
    return source ? [source] : [];
  });
}
