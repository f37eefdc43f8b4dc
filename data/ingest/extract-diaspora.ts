// Reads how many people of one country's origin live in the other ("About 8,000 Albanians live in Denmark").
import type { Diaspora } from '../schema/index.ts';
import { NUMBER, parseScaled, SCALE } from './parse-quantity.ts';
import { inPair, mentionAt, provenanceOf, type SentenceContext } from './sentence-context.ts';

const QUALIFIER = String.raw`(about|around|approximately|approx\.?|some|roughly|nearly|almost|over|more\s+than|up\s+to|an\s+estimated|estimated|circa|c\.|~|at\s+least|close\s+to|fewer\s+than|less\s+than)`;
const COUNT = String.raw`(?:${QUALIFIER}\s+)?(${NUMBER})(?:\s+(${SCALE}))?(\+)?`;
const PEOPLE = '(?:people|persons|citizens|nationals|immigrants|expatriates|migrants|emigrants|individuals)';
const ORIGIN = String.raw`(?:${PEOPLE}\s+(?:of|from|with)\s+(?:the\s+)?⟨(\d+)⟩(?:\s+(?:origin|descent|background|heritage|ancestry|citizenship|nationality|roots|passports?))?|⟨(\d+)⟩(?:-born(?:\s+(?:residents|inhabitants|${PEOPLE}))?|\s+(?:${PEOPLE}|residents|inhabitants))?|(?:${PEOPLE}|residents|inhabitants)\s+born\s+in\s+(?:the\s+)?⟨(\d+)⟩)`;
// Between the people and the country they live in: "who live in", "are settled in", "emigrated to"; never any verb.
const LIVING = String.raw`(?:(?:who|that)\s+)?(?:(?:are|were|is|was|have|has|had|been|currently|permanently|legally|officially|reportedly|still|now|mostly|mainly|also)\s+){0,3}(?:(?:living|live|lived|lives|residing|reside|resided|resident|settled|based|registered|working|work|studying|emigrated|immigrated|moved|migrated|born)\s+(?:as\s+(?:living|residing|resident)\s+)?|(?:held|hold|holds|holding|had|have|has)\s+(?:valid\s+)?(?:residence|residency|residence\s+and\s+work)\s+(?:permits?|cards?|status)\s+)?`;
// "people born in Vietnam" names the origin after the people word, so the origin may sit in any of three groups.
// A count is of people only when the origin is a people word ("Albanians") or a noun says so ("citizens of").
const PEOPLE_WORD = new RegExp(
  String.raw`\b(?:${PEOPLE.slice(3, -1)}|community|diaspora|minority|population|residents|inhabitants|born)\b`,
  'i',
);
const LIVES = /\b(?:live|lives|lived|living|reside|resides|resided|residing)\s+in\b/i;
const PATTERNS: {
  pattern: RegExp;
  groups: { qualifier: number; number: number; scale: number; plus: number; origin: number[]; residence: number };
}[] = [
  {
    // "206 residents of Bulgaria were born in Liechtenstein": born in the origin, living in the residence.
    pattern: new RegExp(
      String.raw`${COUNT}\s+(?:residents|inhabitants|people\s+living)\s+(?:of|in)\s+(?:the\s+)?⟨(\d+)⟩\s+(?:were|was|are)\s+born\s+in\s+(?:the\s+)?⟨(\d+)⟩`,
      'giu',
    ),
    groups: { qualifier: 1, number: 2, scale: 3, plus: 4, origin: [6], residence: 5 },
  },
  {
    pattern: new RegExp(String.raw`${COUNT}\s+${ORIGIN}\s+${LIVING}(?:in|to)\s+(?:the\s+)?⟨(\d+)⟩`, 'giu'),
    groups: { qualifier: 1, number: 2, scale: 3, plus: 4, origin: [5, 6, 7], residence: 8 },
  },
  {
    pattern: new RegExp(
      String.raw`⟨(\d+)⟩\s+(?:is\s+home\s+to|has|hosts)\s+(?:a\s+population\s+of\s+)?${COUNT}\s+${ORIGIN}`,
      'giu',
    ),
    groups: { qualifier: 2, number: 3, scale: 4, plus: 5, origin: [6, 7, 8], residence: 1 },
  },
  {
    pattern: new RegExp(
      String.raw`⟨(\d+)⟩(?:\s+(?:community|diaspora|minority|population|${PEOPLE}))?\s+(?:living\s+|residing\s+)?in\s+(?:the\s+)?⟨(\d+)⟩(?:\s+(?:numbers?|numbered|counts|totals?|are\s+estimated\s+at|is\s+(?:estimated\s+(?:at|to\s+be)|about|around|approximately)|consists\s+of|of)\s+|\s*\|\s*)${COUNT}`,
      'giu',
    ),
    groups: { qualifier: 3, number: 4, scale: 5, plus: 6, origin: [1], residence: 2 },
  },
  {
    // "Denmark has an Albanian community of about 8,000".
    pattern: new RegExp(
      String.raw`⟨(\d+)⟩\s+(?:has|hosts|is\s+home\s+to)\s+an?\s+(?:[\p{Ll}-]+\s+)?⟨(\d+)⟩\s+(?:community|diaspora|minority|population)\s+of\s+${COUNT}`,
      'giu',
    ),
    groups: { qualifier: 3, number: 4, scale: 5, plus: 6, origin: [2], residence: 1 },
  },
  {
    // "The number of Albanians in Denmark was 8,000 in 2019".
    pattern: new RegExp(
      String.raw`\bnumber\s+of\s+⟨(\d+)⟩\s+(?:living\s+|residing\s+)?in\s+(?:the\s+)?⟨(\d+)⟩\s+(?:was|is|stood\s+at|reached|rose\s+to|grew\s+to|fell\s+to|totall?ed|amounted\s+to)\s+${COUNT}`,
      'giu',
    ),
    groups: { qualifier: 3, number: 4, scale: 5, plus: 6, origin: [1], residence: 2 },
  },
];

/** Diaspora figures in one sentence, exactly as written; "about", "over", "an estimated" make them approximate. */
export function extractDiaspora(sentence: SentenceContext): Diaspora[] {
  if (sentence.marked.mentions.length < 2 || !/\d|\b(?:thousand|hundred)\b/.test(sentence.text)) return [];
  if (
    !sentence.marked.mentions.some((m) => m.form === 'people') &&
    !PEOPLE_WORD.test(sentence.text) &&
    !LIVES.test(sentence.text)
  )
    return [];
  const found: Diaspora[] = [];
  for (const { pattern, groups } of PATTERNS) {
    for (const m of sentence.marked.marked.matchAll(pattern)) {
      const originMention = groups.origin.map((g) => mentionAt(sentence, m[g])).find(Boolean);
      const residence = mentionAt(sentence, m[groups.residence])?.code;
      const origin = originMention?.code;
      if (!inPair(sentence, origin) || !inPair(sentence, residence) || origin === residence) continue;
      // "About 350,000 Surinamese live in the Netherlands": an -ese adjective is a people word before "live in".
      const adjectivePeople = originMention?.form === 'adjective' && LIVES.test(m[0]);
      if (originMention?.form !== 'people' && !adjectivePeople && !PEOPLE_WORD.test(m[0])) continue;
      // A figure never runs across lines, nor from its cell into the next one.
      if (/\n/.test(m[0]) || /\|/.test(m[0].slice(m[0].indexOf(m[groups.number] ?? '')))) continue;
      const population = parseScaled(m[groups.number] ?? '', m[groups.scale]);
      if (population === undefined || !Number.isInteger(population)) continue;
      // A year-like count ("2016 Danes") is the count, not a date.
      // "... most of whom arrived after 1991": a date after "after", "since" or "before" is not the figure's.
      const when = sentence.dates.find(
        (d) =>
          sentence.text.slice(d.start, d.end) !== m[groups.number] &&
          !/\b(?:after|since|before|from|until|between|during|by)\s+$/i.test(
            sentence.text.slice(Math.max(0, d.start - 9), d.start),
          ),
      );
      if (found.some((f) => f.origin === origin && f.residence === residence)) continue;
      found.push({
        origin,
        residence,
        population,
        approximate: Boolean(m[groups.qualifier] || m[groups.plus] || m[groups.scale]),
        ...(when ? { date: when.edtf } : {}),
        provenance: [provenanceOf(sentence)],
      });
    }
  }
  return found;
}
