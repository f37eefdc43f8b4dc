// Events in diplomatic relations (established, re-established, recognized, severed, restored): rules and reader.
import type { RelationsEvent } from '../../schema/index.ts';
import { inPair, previousOf, provenanceOf, type SentenceContext } from '../context/sentence-context.ts';
import { captured, countryOf } from '../pattern/match-pattern.ts';
import { RuleSet } from '../pattern/rule-set.ts';
import type { Tag } from '../tag/tag.ts';
import { keyBefore } from '../text/tokenize.ts';

type EventType = RelationsEvent['type'];

/** Verbs and nouns (by lemma) that change the state of relations, and the event each one is. */
export const EVENT_WORDS: Record<string, EventType> = {
  establish: 'established',
  establishment: 'established',
  set: 'established',
  begin: 'established',
  start: 'established',
  initiate: 'established',
  commence: 'established',
  open: 'established',
  opening: 'established',
  formalize: 'established',
  formalise: 'established',
  reinstate: 'restored',
  're-initiate': 'restored',
  reinitiate: 'restored',
  take: 'restored',
  're-establish': 're-established',
  reestablish: 're-established',
  're-establishment': 're-established',
  renew: 're-established',
  restore: 'restored',
  restoration: 'restored',
  resume: 'restored',
  resumption: 'restored',
  normalize: 'restored',
  normalization: 'restored',
  sever: 'severed',
  severance: 'severed',
  break: 'severed',
  cut: 'severed',
  suspend: 'severed',
  terminate: 'severed',
  freeze: 'severed',
  rupture: 'severed',
};

const MACROS = {
  // "set up", "break off", "cut off": the particle belongs to the verb.
  VERB: `{establish|establishment|re-establish|reestablish|re-establishment|renew|restore|restoration|resume|resumption|normalize|normalization|sever|severance|rupture|terminate|freeze|suspend|initiate|commence|formalize|formalise|reinstate|re-initiate|reinitiate} | {set|break|cut} [{up|off}] | {begin|start} !{to} | {open|opening} | {take} up again`,
  RELATIONS: `[{full|formal|official|bilateral|diplomatic|consular}] [{diplomatic|formal}] {relation|tie}`,
};

type Meaning = { verb?: 'before' | 'after'; type?: EventType; recognition?: boolean };

/** The phrasings of events, as data. `verb` says whether the verb comes before or after "relations". */
const EVENT_RULES = new RuleSet<Meaning>(
  [
    { pattern: '(@VERB):verb [{all|the|its|their}] [{formal|full|official}] @RELATIONS:relations', verb: 'before' },
    { pattern: '(@VERB):verb of @RELATIONS:relations', verb: 'before' },
    { pattern: '{agree|decide|sign|announce} ...4 to (@VERB):verb ...3 {relation|tie}:relations', verb: 'before' },
    { pattern: '@RELATIONS:relations ...10 (@VERB):verb', verb: 'after' },
    // "Relations were severed in 1940 and restored on 29 August 1991": a second verb of the same relations.
    {
      pattern:
        '{and|but} [{were|was|have|had|be}] [been] [{later|then|again|finally|eventually|soon}] (@VERB):verb !{to}',
      verb: 'after',
    },
    { pattern: '{they|these} {be} [{officially|formally|fully|later}] (@VERB):verb', verb: 'after' },
    {
      pattern:
        '{maintain|have|enjoy|hold|keep}:verb [{formal|full|official}] [diplomatic] {relation|tie}:relations [ever] since',
      type: 'established',
    },
    {
      pattern: 'diplomatic {relation|tie}:relations ...4 (date [back] {to|from} | go back to):verb',
      type: 'established',
    },
    {
      pattern:
        '{COUNTRY.pair:a} ...8 {recognize}:verb [the] [{independence|sovereignty} of] [the] ...3 {COUNTRY.pair:b}',
      recognition: true,
    },
    {
      pattern:
        "{COUNTRY.pair:b} ['s {independence|sovereignty}] ...4 {be} [{officially|formally}] {recognize}:verb by [the] {COUNTRY.pair:a}",
      recognition: true,
    },
    { pattern: '{COUNTRY.pair:a} ...6 first ...4 {recognize}:verb ...4 {COUNTRY.pair:b}', recognition: true },
  ],
  MACROS,
);

const NOT_DIPLOMATIC = new Set([
  'trade',
  'economic',
  'cultural',
  'military',
  'business',
  'commercial',
  'family',
  'historical',
  'close',
  'good',
  'friendly',
  'strong',
  'warm',
  'cordial',
]);

type Found = { type: EventType; at: number; skip: boolean };

/** Whether the relations a verb speaks of are "with" a country other than the pair ("broke off relations with the Axis"). */
function withOthers(sentence: SentenceContext, after: number): boolean {
  const { tokens } = sentence.tagged;
  let at = after;
  if (tokens[at]?.key !== 'with') return false;
  at++;
  if (tokens[at]?.key === 'the') at++;
  const listed: Tag<'COUNTRY'>[] = [];
  for (let n = 0; n < 10; n++) {
    const country = sentence.tagged.first(at, 'COUNTRY');
    if (!country) break;
    listed.push(country);
    at = country.end;
    if (tokens[at]?.key === ',' || tokens[at]?.key === 'and') at++;
    if (tokens[at]?.key === 'and') at++;
    if (tokens[at]?.key === 'the') at++;
  }
  // "with each other", "with it": the pair; "with Finland and Norway": the pair if any of them is.
  const named = tokens[after + 1]?.key === 'the' ? tokens[after + 2] : tokens[after + 1];
  if (listed.length === 0) return !['each', 'one', 'it', 'them'].includes(named?.key ?? '') && named?.upper === true;
  return !listed.some((c) => inPair(sentence, c.value.code));
}

/** Whether the sentence's relations are between one of the pair and a third country ("between Italy and ..."). */
function aboutThirdCountry(sentence: SentenceContext, from: number, to: number): boolean {
  const { tagged } = sentence;
  // Only the countries near the verb and its relations: "peace with Israel" later in the sentence is another matter.
  const countries = tagged.all('COUNTRY').filter((c) => c.start >= from - 8 && c.start <= to + 8);
  if (!countries.some((c) => !inPair(sentence, c.value.code))) return false;
  const named = new Set(countries.filter((c) => inPair(sentence, c.value.code)).map((c) => c.value.code));
  if (named.size >= 2) return false;
  // "China and Vietnam established relations": a third country joined to one of the pair is a party.
  const joined = countries.some((c) => {
    if (inPair(sentence, c.value.code)) return false;
    const after = tagged.tokens[c.end]?.key === 'and' ? tagged.first(c.end + 1, 'COUNTRY') : undefined;
    return after !== undefined && inPair(sentence, after.value.code);
  });
  if (joined) return true;
  return countries.some(
    (c) =>
      !inPair(sentence, c.value.code) && ['with', 'between', 'and', 'by'].includes(keyBefore(tagged.tokens, c.start)),
  );
}

/** The events of one sentence, each with the date written nearest its verb (after it in its clause, else before). */
function read(sentence: SentenceContext): RelationsEvent[] {
  const { tagged } = sentence;
  // Every rule speaks of relations, ties or recognition: other sentences are skipped before any pattern runs.
  if (!tagged.keys.has('#DATE') || !tagged.hasAny(['relation', 'tie', 'recognize', 'they', 'these', 'and', 'but']))
    return [];
  const found: Found[] = [];
  for (const { rule, match } of EVENT_RULES.run(sentence)) {
    const verb = captured(match, 'verb');
    if (!verb) continue;
    const at = verb.start;
    if (found.some((f) => f.at === at)) continue;
    if (rule.recognition) {
      const a = countryOf(captured(match, 'a'));
      const b = countryOf(captured(match, 'b'));
      if (a && b && a !== b && !found.some((f) => f.type === 'recognized'))
        found.push({ type: 'recognized', at, skip: false });
      continue;
    }
    const relations = captured(match, 'relations');
    if (
      aboutThirdCountry(
        sentence,
        Math.min(verb.start, relations?.start ?? verb.start),
        Math.max(verb.end, relations?.end ?? 0),
      )
    )
      continue;
    // "Relations cooled after 1998, when Japan suspended new loans": the verb of another clause.
    if (relations && relations.end <= verb.start) {
      const between = tagged.tokens.slice(relations.end, verb.start).map((t) => t.key);
      if (
        between.some(
          (k, i) =>
            ['when', 'while', 'whereas', 'although', 'because', 'after', 'before'].includes(k) ||
            (k === ',' && ['and', 'but'].includes(between[i + 1] ?? '')),
        )
      )
        continue;
    }
    if (relations) {
      const before = tagged.tokens[relations.start - 1]?.key ?? '';
      const qualified = NOT_DIPLOMATIC.has(tagged.tokens[relations.start]?.key ?? '') || NOT_DIPLOMATIC.has(before);
      if (qualified && !tagged.keys.has('diplomatic')) continue;
    } else {
      // "In 1979 they were severed again": the relations of this sentence, or of the one before.
      const before = previousOf(sentence)?.tagged.keys;
      const named = (keys: Set<string> | undefined) => keys?.has('relation') || keys?.has('tie');
      if (!named(tagged.keys) && !named(before)) continue;
    }
    const type = rule.type ?? EVENT_WORDS[tagged.tokens[verb.start]?.lemma ?? ''];
    if (!type) continue;
    const after = Math.max(verb.end, relations?.end ?? 0);
    found.push({ type, at, skip: withOthers(sentence, after) });
  }
  found.sort((x, y) => x.at - y.at);
  const dates = tagged.all('DATE');
  const used = new Set<number>();
  const events: RelationsEvent[] = [];
  const provenance = [provenanceOf(sentence)];
  found.forEach((event, i) => {
    const next = found[i + 1]?.at ?? Number.POSITIVE_INFINITY;
    const previous = found[i - 1]?.at ?? -1;
    const clauseBreak = (from: number, to: number, comma: boolean) => {
      for (let j = from; j < to; j++) {
        const key = tagged.tokens[j]?.key;
        if (key === ';' || (comma && key === ',')) return true;
        // "recognised Kenya after its independence and opened an embassy in 1964": another verb, another clause.
        const next = tagged.tokens[j + 1];
        if (
          comma &&
          key === 'and' &&
          next &&
          next.kind === 'word' &&
          next.key !== next.lemma &&
          !found.some((f) => f.at === j + 1)
        )
          return true;
      }
      return false;
    };
    // A date after the verb counts in its own clause only ("severed ties with Malaysia, after ... in 1965").
    // "..., on 11 February 1991": a date set off by a comma right before it still belongs to the verb.
    const setOff = (d: Tag<'DATE'>) =>
      ['on', 'in'].includes(tagged.tokens[d.start - 1]?.key ?? '') &&
      tagged.tokens[d.start - 2]?.key === ',' &&
      !clauseBreak(event.at, d.start - 2, true);
    let index = dates.findIndex(
      (d, k) =>
        !used.has(k) && d.start > event.at && d.start < next && (!clauseBreak(event.at, d.start, true) || setOff(d)),
    );
    if (index < 0) {
      for (let k = dates.length - 1; k >= 0; k--) {
        const d = dates[k] as Tag<'DATE'>;
        if (!used.has(k) && d.start < event.at && d.start > previous && !clauseBreak(d.end, event.at, false)) {
          index = k;
          break;
        }
      }
    }
    const date = dates[index];
    if (!date) return;
    used.add(index);
    // "in June 1970, and ... established relations later that year": the year, not the month before.
    const after = tagged.tokens
      .slice(event.at, event.at + 10)
      .map((t) => t.key)
      .join(' ');
    const sameYear = date.start < event.at && / (?:that|the same) year\b/.test(` ${after}`);
    const edtf = sameYear ? date.value.edtf.slice(0, 4) : date.value.edtf;
    if (!event.skip) events.push({ type: event.type, date: edtf, provenance });
  });
  return events;
}

/** The events kind: rules and reader. */
export const events = { rules: [EVENT_RULES], read };
