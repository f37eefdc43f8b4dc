// Which facts are the same thing, and which compete: decided once, for the ingester, curation, the reference data
// and data:build alike.
import type {
  Agreement,
  Assistance,
  Border,
  Diaspora,
  FactKind,
  Membership,
  Mission,
  RelationsEvent,
  RelationsRecord,
  Visit,
} from '../schema/index.ts';
import { datesAgree, yearOf } from './dates-agree.ts';

/** How facts of one kind are told apart. */
export interface FactIdentity<T> {
  /**
   * What the fact is about. Claims with the same subject compete: one a curator ranked lower is shown as disputed
   * beside the one that stands.
   */
  subject(fact: T): string;
  /**
   * A coarse key: two facts can only be the same claim when their keys are equal, so merging is a map lookup and
   * stays linear in the number of facts.
   */
  key(fact: T): string;
  /** Among facts with equal keys, whether two are the same claim (told twice, or at another precision). */
  same(a: T, b: T): boolean;
}

/** Lower case, without accents or punctuation: "Reykjavík" and "Reykjavik" name one city. */
export const normalizeName = (name: string | undefined): string =>
  (name ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const people = (list: { name: string }[] | undefined) =>
  (list ?? [])
    .map((p) => normalizeName(p.name))
    .sort()
    .join('+');

/** Where a mission is: its city, or where a non-resident one is accredited from. */
const missionPlace = (m: Mission) =>
  m.residency === 'resident'
    ? normalizeName(m.city)
    : `${m.accreditedFrom?.country ?? ''} ${normalizeName(m.accreditedFrom?.city)}`;

const statusesAgree = (a: Membership['statuses'], b: Membership['statuses']) =>
  Object.entries(a).every(([country, status]) => b[country] === undefined || b[country] === status);

/** The identity of each fact kind. */
export const FACT_IDENTITY: { [K in FactKind]: FactIdentity<FactOf<K>> } = {
  events: {
    subject: (e: RelationsEvent) => e.type,
    key: (e: RelationsEvent) => `${e.type}@${yearOf(e.date)}`,
    same: (a, b) => datesAgree(a.date, b.date),
  },
  missions: {
    subject: (m: Mission) => `${m.sender}>${m.host}:${m.status}`,
    key: (m: Mission) => `${m.sender}>${m.host}:${m.status}:${m.kind}:${m.residency}:${missionPlace(m)}`,
    same: (a, b) => datesAgree(a.opened, b.opened),
  },
  memberships: {
    subject: (m: Membership) => m.organization,
    key: (m: Membership) => m.organization,
    same: (a, b) => statusesAgree(a.statuses, b.statuses),
  },
  agreements: {
    subject: (g: Agreement) => normalizeName(g.title),
    key: (g: Agreement) => `${normalizeName(g.title)}@${yearOf(g.date)}`,
    same: (a, b) => a.kind === b.kind && datesAgree(a.date, b.date),
  },
  visits: {
    subject: (v: Visit) => `${v.from}>${v.to}@${yearOf(v.date)}:${people(v.visitors)}`,
    key: (v: Visit) => `${v.from}>${v.to}@${yearOf(v.date)}:${people(v.visitors)}`,
    same: (a, b) => datesAgree(a.date, b.date),
  },
  assistance: {
    subject: (s: Assistance) => `${s.donor}>${s.recipient}@${yearOf(s.date)}:${s.kind}`,
    key: (s: Assistance) =>
      `${s.donor}>${s.recipient}@${yearOf(s.date)}:${s.kind}:${s.money ? `${s.money.amount} ${s.money.currency}` : ''}:${(
        s.items ?? []
      )
        .map((i) => `${i.quantity ?? ''} ${normalizeName(i.item)}`)
        .join('+')}`,
    same: (a, b) => datesAgree(a.date, b.date),
  },
  diaspora: {
    subject: (d: Diaspora) => `${d.origin}>${d.residence}`,
    key: (d: Diaspora) => `${d.origin}>${d.residence}:${d.population}`,
    same: (a, b) => datesAgree(a.date, b.date),
  },
  borders: {
    subject: () => 'land',
    key: (b: Border) => String(b.shared),
    same: () => true,
  },
};

/** The fact type of a kind: a record's claim of that kind, without the lower-ranked claims it carries. */
export type FactOf<K extends FactKind> = Omit<RelationsRecord[K][number], 'disputed'>;
