// High-level visits: who went where and when, who they met and why; in prose, and in lists under "visits from A to B".
import type { Visit } from '../../schema/index.ts';
import { inPair, otherOf, previousOf, provenanceOf, type SentenceContext } from '../context/sentence-context.ts';
import { lexicon } from '../lexicon/lexicon.ts';
import { type Capture, captured, countryOf } from '../pattern/match-pattern.ts';
import { RuleSet } from '../pattern/rule-set.ts';
import type { Tag } from '../tag/tag.ts';
import { nameAt } from '../tag/tag-people.ts';
import { keyBefore } from '../text/tokenize.ts';
import { firstForAWhile, firstOf, purposeOf } from './visit-details.ts';
import { fromListItem, listDirection } from './visit-lists.ts';
import { type PersonAt, startOf, toPerson } from './visit-people.ts';

const MACROS = {
  OCCASION: '{coronation|funeral|inauguration|swearing-in|investiture|enthronement|wedding|jubilee|burial}',
  PARLIAMENT:
    '{parliament|congress|senate|national assembly|diet|bundestag|sejm|riksdag|storting|folketing|knesset|legislature|house of commons}',
};

type Meaning = { shape: 'to' | 'met' | 'hosted' | 'first' | 'possessive' };

/** Where a visit went, as data: each rule captures the destination (`to`) or the host country. */
const VISIT_RULES = new RuleSet<Meaning>(
  [
    {
      pattern:
        '({visit} | {pay|make} [{a|an|his|her|their}] ...3 {visit|trip} to | [{state|official|working|first|historic}] {visit|trip} to | {travel|go|come|fly|return} [back] to | {arrive} in | {tour} | tour of | {attend} ...6 in):verb [the] [capital of] [the] {PLACE+:to}',
      shape: 'to',
    },
    { pattern: '{visit|trip}:verb ...10 to [the] {PLACE:to}', shape: 'to' },
    // "was present at the coronation of King George Tupou V of Tonga": an occasion of the other country's state.
    {
      pattern:
        '({attend} | {be} present at):verb [the] [{state|royal|official|presidential}] @OCCASION of ...6 {COUNTRY.pair:to}',
      shape: 'to',
    },
    { pattern: '{lead|head}:verb [{a|an|the}] ...3 {delegation|mission} to [the] {PLACE:to}', shape: 'to' },
    { pattern: '{visit|tour}:verb [the] ...3 {in|of} [the] {PLACE:to}', shape: 'to' },
    {
      pattern:
        "({address} | {speak} {to|before}):verb [{a|an}] [{joint}] [{session|sitting|meeting} of] [the] ({COUNTRY.pair:to} ['s] @PARLIAMENT | @PARLIAMENT of [the] {COUNTRY.pair:to})",
      shape: 'to',
    },
    { pattern: '{meet|talk|receive|host|hold|welcome}:verb ...20 in [the] {PLACE:to}', shape: 'met' },
    { pattern: '{welcome|invite|receive}:verb ...8 to [the] {PLACE:to}', shape: 'met' },
    { pattern: "{COUNTRY.pair:to} ['s] ...8 {host|receive|welcome}:verb", shape: 'hosted' },
  ],
  MACROS,
);

/** "N became the first Turkish president to visit Greece". */
const FIRST_RULE = new RuleSet<object>(
  [
    {
      pattern:
        '{NAME:name} {become|be} the first [{COUNTRY.adj:country}] (_ [_] [_]):office [of [the] {COUNTRY.pair:country}] to [{officially|formally}] ({visit} | {make|pay} [{a|an}] ...2 {visit|trip} to) [the] {PLACE:to}',
    },
  ],
  {},
);

/** "N hosted (his Greek counterpart) M": M is the visitor. */
const HOSTED_RULE = new RuleSet<object>(
  [{ pattern: '{host|receive|welcome|greet} [{his|her|their}] [{COUNTRY.adj}] [counterpart] [,] {NAME:visitor}' }],
  {},
);

/** "X's visit to Y": a possessive glued to a name. */
const POSSESSIVE_RULE = new RuleSet<object>(
  [{ pattern: "{NAME:visitor} 's [{state|official|first|historic}] {visit|trip} to [the] {PLACE:to}" }],
  {},
);

/** Words one of the visit rules needs: a sentence with none of them tells no visit. */
const VISIT_WORDS = [
  'lead',
  'head',
  'visit',
  'trip',
  'tour',
  'travel',
  'go',
  'come',
  'fly',
  'return',
  'arrive',
  'attend',
  'meet',
  'talk',
  'receive',
  'host',
  'hold',
  'welcome',
  'address',
  'speak',
  'present',
  'greet',
  '|',
];
const OCCASIONS = new Set([
  'inauguration',
  'funeral',
  'wedding',
  'coronation',
  'swearing-in',
  'investiture',
  'burial',
  'memorial',
  'enthronement',
  'jubilee',
  'birthday',
]);
const TITLE_WORDS = new Set([
  'prime',
  'minister',
  'president',
  'head',
  'state',
  'government',
  'foreign',
  'king',
  'queen',
  'chancellor',
  'premier',
  'emperor',
  'monarch',
]);

/** The country of a captured place: a country, a known city, a city with its country written after it. */
function placeCountry(sentence: SentenceContext, capture: Capture | undefined): string | undefined {
  const tag = capture?.tag;
  if (!tag) return undefined;
  if (tag.type === 'COUNTRY') return (tag as Tag<'COUNTRY'>).value.code;
  const city = (tag as Tag<'CITY'>).value;
  const { tokens } = sentence.tagged;
  if (tokens[tag.end]?.key === ',') {
    const written = sentence.tagged.first(tag.end + 1 + (tokens[tag.end + 1]?.key === 'the' ? 1 : 0), 'COUNTRY');
    if (written && lexicon().countries.get(written.value.code)?.independent) return written.value.code;
  }
  return city.country ?? lexicon().cityCountry.get(city.name.toLowerCase()) ?? sentence.article.cityCountry(city.name);
}

/** A visit told in prose (one clause of a sentence). */
function fromProse(sentence: SentenceContext, from0: number, to0: number, withPurpose: boolean): Visit[] {
  const { tagged } = sentence;
  const tokens = tagged.tokens;
  // "The same year, Golda Meir visited Manila": the year of the sentence before.
  const sameYear = / (?:the same|that) year /.test(
    ` ${tokens
      .slice(from0, Math.min(to0, from0 + 6))
      .map((t) => t.key)
      .join(' ')} `,
  );
  const carried = sameYear ? previousOf(sentence)?.tagged.all('DATE').at(-1) : undefined;
  const own = tagged.all('DATE').filter((d) => d.start >= from0 && d.end <= to0);
  const dates = own.length ? own : carried ? [{ ...carried, value: { edtf: carried.value.edtf.slice(0, 4) } }] : [];
  if (!dates.length) return [];
  const inClause = <T extends { start: number }>(list: T[]) => list.filter((x) => x.start >= from0 && x.start < to0);
  let to: string | undefined;
  let where = -1;
  let shape: Meaning['shape'] | undefined;
  for (const { rule, match } of VISIT_RULES.run(sentence)) {
    if (match.start < from0 || match.start >= to0) continue;
    // "visited Adana and Ankara": the first place of the list whose country is known.
    const places = match.captures.get('to') ?? [];
    const place = places.find((c) => placeCountry(sentence, c) !== undefined) ?? places[0];
    const code = rule.shape === 'hosted' ? countryOf(places[0]) : placeCountry(sentence, place);
    if (!inPair(sentence, code)) continue;
    to = code;
    where =
      rule.shape === 'hosted'
        ? (captured(match, 'verb')?.start ?? match.start)
        : (captured(match, 'to')?.start ?? match.start);
    shape = rule.shape;
    break;
  }
  const people: PersonAt[] = inClause(tagged.all('PERSON')).map((p) => ({ ...p.value, start: p.start, end: p.end }));
  let firstVisit = false;
  for (const { match } of FIRST_RULE.run(sentence)) {
    if (match.start < from0 || match.start >= to0) continue;
    const name = captured(match, 'name') as Capture;
    const officeCap = captured(match, 'office') as Capture;
    const office = tagged
      .text(officeCap.start, officeCap.end)
      .replace(/(^|\s)(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase())
      .replace(/\b(Of|For|And)\b/g, (w) => w.toLowerCase());
    if (!tokens.slice(officeCap.start, officeCap.end).some((t) => TITLE_WORDS.has(t.key))) continue;
    const country = countryOf(captured(match, 'country'));
    const dest = placeCountry(sentence, captured(match, 'to'));
    if (!inPair(sentence, dest)) continue;
    to ??= dest;
    where = where < 0 ? (captured(match, 'to')?.start ?? match.start) : where;
    if (!people.some((p) => p.start <= name.start && name.start < p.end))
      people.push({
        name: tagged.text(name.start, name.end),
        office,
        ...(country ? { country } : {}),
        start: name.start,
        end: name.end,
      });
    firstVisit = true;
  }
  for (const { match } of POSSESSIVE_RULE.run(sentence)) {
    const visitor = captured(match, 'visitor') as Capture;
    const dest = placeCountry(sentence, captured(match, 'to'));
    if (!inPair(sentence, dest) || visitor.start < from0 || visitor.start >= to0) continue;
    to ??= dest;
    if (where < 0) where = captured(match, 'to')?.start ?? match.start;
    if (!people.some((p) => p.start <= visitor.start && visitor.start < p.end)) {
      const tag = visitor.tag as Tag<'PERSON'>;
      people.push({ ...tag.value, start: visitor.start, end: visitor.end });
    }
  }
  if (!to) return [];
  const from = otherOf(sentence, to);
  // "hosted Erdoğan": the one hosted is a visitor even with no office.
  let hostedVisitor: PersonAt | undefined;
  for (const { match } of HOSTED_RULE.run(sentence)) {
    const v = captured(match, 'visitor') as Capture;
    if (v.start < from0 || v.start >= to0) continue;
    const tag = v.tag as Tag<'PERSON'>;
    const existing = people.find((p) => p.start <= v.start && v.start < p.end);
    hostedVisitor = existing ?? { ...tag.value, country: from, start: v.start, end: v.end };
    if (!existing) people.push(hostedVisitor);
    break;
  }
  // The person of an occasion after the destination ("the inauguration of President X") is no one the visitor met.
  const kept = people.filter(
    (p) => p.start < where || !tokens.slice(Math.max(0, startOf(p) - 6), startOf(p)).some((t) => OCCASIONS.has(t.key)),
  );
  const before = (p: PersonAt, words: string[]) => words.includes(keyBefore(tokens, startOf(p)));
  const hostsAfter = (p: PersonAt) => {
    let i = p.end;
    if (tokens[i]?.key === "'s") i++;
    if (tokens[i]?.key === ',') {
      while (i < tokens.length && i < p.end + 12 && tokens[i + 1]?.key !== ',') i++;
      i += 2;
    }
    return ['host', 'receive', 'welcome', 'greet'].includes(tokens[i]?.lemma ?? '');
  };
  const explicitVisitor = kept.some((p) => p.country === from && startOf(p) < where);
  const hostSide = (p: PersonAt) =>
    p !== hostedVisitor &&
    (p.country === to ||
      (p.country === undefined &&
        (before(p, ['with', 'by', 'met']) ||
          hostsAfter(p) ||
          (explicitVisitor &&
            startOf(p) > where &&
            !before(p, ['and', 'by']) &&
            !tokens
              .slice(Math.max(0, startOf(p) - 4), startOf(p))
              .some((t) => ['accompanied', 'along', 'together'].includes(t.key))))));
  const sorted = [...kept].sort((a, b) => a.start - b.start);
  const host = new Set<PersonAt>();
  sorted.forEach((p, i) => {
    const prior = sorted[i - 1];
    const listed =
      prior &&
      host.has(prior) &&
      p.country === undefined &&
      tokens.slice(prior.end, startOf(p)).every((t) => [',', 'and', 'the'].includes(t.key));
    if (hostSide(p) || listed) host.add(p);
  });
  // "Møller came ... as Foreign Minister Per Stig Møller": one person named twice is one visitor.
  const visitors = sorted
    .filter((p, i) => !host.has(p) && (p.country ?? from) === from && sorted.findIndex((q) => q.name === p.name) === i)
    .map((p) => toPerson(p, from));
  const counterparts = sorted.filter((p) => host.has(p)).map((p) => toPerson(p, to));
  if (!visitors.length) return [];
  if (shape === 'met' && !kept.some((p) => p.country === from || p === hostedVisitor) && !counterparts.length)
    return [];
  const purpose = withPurpose ? purposeOf(sentence) : undefined;
  // "visited Albania in 1994 and 1998": one visit per date of the list.
  const listed = [dates[0] as Tag<'DATE'>];
  for (const d of dates.slice(1)) {
    const between = tokens
      .slice((listed.at(-1) as Tag).end, d.start)
      .map((t) => t.key)
      .join(' ');
    if (/^(?:,|and|, and|&)$/.test(between)) listed.push(d);
    else break;
  }
  const first = (firstVisit && !firstForAWhile(tagged)) || firstOf(tagged);
  const provenance = [provenanceOf(sentence)];
  return listed.map((d, i) => ({
    date: d.value.edtf,
    from,
    to: to as string,
    visitors,
    ...(counterparts.length ? { counterparts } : {}),
    ...(purpose ? { purpose } : {}),
    ...(first && i === 0 ? { first: true } : {}),
    provenance,
  }));
}

/** Clause cuts of a sentence telling two visits: ", and", ";", ", while", ", whereas". */
function clauses(sentence: SentenceContext): [number, number][] {
  const { tokens } = sentence.tagged;
  const cuts = [0];
  tokens.forEach((t, i) => {
    if (
      t.key === ';' ||
      (t.key === ',' &&
        ['and', 'while', 'whereas'].includes(tokens[i + 1]?.key ?? '') &&
        (tokens[i + 2]?.upper || sentence.tagged.first(i + 2, 'COUNTRY')))
    )
      cuts.push(i + 1);
  });
  cuts.push(tokens.length);
  const parts: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) parts.push([cuts[i] as number, cuts[i + 1] as number]);
  return parts;
}

function read(sentence: SentenceContext): Visit[] {
  const { tagged } = sentence;
  const carried = previousOf(sentence)?.tagged.keys.has('#DATE') && tagged.keys.has('year');
  if (!tagged.keys.has('#DATE') && !carried) return [];
  // A list item may name no visit word: its intro does ("Visits from A to B").
  if (!tagged.hasAny(VISIT_WORDS) && !sentence.intro?.keys.has('visit')) return [];
  if (sentence.kind !== 'paragraph') {
    const direction = listDirection(sentence);
    // An item that tells its visit in a sentence is read as prose (purpose, hosts); the intro's direction decides.
    if (direction) {
      const told = fromProse(sentence, 0, tagged.tokens.length, true).filter((v) => v.from === direction.from);
      return told.length ? told : fromListItem(sentence, direction);
    }
  }
  // "visited Japan seven times between 1982 and 1995": a count of visits is no one visit.
  if (
    tagged.tokens.some(
      (t, i) => (t.key === 'times' || t.key === 'occasions') && tagged.at(i - 1).some((g) => g.type === 'NUMBER'),
    )
  )
    return [];
  const parts = clauses(sentence);
  const verbs = ['visit', 'travel', 'pay', 'make'];
  const visitParts = parts.filter(([a, b]) => tagged.tokens.slice(a, b).some((t) => verbs.includes(t.lemma)));
  if (tagged.all('DATE').length >= 2 && visitParts.length >= 2)
    return visitParts.flatMap(([a, b]) => fromProse(sentence, a, b, false));
  const visits = fromProse(sentence, 0, tagged.tokens.length, true);
  return [...visits, ...gapped(sentence, visits)];
}

/** "X visited Denmark in 1994, Y in 2004": more visitors on the same way, each with a date. */
function gapped(sentence: SentenceContext, visits: Visit[]): Visit[] {
  const base = visits[0];
  if (!base) return [];
  const { tagged } = sentence;
  const more: Visit[] = [];
  // The people after the first visit: tagged ones, or bare names ("Rama in 2014") where a date follows them.
  const named = [...tagged.all('PERSON')] as { start: number; end: number; value: { name: string; office?: string } }[];
  const lastVisit = tagged.all('DATE')[0]?.end ?? tagged.tokens.length;
  for (let i = lastVisit; i < tagged.tokens.length; i++) {
    if (named.some((p) => p.start <= i && i < p.end)) continue;
    const end = nameAt(tagged, i);
    if (end !== undefined) {
      named.push({ start: i, end, value: { name: tagged.text(i, end) } });
      i = end - 1;
    }
  }
  for (const person of named) {
    const before = tagged.tokens[person.start - 1]?.key;
    const after = tagged.tokens[person.end]?.key;
    const date = tagged.first(person.end + 1, 'DATE');
    if (
      (before === ',' || before === 'and') &&
      (after === 'in' || after === 'on') &&
      date &&
      !base.visitors.some((v) => v.name === person.value.name)
    ) {
      more.push({
        date: date.value.edtf,
        from: base.from,
        to: base.to,
        visitors: [toPerson({ ...person.value, start: 0, end: 0 }, base.from)],
        provenance: base.provenance,
      });
    }
  }
  return more;
}

/** The visits kind: rules and reader. */
export const visits = { rules: [VISIT_RULES, FIRST_RULE, HOSTED_RULE, POSSESSIVE_RULE], read };
