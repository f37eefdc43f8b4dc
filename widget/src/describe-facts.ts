// Turns facts into the card's words: every label is built from the fact's fields, in the card's language.
import { fill, type Localizer } from './format.ts';
import type { Assistance, Diaspora, Membership, Mission, Visit } from './record.ts';
import type { TimelineEntry } from './summarize-record.ts';

/** A mission: its kind, where it is, where a non-resident one is accredited from, and if not open, its status. */
export function describeMission(L: Localizer, mission: Mission): string {
  const m = L.messages;
  const kind = m.missionKind[mission.kind] ?? m.missionKind.other;
  let text = mission.residency === 'resident' && mission.city ? fill(m.missionIn, { kind, city: mission.city }) : kind;
  if (mission.residency === 'non-resident' && mission.accreditedFrom) {
    const { city, country } = mission.accreditedFrom;
    const place = [city, L.country(country)].filter(Boolean).join(', ');
    text += `, ${fill(m.accreditedFrom, { place })}`;
  }
  if (mission.status !== 'open') {
    text += ` (${[m.missionStatus[mission.status], mission.opened && L.date(mission.opened)].filter(Boolean).join(', ')})`;
  }
  return text;
}

/** Each side's standing in an organization: "Albania (candidate), Denmark (member)". */
export function describeMembership(L: Localizer, membership: Membership, codes: readonly string[]): string {
  return codes
    .map((code) => {
      const status = membership.statuses[code];
      return `${L.country(code)} (${status ? L.messages.membershipStatus[status] : L.messages.noData})`;
    })
    .join(', ');
}

/** Who visited, from where to where, and whether it was the first such visit. */
export function describeVisit(L: Localizer, visit: Visit, route = L.messages.visitRoute): string {
  const people = visit.visitors.map((p) => (p.office ? `${p.name} (${p.office})` : p.name)).join(', ');
  const fromTo = fill(route, { from: L.country(visit.from), to: L.country(visit.to) });
  const text = route === L.messages.visitRoute ? `${people}, ${fromTo}` : `${fromTo}: ${people}`;
  return visit.first ? `${text} · ${L.messages.firstVisit}` : text;
}

/** What was given (money, items with quantities) and what for; no totals beyond what the record states. */
export function describeAssistance(L: Localizer, aid: Assistance): string {
  const what = [
    aid.money ? L.money(aid.money) : '',
    ...(aid.items ?? []).map((i) => (i.quantity === undefined ? i.item : `${L.number(i.quantity)} ${i.item}`)),
  ].filter(Boolean);
  return [what.join(', '), aid.purpose].filter(Boolean).join(' · ');
}

/** The diaspora figure, with "about" where the record says it is approximate. */
export function describeDiaspora(L: Localizer, d: Diaspora): string {
  const forms = d.approximate ? L.messages.diasporaApprox : L.messages.diasporaExact;
  const text = L.plural(forms, d.population, { origin: L.country(d.origin), residence: L.country(d.residence) });
  return d.date ? `${text} (${L.date(d.date)})` : text;
}

/** The label of one timeline entry. */
export function describeTimelineEntry(L: Localizer, entry: TimelineEntry): string {
  const m = L.messages;
  switch (entry.kind) {
    case 'event':
      return m.event[entry.claim.fact.type];
    case 'mission': {
      const mission = entry.claim.fact;
      return fill(m.missionOpened, {
        kind: m.missionKind[mission.kind],
        sender: L.country(mission.sender),
        city: mission.city ?? L.country(mission.host),
      });
    }
    case 'agreement':
      return m.agreementKind[entry.claim.fact.kind] ?? m.agreementKind.other ?? '';
    case 'visit':
      return describeVisit(L, entry.claim.fact, m.visitTimeline);
    case 'assistance':
      return `${fill(m.assistanceTimeline, { donor: L.country(entry.claim.fact.donor) })}: ${describeAssistance(L, entry.claim.fact)}`;
  }
}
