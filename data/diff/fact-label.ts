// A fact in a few words, for the diff's summary and pull-request body: one entry per fact kind.
import type { FactOf } from '../facts/fact-identity.ts';
import type { FactKind } from '../schema/index.ts';

const names = (people: { name: string }[] | undefined) => (people ?? []).map((p) => p.name).join(', ');
const at = (date: string | undefined) => (date ? ` (${date})` : '');

const LABELS: { [K in FactKind]: (fact: FactOf<K>) => string } = {
  events: (e) => `${e.type} ${e.date}`,
  missions: (m) => {
    const where =
      m.residency === 'resident'
        ? `in ${m.city ?? m.host}`
        : `for ${m.host} from ${m.accreditedFrom?.city ? `${m.accreditedFrom.city}, ` : ''}${m.accreditedFrom?.country ?? '?'}`;
    return `${m.sender} ${m.kind} ${where}, ${m.status}${m.opened ? ` since ${m.opened}` : ''}`;
  },
  memberships: (m) =>
    `${m.organization}: ${Object.entries(m.statuses)
      .map(([code, status]) => `${code} ${status}`)
      .join(', ')}`,
  agreements: (g) => `${g.kind} agreement "${g.title}"${at(g.date)}`,
  visits: (v) => `${v.from}→${v.to} visit ${v.date}: ${names(v.visitors)}`,
  assistance: (s) =>
    `${s.donor}→${s.recipient} ${s.kind}${s.money ? ` ${s.money.amount} ${s.money.currency}` : ''}${at(s.date)}`,
  diaspora: (d) => `${d.approximate ? 'about ' : ''}${d.population} from ${d.origin} in ${d.residence}${at(d.date)}`,
  borders: (b) => (b.shared ? 'shares a land border' : 'no land border'),
};

/** A few words naming `fact` of `kind`, with its rank when a curator gave it one. */
export function factLabel(kind: FactKind, fact: Record<string, unknown>): string {
  const label = (LABELS[kind] as (f: unknown) => string)(fact);
  return fact.rank && fact.rank !== 'normal' ? `${label} [${fact.rank}]` : label;
}
