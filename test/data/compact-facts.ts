// One line per fact, so that a fixture can state every fact an article gives and nothing more.
import { FACT_KINDS, type FactKind, type RelationsRecord } from '../../data/schema/index.ts';

const people = (list: { name: string; office?: string; country: string }[] = []) =>
  list.map((p) => `${p.office ? `${p.office} ` : ''}${p.name} (${p.country})`).join(', ');

/** The kinds a fixture lists, in the order of a record: every kind but borders, which no article gives today. */
export type LineKind = Exclude<FactKind, 'borders'>;
export const LINE_KINDS = FACT_KINDS.filter((kind): kind is LineKind => kind !== 'borders');

/** Every fact of a record as a short readable line, grouped by kind. */
export function compact(record: RelationsRecord): Record<LineKind, string[]> {
  return {
    events: record.events.map((e) => `${e.type} ${e.date}`),
    missions: record.missions.map(
      (m) =>
        `${m.sender}→${m.host} ${m.kind}${m.city ? ` in ${m.city}` : ''}${m.district ? ` (${m.district})` : ''} ${m.residency}${
          m.accreditedFrom ? ` from ${m.accreditedFrom.city ?? ''} ${m.accreditedFrom.country}` : ''
        }${m.opened ? ` opened ${m.opened}` : ''} ${m.status}`,
    ),
    memberships: record.memberships.map(
      (m) =>
        `${m.organization}: ${Object.entries(m.statuses)
          .map(([cc, s]) => `${cc} ${s}`)
          .sort()
          .join(', ')}`,
    ),
    agreements: record.agreements.map((a) => `${a.date ?? '?'} ${a.kind} "${a.title}"`),
    visits: record.visits.map(
      (v) =>
        `${v.date} ${v.from}→${v.to} ${people(v.visitors)}${v.counterparts ? ` meeting ${people(v.counterparts)}` : ''}${
          v.first ? ' (first)' : ''
        }${v.purpose ? ` to ${v.purpose}` : ''}`,
    ),
    assistance: record.assistance.map(
      (a) =>
        `${a.date ?? '?'} ${a.donor}→${a.recipient} ${a.kind}${a.money ? ` ${a.money.amount} ${a.money.currency}` : ''}${
          a.items ? ` ${a.items.map((i) => `${i.quantity ?? ''} ${i.item}`.trim()).join(' + ')}` : ''
        }${a.purpose ? ` for ${a.purpose}` : ''}`,
    ),
    diaspora: record.diaspora.map(
      (d) => `${d.origin} in ${d.residence}: ${d.approximate ? '~' : ''}${d.population}${d.date ? ` (${d.date})` : ''}`,
    ),
  };
}
