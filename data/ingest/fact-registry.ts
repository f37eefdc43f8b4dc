// One entry per fact kind: its schema, its rules, which facts are the same claim, and how they merge.
import type * as z from 'zod';
import { FACT_IDENTITY, type FactIdentity, type FactOf } from '../facts/fact-identity.ts';
import { mergeSameFacts } from '../facts/merge-facts.ts';
import {
  Agreement,
  Assistance,
  Border,
  Diaspora,
  type FactKind,
  Membership,
  Mission,
  RelationsEvent,
  Visit,
} from '../schema/index.ts';
import type { SentenceContext } from './context/sentence-context.ts';
import { agreements } from './kinds/agreements.ts';
import { assistance } from './kinds/assistance.ts';
import { diaspora } from './kinds/diaspora.ts';
import { events } from './kinds/events.ts';
import { memberships } from './kinds/memberships.ts';
import { missions } from './kinds/missions.ts';
import { visits } from './kinds/visits.ts';
import type { RuleSet } from './pattern/rule-set.ts';

/** How a kind is read from sentences: its rules (data) and the reader that turns their matches into facts. */
export type KindReader<K extends FactKind> = {
  rules: RuleSet<object>[];
  read(sentence: SentenceContext): FactOf<K>[];
};

/** Everything the pipeline knows about one fact kind. */
export type FactKindEntry<K extends FactKind> = {
  kind: K;
  schema: z.ZodType;
  /** Absent for kinds no article sentence states (borders come from reference data). */
  reader?: KindReader<K>;
  identity: FactIdentity<FactOf<K>>;
  /** The facts with each claim once, provenances joined: linear (keyed by `identity.key`). */
  merge(facts: readonly FactOf<K>[]): FactOf<K>[];
};

function entry<K extends FactKind>(
  kind: K,
  schema: z.ZodType,
  reader?: KindReader<K>,
  refine: (facts: FactOf<K>[]) => FactOf<K>[] = (facts) => facts,
): FactKindEntry<K> {
  const identity = FACT_IDENTITY[kind] as FactIdentity<FactOf<K>>;
  return {
    kind,
    schema,
    ...(reader ? { reader } : {}),
    identity,
    merge: (facts) => refine(mergeSameFacts(facts, identity)),
  };
}

/** "the Danish embassy in Serbia" adds nothing beside "Denmark has an embassy in Belgrade": the vaguer one goes. */
function withoutVaguerMissions(missions: Mission[]): Mission[] {
  const placed = new Set(
    missions
      .filter((m) => m.city && m.residency === 'resident')
      .map((m) => `${m.sender}>${m.host}:${m.kind}:${m.status}`),
  );
  return missions.filter(
    (m) => m.city || m.residency !== 'resident' || !placed.has(`${m.sender}>${m.host}:${m.kind}:${m.status}`),
  );
}

/** The registry, in the order kinds are read: missions before visits, whose places they teach. */
export const FACT_REGISTRY: { [K in FactKind]: FactKindEntry<K> } = {
  events: entry('events', RelationsEvent, events),
  missions: entry('missions', Mission, missions, withoutVaguerMissions),
  memberships: entry('memberships', Membership, memberships),
  agreements: entry('agreements', Agreement, agreements),
  visits: entry('visits', Visit, visits),
  assistance: entry('assistance', Assistance, assistance),
  diaspora: entry('diaspora', Diaspora, diaspora),
  borders: entry('borders', Border),
};
