// Turns what an article told into the card's words: visits, assistance, diaspora and timeline entries.
import type { Localizer } from './format.ts';
import type { Assistance, Diaspora, Visit } from './record.ts';
import type { TimelineEntry } from './summarize-article.ts';

/** Who visited, from where to where, and whether it was the first such visit. */
export function describeVisit(L: Localizer, visit: Visit, route = L.messages.visitRoute): string {
  const people = visit.visitors.map((p) => (p.office ? `${p.name} (${p.office})` : p.name)).join(', ');
  const fromTo = L.fill(route, { from: L.country(visit.from), to: L.country(visit.to) });
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
      return L.fill(m.missionOpened, {
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
      return `${L.fill(m.assistanceTimeline, { donor: L.country(entry.claim.fact.donor) })}: ${describeAssistance(L, entry.claim.fact)}`;
  }
}
