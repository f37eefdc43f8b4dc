// Puts facts into the card's words: each phrase is a message of the card's language with the fact's values filled in.
// Words a record holds in English (offices, organisations) are translated from tables; what only a source's free
// text says (a purpose, an item, a note) stays English and is marked `lang="en"`.
import type { MissionLine, TimelineEntry } from './card-view.ts';
import { CITIES_SHOWN } from './card-view.ts';
import type { Localizer } from './format.ts';
import { html } from './lit-tags.ts';
import type { Assistance, Diaspora, Membership, Mission, Person, Visit } from './record.ts';

/** Text only a source's English gives: marked as English where the card speaks another language. */
export function english(L: Localizer, text: string): unknown {
  return L.lang === 'en' ? text : html`<span lang="en">${text}</span>`;
}

/** An office in the card's language where the table knows it ("Vice-President and Foreign Minister" too). */
function office(L: Localizer, text: string): unknown {
  const { offices, bothOffices } = L.messages;
  if (L.lang === 'en') return text;
  const known = offices[text];
  if (known) return known;
  const [a = '', b = '', ...rest] = text.split(' and ');
  const both = !rest.length && offices[a] && offices[b];
  return both ? L.fill(bothOffices, { a: offices[a] ?? a, b: offices[b] ?? b }) : english(L, text);
}

/** The people of a visit, each with their office. */
export function people(L: Localizer, persons: readonly Person[]): unknown[] {
  return L.list(
    persons.map((p) =>
      p.office ? L.parts(L.messages.personOffice, { name: p.name, office: office(L, p.office) }) : p.name,
    ),
  );
}

/** An organisation's label in the card's language, with its full name at hand where there is one. */
export function organization(L: Localizer, membership: Membership): unknown {
  const local = L.messages.organizations[membership.organization];
  const label = local?.label ?? membership.organization;
  const name = local ? local.name : L.lang === 'en' ? membership.name : undefined;
  const shown = local || L.lang === 'en' ? label : english(L, label);
  return name ? html`<abbr title=${name}>${shown}</abbr>` : shown;
}

/** Each side's standing in an organisation: "Albania (candidate), Denmark (member)". */
export function standings(L: Localizer, membership: Membership, codes: readonly string[]): unknown[] {
  const m = L.messages;
  return L.list(
    codes.map((code) => {
      const status = membership.statuses[code];
      return L.fill(m.standing, { country: L.country(code), status: status ? m.membershipStatus[status] : m.noData });
    }),
  );
}

/** A mission: its kind, where it is, where a non-resident one is accredited from, and if not open, its status. */
export function mission(L: Localizer, f: Mission): string {
  const m = L.messages;
  const kind = m.missionKind[f.kind] ?? m.missionKind.other;
  let text = kind;
  if (f.residency === 'resident' && f.city) text = L.fill(m.missionIn, { kind, city: f.city });
  else if (f.residency === 'non-resident' && f.accreditedFrom) {
    const { city, country } = f.accreditedFrom;
    const place = city ? L.fill(m.place, { city, country: L.country(country) }) : L.country(country);
    text = L.fill(m.missionAccredited, { kind, place });
  }
  if (f.status === 'open') return text;
  const status = m.missionStatus[f.status];
  return f.opened
    ? L.fill(m.missionWithStatusDate, { mission: text, status, date: L.date(f.opened) })
    : L.fill(m.missionWithStatus, { mission: text, status });
}

/** A mission's Wikidata item, when the fact came from Wikidata (Wikidata asks for the link as credit). */
function wikidataItem(fact: Mission): string | undefined {
  return fact.provenance.find((p) => p.method === 'dataset' && /^Q\d+$/.test(p.item ?? ''))?.item;
}

/** The text, linked to the mission's Wikidata item where it has one. */
export function linkedToItem(fact: Mission, text: unknown): unknown {
  const item = wikidataItem(fact);
  return item
    ? html`<a href=${`https://www.wikidata.org/wiki/${item}`} target="_blank" rel="noopener">${text}</a>`
    : text;
}

/** A line of consulates of one kind in full: "Consulates general in Bordeaux, Lyon and 2 more", cities linked. */
export function consulates(L: Localizer, line: Extract<MissionLine, { kind: 'group' }>): unknown[] {
  const m = L.messages;
  const shown = line.claims.slice(0, CITIES_SHOWN);
  const cities = L.list(shown.map((c) => linkedToItem(c.fact, c.fact.city ?? '')));
  const more = line.claims.length - shown.length;
  const list = more ? L.parts(m.andMore, { list: cities, n: L.number(more) }) : cities;
  return L.parts(m.missionIn, { kind: m.missionKindPlural[line.missionKind], city: list });
}

/** A line of consulates counted, for the compact card: "4 consulates general". */
export function consulateCount(L: Localizer, line: Extract<MissionLine, { kind: 'group' }>): string {
  const forms = L.messages.consularCount[line.missionKind as keyof typeof L.messages.consularCount];
  return forms ? L.plural(forms, line.claims.length) : L.messages.missionKindPlural[line.missionKind];
}

/** Who visited, from where to where, and whether it was the first such visit. */
export function visit(L: Localizer, v: Visit): unknown[] {
  const m = L.messages;
  const text = L.parts(m.visit, { visitors: people(L, v.visitors), from: L.country(v.from), to: L.country(v.to) });
  return v.first ? L.parts(m.firstVisit, { visit: text }) : text;
}

/** What was given (money, items with quantities) and what for; no totals beyond what the record states. */
export function aid(L: Localizer, a: Assistance): unknown[] {
  const m = L.messages;
  const items = (a.items ?? []).map((i) =>
    i.quantity === undefined
      ? english(L, i.item)
      : L.parts(m.quantity, { n: L.number(i.quantity), item: english(L, i.item) }),
  );
  const what = L.list([...(a.money ? [L.money(a.money)] : []), ...items]);
  if (!a.purpose) return what;
  const purpose = english(L, a.purpose);
  return what.length ? L.parts(m.aidFor, { what, purpose }) : [purpose];
}

/** The diaspora figure, with "about" where the record says it is approximate. */
export function diaspora(L: Localizer, d: Diaspora): string {
  const m = L.messages;
  const values = { origin: L.country(d.origin), residence: L.country(d.residence) };
  const text = L.plural(d.approximate ? m.diasporaApprox : m.diasporaExact, d.population, values);
  return d.date ? L.fill(m.asOf, { fact: text, date: L.date(d.date) }) : text;
}

/** The words of one timeline entry. */
export function timelineEntry(L: Localizer, entry: TimelineEntry): unknown {
  const m = L.messages;
  switch (entry.kind) {
    case 'event':
      return m.event[entry.claim.fact.type];
    case 'mission': {
      const f = entry.claim.fact;
      const values = { kind: m.missionKind[f.kind], sender: L.country(f.sender), city: f.city ?? L.country(f.host) };
      return L.fill(m.missionOpened, values);
    }
    case 'agreement':
      return m.agreementKind[entry.claim.fact.kind] ?? m.agreementKind.other;
    case 'visit': {
      const v = entry.claim.fact;
      return L.parts(m.visitTimeline, {
        from: L.country(v.from),
        to: L.country(v.to),
        visitors: people(L, v.visitors),
      });
    }
    case 'assistance':
      return L.parts(m.assistanceTimeline, { donor: L.country(entry.claim.fact.donor), aid: aid(L, entry.claim.fact) });
  }
}
