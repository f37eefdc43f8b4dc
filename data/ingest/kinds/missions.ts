// Diplomatic missions: who has an embassy, high commission or consulate where, resident or accredited from elsewhere.
import type { Mission } from '../../schema/index.ts';
import { inPair, otherOf, pairNamedIn, provenanceOf, type SentenceContext } from '../context/sentence-context.ts';
import { lexicon } from '../lexicon/lexicon.ts';
import { type Capture, captured, countryOf, type PatternMatch } from '../pattern/match-pattern.ts';
import { RuleSet } from '../pattern/rule-set.ts';
import type { Tag } from '../tag/tag.ts';

const MACROS = {
  OPEN: '{open|establish|reopen|re-open|inaugurate} | {set} up',
  HAVE: `{have|maintain|keep|operate|run|host} | @OPEN | {go} on to @OPEN | {close} | {will|would} {close} | will @OPEN | {plan|intend|decide|agree} to @OPEN | {be} {going|set|due|about|scheduled} to @OPEN | {announce} ...4 @OPEN`,
  COUNT: '{a|an|its|one|the|two|three|four|five|several|their|resident|new|own}',
};

type Meaning = {
  shape: 'has' | 'possessive' | 'of' | 'each-other' | 'one' | 'accredited' | 'accredited-to' | 'from-city' | 'by-one';
};

/** The phrasings of missions, as data. */
const MISSION_RULES = new RuleSet<Meaning>(
  [
    {
      pattern:
        "{COUNTRY.nation:sender} ['s] [{also|now|currently|still|later|further|additionally}] [{have} [{also|now|since|long}]] (@HAVE):verb [@COUNT] [@COUNT] [{NUMBER}] {MISSION:kind} [,] in ({CITYNAME+:cities} | {PLACE:cities})",
      shape: 'has',
    },
    {
      pattern:
        '{COUNTRY.name:sender} {be} [{also|now|currently}] represented [in [the] {COUNTRY.pair}] {by|through} [@COUNT] {MISSION:kind} in ({CITYNAME+:cities} | {PLACE:cities})',
      shape: 'has',
    },
    // "..., and Malaysia by one in Islamabad", "and Jordan by an embassy in Cairo".
    {
      pattern:
        '({and|while} | , [and]) {COUNTRY.name:sender} [{by|with}] ({a|an} {MISSION:kind} | one) in {PLACE:cities}',
      shape: 'by-one',
    },
    // "Mexico followed with one in Riga in 2000".
    { pattern: '{COUNTRY.name:sender} {follow}:verb [suit] with one in {PLACE:cities}', shape: 'one' },
    {
      pattern:
        "{COUNTRY.nation:sender} ['s] [{also|now|currently}] {have|maintain|keep|operate|open|establish}:verb one in ({CITYNAME+:cities} | {PLACE:cities})",
      shape: 'one',
    },
    {
      pattern:
        "(@PAIR:pair | {COUNTRY.name} and {COUNTRY.name} | and [they] | each {country|side|state|nation}) [each] [also] (@HAVE):verb [{resident}] [{a|an}] {MISSION:kind} in ({each|the|one} {other|another}) ['s {capital}:capital]",
      shape: 'each-other',
    },
    {
      pattern:
        '{COUNTRY.name:sender} ...8 {accredit|represent|cover|serve} ...3 [{to|in}] [the] {COUNTRY.pair:host} ...4 {through|by|from|via} {its|an|a|the} [_] {MISSION:kind} in {PLACE:city}',
      shape: 'accredited',
    },
    {
      pattern:
        "{COUNTRY.pair:sender} ['s] ({MISSION:kind} | ambassador) [to _] in {PLACE:city} [, {COUNTRY} ,] [, which] {be} [{also|at first|first|initially|formerly|previously}] {accredit} to [the] {COUNTRY.pair:host}",
      shape: 'accredited-to',
    },
    {
      pattern:
        '{MISSION:kind} of [the] {COUNTRY.pair:sender} in {PLACE:city} {be} [also] {accredit} to [the] {COUNTRY.pair:host}',
      shape: 'accredited-to',
    },
    {
      pattern:
        '{COUNTRY.name:sender} ...8 {represent|accredit|cover} ...3 [[{to|in}] [the] {COUNTRY.pair:host}] ({through|by|from|via} [{an|a}] [non-resident] {ambassador|envoy} {reside|base|station|resident} in | from) {PLACE:city}',
      shape: 'from-city',
    },
    {
      pattern:
        "{COUNTRY.pair:sender} ['s] {MISSION:kind} [{be|lie|sit}] [{located|situated|based|housed}] (in|,) {PLACE:city}",
      shape: 'possessive',
    },
    // A list item "Albania: embassy in Copenhagen", as missions lists write them.
    {
      pattern: '^ {COUNTRY.name:sender} : [{a|an|the}] {MISSION:kind} (in|,) ({CITYNAME+:cities} | {PLACE:cities})',
      shape: 'has',
    },
    { pattern: '{MISSION:kind} of [the] {COUNTRY.pair:sender} (in|,) {PLACE:city}', shape: 'of' },
  ],
  { ...MACROS, PAIR: '{PAIR}' },
);

/** "and a consulate in Tartu", ", consulates in Turku and Oulu", "as well as an honorary consulate in Aarhus". */
const MORE = new RuleSet<object>(
  [
    {
      pattern:
        '([,] (and | as well as | plus) | , | and | as well as | plus) [@COUNT] [@COUNT] [{NUMBER}] {MISSION:kind} [,] in ({CITYNAME+:cities} | {PLACE:cities})',
    },
  ],
  MACROS,
);

/** A captured place: a city (and its country where known, or written after it as ", Japan"), or a country alone. */
function place(sentence: SentenceContext, c: Capture): { city?: string; country?: string } {
  const tag = c.tag as Tag<'CITY'> | Tag<'COUNTRY'> | undefined;
  if (!tag) return {};
  if (tag.type === 'COUNTRY') return { country: (tag as Tag<'COUNTRY'>).value.code };
  const city = (tag as Tag<'CITY'>).value.name;
  const { tokens } = sentence.tagged;
  let at = tag.end;
  if (tokens[at]?.key === ',') at++;
  if (tokens[at]?.key === 'the') at++;
  // "Osaka, Japan": a state written after the city; "Grimsby, Guernsey" is a list of places, not Grimsby's state.
  const state = at > tag.end ? sentence.tagged.first(at, 'COUNTRY') : undefined;
  const written = state && lexicon().countries.get(state.value.code)?.independent ? state.value.code : undefined;
  const known = (tag as Tag<'CITY'>).value.country ?? lexicon().cityCountry.get(city.toLowerCase());
  return { city, ...((written ?? known) ? { country: written ?? known } : {}) };
}

function statusOf(sentence: SentenceContext, verb: Capture | undefined, end: number): Mission['status'] {
  const { tokens } = sentence.tagged;
  // "Until then Vietnam had been represented ...", "was at first accredited to Tonga": no longer so.
  const keys = tokens.map((t) => t.key).join(' ');
  if (
    /^until (?:then|that|\d)|\b(?:at first|formerly|previously|initially)\b|\bhad been (?:represented|accredited|covered)\b/.test(
      keys,
    )
  )
    return 'closed';
  // "until 1990", "from 1920 to 1940": no longer so.
  for (let i = end; i < end + 6 && i < tokens.length; i++) {
    const key = tokens[i]?.key;
    if (key === 'until' || key === 'till' || (key === 'to' && tokens[i - 2]?.key === 'from')) {
      const next = tokens[i + 1];
      if (
        next &&
        (next.kind === 'number' ||
          sentence.tagged.first(i + 1, 'DATE') ||
          ['early', 'mid', 'late', 'end', 'the'].includes(next.key))
      )
        return 'closed';
    }
    if (key === ',' || key === ';' || key === 'and') break;
  }
  if (!verb) return 'open';
  const words = tokens.slice(verb.start, verb.end).map((t) => t.lemma);
  if (words.includes('close')) return 'closed';
  if (
    words.some((w) =>
      ['will', 'plan', 'intend', 'decide', 'agree', 'going', 'due', 'about', 'scheduled', 'announce'].includes(w),
    )
  )
    return 'planned';
  if (tokens.slice(verb.start, verb.end).some((t) => t.key === 'had') && tokens[verb.start - 1]?.key !== 'has')
    return 'closed';
  return 'open';
}

/** The opening date: "opened its embassy in C in 1972", "which opened in 2004", "has had an embassy since 1991". */
function openedOf(
  sentence: SentenceContext,
  verb: Capture | undefined,
  end: number,
  status: Mission['status'],
): string | undefined {
  const { tokens } = sentence.tagged;
  let at = end;
  if (tokens[at]?.key === ',') at++;
  if (tokens[at]?.key === 'which') at++;
  if (tokens[at]?.lemma === 'be') at++;
  const opens = ['open', 'establish', 'inaugurate', 'reopen'].includes(tokens[at]?.lemma ?? '');
  if (opens) at++;
  const verbOpens = verb
    ? tokens
        .slice(verb.start, verb.end)
        .some((t) => ['open', 'establish', 'reopen', 'inaugurate', 'set', 'follow'].includes(t.lemma))
    : false;
  const key = tokens[at]?.key;
  const date = sentence.tagged.first(at + 1, 'DATE');
  // "In September 1993 Latvia set up an honorary consulate in Mexico City": the date before, in the same clause.
  // An embassy "closed in 2002 and reopened in 2008" has no single opening date to give.
  const reopened = tokens.slice(end).some((t) => t.lemma === 'close' || t.lemma === 'reopen');
  if (!date && verbOpens && verb && !reopened) {
    const before = sentence.tagged
      .all('DATE')
      .filter((d) => d.end <= verb.start)
      .at(-1);
    const between = before ? tokens.slice(before.end, verb.start).map((t) => t.key) : [];
    return before && !between.some((k) => k === ';' || k === 'and' || k === 'but') ? before.value.edtf : undefined;
  }
  if (!date) return undefined;
  if ((key === 'in' || key === 'on') && (opens || verbOpens || status === 'planned')) return date.value.edtf;
  if (key === 'since' && status !== 'closed') return date.value.edtf;
  return undefined;
}

function resident(
  sender: string,
  host: string,
  kind: Mission['kind'],
  provenance: Mission['provenance'],
  city?: string,
  opened?: string,
  status: Mission['status'] = 'open',
): Mission {
  return {
    sender,
    host,
    kind,
    ...(city ? { city } : {}),
    residency: 'resident',
    ...(opened ? { opened } : {}),
    status,
    provenance,
  };
}

function read(sentence: SentenceContext): Mission[] {
  const { tagged } = sentence;
  if (
    !tagged.keys.has('#MISSION') &&
    !tagged.keys.has('accredit') &&
    !tagged.keys.has('represent') &&
    !tagged.keys.has('ambassador')
  )
    return [];
  const provenance = [provenanceOf(sentence)];
  const missions: Mission[] = [];
  // Where each mission is told, so that the sentence's missions come out in the order it tells them.
  const told = new Map<Mission, number>();
  const taken: [number, number][] = [];
  const overlaps = (m: PatternMatch) => taken.some(([s, e]) => m.start < e && m.end > s);
  for (const { rule, match } of MISSION_RULES.run(sentence)) {
    if (overlaps(match)) continue;
    const count = missions.length;
    const stamp = () => {
      for (const m of missions.slice(count)) if (!told.has(m)) told.set(m, match.start);
    };
    const kindTag = captured(match, 'kind')?.tag as Tag<'MISSION'> | undefined;
    const kind = kindTag?.value.kind ?? 'embassy';
    if (rule.shape === 'each-other') {
      if (tagged.tokens[match.start]?.key === 'and' && pairNamedIn(sentence).size < 2) continue;
      taken.push([match.start, match.end]);
      for (const sender of sentence.article.pair) {
        const host = otherOf(sentence, sender);
        const capital = match.captures.has('capital') ? lexicon().countries.get(host)?.capitals[0] : undefined;
        missions.push(resident(sender, host, kind, provenance, capital));
      }
      stamp();
      continue;
    }
    const sender = countryOf(captured(match, 'sender'));
    if (!inPair(sentence, sender)) continue;
    if (rule.shape === 'accredited' || rule.shape === 'accredited-to' || rule.shape === 'from-city') {
      const host =
        countryOf(captured(match, 'host')) ?? (rule.shape === 'from-city' ? otherOf(sentence, sender) : undefined);
      const cityCapture = captured(match, 'city');
      if (!inPair(sentence, host) || host === sender || !cityCapture) continue;
      const from = place(sentence, cityCapture);
      taken.push([match.start, match.end]);
      if (from.country === host) {
        missions.push(resident(sender, host, kind, provenance, from.city));
        more(sentence, match.end, sender, host, provenance, missions);
        stamp();
        continue;
      }
      if (!from.country && !from.city) continue;
      missions.push({
        sender,
        host,
        kind,
        residency: 'non-resident',
        ...(from.country
          ? { accreditedFrom: { country: from.country, ...(from.city ? { city: from.city } : {}) } }
          : {}),
        status: statusOf(sentence, undefined, match.end),
        provenance,
      });
      stamp();
      continue;
    }
    const cities = match.captures.get('cities') ?? match.captures.get('city') ?? [];
    const kindOfOne = rule.shape === 'one' || (rule.shape === 'by-one' && !kindTag) ? missions.at(-1)?.kind : kind;
    if (!kindOfOne || cities.length === 0) continue;
    const first = place(sentence, cities[0] as Capture);
    const host = first.country ?? otherOf(sentence, sender);
    if (!inPair(sentence, host) || host === sender) continue;
    // "Denmark's embassy in Vienna is also accredited to Albania" is read above; "... to Finland" is not ours.
    const after = tagged.tokens
      .slice(match.end, match.end + 4)
      .map((t) => t.lemma)
      .join(' ');
    if (first.country === undefined && /^(?:, which )?be (?:also )?accredit/.test(after)) continue;
    taken.push([match.start, match.end]);
    const verb = captured(match, 'verb');
    const status = statusOf(sentence, verb, match.end);
    const opened = cities.length === 1 ? openedOf(sentence, verb, match.end, status) : undefined;
    for (const c of cities) {
      const where = place(sentence, c);
      if ((where.country ?? host) !== host) continue;
      missions.push(resident(sender, host, kindOfOne, provenance, where.city, opened, status));
    }
    more(sentence, match.end, sender, host, provenance, missions, status);
    stamp();
  }
  return missions
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (told.get(a.m) ?? 0) - (told.get(b.m) ?? 0) || a.i - b.i)
    .map(({ m }) => m);
}

/** Further missions of the same sender in the same clause: "and a consulate in Tartu". */
function more(
  sentence: SentenceContext,
  end: number,
  sender: string,
  host: string,
  provenance: Mission['provenance'],
  out: Mission[],
  status: Mission['status'] = 'open',
): void {
  let at = end;
  for (let n = 0; n < 10; n++) {
    const tail = MORE.runAt(sentence, at)?.match;
    if (!tail) return;
    const kind = (captured(tail, 'kind')?.tag as Tag<'MISSION'> | undefined)?.value.kind ?? 'embassy';
    for (const c of tail.captures.get('cities') ?? []) {
      const where = place(sentence, c);
      if ((where.country ?? host) !== host) continue;
      out.push(resident(sender, host, kind, provenance, where.city, undefined, status));
    }
    at = tail.end;
  }
}

/** The missions kind: rules and reader. */
export const missions = { rules: [MISSION_RULES, MORE], read };
