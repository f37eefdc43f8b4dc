// People of one country's origin living in the other: "About 8,000 Albanians live in Denmark".
import type { Diaspora } from '../../schema/index.ts';
import { inPair, provenanceOf, type SentenceContext } from '../context/sentence-context.ts';
import { captured, countryOf, type PatternMatch } from '../pattern/match-pattern.ts';
import { RuleSet } from '../pattern/rule-set.ts';
import type { Tag } from '../tag/tag.ts';

const MACROS = {
  ABOUT:
    '{about|around|approximately|approx|some|roughly|nearly|almost|over|circa|c|~|estimated|upwards} | more than | up to | an estimated | at least | close to | fewer than | less than | as many as',
  COUNT: '[(@ABOUT):about] [.] {NUMBER.count:count} [(+):plus]',
  PEOPLE:
    '{person|people|citizen|national|immigrant|expatriate|migrant|emigrant|individual|resident|inhabitant|descendant}',
  LIVING:
    '[{who|that}] [{be|have|currently|permanently|legally|officially|reportedly|still|now|mostly|mainly|also}] [{be|have|currently|permanently|legally|officially|reportedly|still|now|mostly|mainly|also}] [{live|reside|resident|settle|base|register|work|study|emigrate|immigrate|move|migrate} [as {live|reside|resident}]] [{hold|have} [valid] {residence|residency} [and work] {permit|card|status}]',
  ORIGIN:
    '({COUNTRY.people:origin} | {COUNTRY.adj:origin} [-born] [@PEOPLE] | @PEOPLE (of|from|with) [the] {COUNTRY.nation:origin} [{origin|descent|background|heritage|ancestry|citizenship|nationality|root|passport}] | @PEOPLE {bear} in [the] {COUNTRY.nation:origin})',
};

/** The phrasings of a diaspora figure, as data. */
const DIASPORA_RULES = new RuleSet<object>(
  [
    {
      pattern:
        '@COUNT {resident|inhabitant} (of|in) [the] {COUNTRY.nation:residence} {be} {bear} in [the] {COUNTRY.nation:origin}',
    },
    { pattern: '@COUNT @ORIGIN @LIVING (in|to) [the] ({COUNTRY.nation:residence} | {CITY:city})' },
    // "20.000 Bosnian refugees had fled to Denmark": refugees count; a people that fled a war does not.
    {
      pattern:
        '@COUNT {COUNTRY.adj:origin} {refugee} [{have}] {flee|come|arrive|settle} (in|to) [the] {COUNTRY.nation:residence}',
    },
    // "249,070 Jamaican Canadians": an origin adjective before the people of the country they live in.
    { pattern: '@COUNT {COUNTRY.adj:origin} [and _] {COUNTRY.people:residence}' },
    // "up to 380,000 Chileans are of Croatian descent".
    { pattern: '@COUNT {COUNTRY.people:residence} {be} of {COUNTRY.adj:origin} {descent|origin|ancestry|heritage}' },
    // "A sizeable Egyptian population of 636,000 lives in Jordan".
    {
      pattern:
        '{COUNTRY.adj:origin} {population|community|diaspora|minority} of @COUNT [{people}] @LIVING (in|to) [the] ({COUNTRY.nation:residence} | {CITY:city})',
    },
    { pattern: '{COUNTRY.nation:residence} ({be} home to | {have|host}) [a population of] @COUNT @ORIGIN' },
    {
      pattern:
        '({COUNTRY.people:origin} | {COUNTRY.adj:origin} [@PEOPLE]) [{community|diaspora|minority|population|citizen|national}] [{live|reside}] in [the] {COUNTRY.nation:residence} ({number|total|count|consist} [of] | {be} [{estimated|about|around|approximately}] [{at|to be}] | of | \\| |) @COUNT',
    },
    {
      pattern:
        '{COUNTRY.nation:residence} {have|host|be} [home to] {a|an} [_] {COUNTRY.adj:origin} {community|diaspora|minority|population} of @COUNT',
    },
    {
      pattern:
        'number of {COUNTRY.people:origin} [{live|reside}] in [the] {COUNTRY.nation:residence} ({be|reach|rise|grow|fall|stand|total|amount} [{at|to}]) @COUNT',
    },
  ],
  MACROS,
);

/** Words one of which every diaspora rule needs, besides a people named as such. */
const PEOPLE_CUES = [
  'person',
  'people',
  'citizen',
  'national',
  'immigrant',
  'expatriate',
  'migrant',
  'emigrant',
  'individual',
  'resident',
  'inhabitant',
  'descendant',
  'refugee',
  'worker',
  'student',
  'live',
  'reside',
  'bear',
  'community',
  'diaspora',
  'minority',
  'population',
  'home',
  'number',
  '|',
  'descent',
  'origin',
];
const NOT_THE_DATE = new Set(['after', 'since', 'before', 'from', 'until', 'between', 'during', 'by']);

function fact(sentence: SentenceContext, match: PatternMatch): Diaspora | undefined {
  const origin = countryOf(captured(match, 'origin'));
  // "633 Japanese nationals were living in Nairobi": a city of the pair stands for its country.
  const city = captured(match, 'city')?.tag as Tag<'CITY'> | undefined;
  const residence = countryOf(captured(match, 'residence')) ?? city?.value.country;
  if (!inPair(sentence, origin) || !inPair(sentence, residence) || origin === residence) return undefined;
  const countCapture = captured(match, 'count');
  const count = countCapture?.tag as Tag<'NUMBER'> | undefined;
  if (!count || !Number.isInteger(count.value.value)) return undefined;
  const { tagged } = sentence;
  // A figure never runs from its cell into the next one of a table row, nor across lines.
  for (let i = match.start + 1; i < match.end; i++) if (tagged.tokens[i]?.newline) return undefined;
  const date = tagged
    .all('DATE')
    .find(
      (d) =>
        !(d.start <= count.start && d.end >= count.end) && !NOT_THE_DATE.has(tagged.tokens[d.start - 1]?.key ?? ''),
    );
  const approximate = Boolean(match.captures.get('about') || match.captures.get('plus') || count.value.scaled);
  return {
    origin,
    residence,
    population: count.value.value,
    approximate,
    ...(date ? { date: date.value.edtf } : {}),
    provenance: [provenanceOf(sentence)],
  };
}

function read(sentence: SentenceContext): Diaspora[] {
  const { keys } = sentence.tagged;
  if (!keys.has('#NUMBER') || !keys.has('#COUNTRY')) return [];
  // Every rule needs a people word, a verb of living, or a people named as such ("Albanians").
  const peopled =
    sentence.tagged.hasAny(PEOPLE_CUES) || sentence.tagged.all('COUNTRY').some((c) => c.value.form === 'people');
  if (!peopled) return [];
  const found: Diaspora[] = [];
  for (const { match } of DIASPORA_RULES.run(sentence)) {
    const d = fact(sentence, match);
    if (d && !found.some((f) => f.origin === d.origin && f.residence === d.residence)) found.push(d);
  }
  return found;
}

/** The diaspora kind: rules and reader. */
export const diaspora = { rules: [DIASPORA_RULES], read };
