// Reads high-level visits, in prose ("X visited Y in 2006") and in lists under "visits from A to B".
import type { Person, Visit } from '../schema/index.ts';
import { countryOfCity } from './country-lexicon.ts';
import { findCountryMentions } from './find-country-mentions.ts';
import { findPeople, NAME_PATTERN, OFFICE_PATTERN, type PersonMention } from './find-people.ts';
import { inPair, mentionAt, otherOf, provenanceOf, type SentenceContext } from './sentence-context.ts';

// A place, and the country written after it ("Osaka, Japan") for a city the dataset does not know.
const PLACE = String.raw`(?:the\s+)?(?:capital\s+of\s+)?(⟨\d+⟩|\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){0,2})(?:,\s+(?:the\s+)?(⟨\d+⟩))?`;
const DESTINATION = [
  new RegExp(
    String.raw`\b(?:visit(?:ed|s|ing)?|paid\s+(?:an?\s+)?(?:\w+\s+){0,2}visits?\s+to|(?:state|official|working|first|historic)\s+visits?\s+to|visits?\s+to|trip\s+to|travel(?:l)?ed\s+to|went\s+to|came\s+to|arrived\s+in|toured|tour\s+of)\s+${PLACE}`,
    'gu',
  ),
  new RegExp(String.raw`\bvisit\b[^.;]{0,80}?\bto\s+${PLACE}`, 'gu'),
  // "visited the earthquake zone in Turkey", "toured the port city of Mombasa".
  new RegExp(String.raw`\b(?:visit(?:ed|s|ing)?|toured)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){1,3}(?:in|of)\s+${PLACE}`, 'gu'),
  new RegExp(String.raw`\b(?:met|meeting|talks|received|hosted)\b[^.;]{0,160}?\bin\s+${PLACE}`, 'gu'),
  // "addressed the Australian Parliament", "addressed a joint session of the parliament of Japan": a speech there.
  /\baddress(?:ed|es|ing)\s+(?:an?\s+(?:joint\s+)?(?:session|sitting|meeting)\s+of\s+)?(?:the\s+)?(?:(⟨\d+⟩)(?:['’]s?)?\s+(?:Parliament|Congress|Senate|National\s+Assembly|Diet|Bundestag|Sejm|Riksdag|Storting|Folketing|Knesset|House\s+of\s+Commons|parliament|legislature)\b|(?:Parliament|Congress|National\s+Assembly|parliament|legislature)\s+of\s+(?:the\s+)?(⟨\d+⟩))/gu,
];
const OCCASION_OF =
  /\b(?:inauguration|funeral|wedding|coronation|swearing-in|investiture|burial|memorial|enthronement|jubilee|birthday)\s+(?:ceremony\s+)?of\s+(?:the\s+)?(?:late\s+|new\s+|newly\s+elected\s+)?$/i;
const HOSTED = /⟨(\d+)⟩(?:['’]s?)?[^⟨.;]{0,60}?\b(?:hosted|received|welcomed)\b/u;
const VISITISH =
  /\b(?:visit\w*|travel\w*|trip|went\s+to|came\s+to|arrived|toured|tour|met|meeting|talks|hosted|received|welcomed|addressed)\b/i;
// "his first visit to Japan", not "his first bilateral visit outside South Asia" (a first somewhere else).
// "the first ... in 65 years", "their first since 1960": a first for a while, not the first ever.
const FIRST_SINCE =
  /\bfirst\b[^.;]*?\b(?:since\s+(?:\d{4}|the\s+\d{4}s)|in\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|some\s+)?(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years|decades|decade|century|generation))\b/i;
const FIRST = /\bfirst\b[^.;]{0,60}?\bvisit(?!\s+(?:outside|abroad|overseas|beyond))|\bbecame\s+the\s+first\b/i;
const BECAME_FIRST =
  /(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){1,3})\s+(?:became|was)\s+the\s+first\s+(?:⟨(\d+)⟩\s+)?((?:[\p{Ll}-]+\s){0,3}?(?:prime\s+minister|president|head\s+of\s+(?:state|government)|foreign\s+minister|minister|king|queen|chancellor|premier))\s+(?:of\s+⟨(\d+)⟩\s+)?to\s+(?:officially\s+)?visit/u;
// "N hosted M", "N received his Greek counterpart M": N is the host, M the visitor.
const HOSTS_AFTER = /^(?:['’]s?)?\s*(?:,[^,;]{0,60},\s*)?(?:hosted|received|welcomed|greeted)\b/u;
const HOSTED_NAME = new RegExp(
  String.raw`\b(?:hosted|received|welcomed|greeted)\s+(?:his|her|their)?\s*(?:⟨(\d+)⟩\s+)?(?:counterpart\s+)?(${NAME_PATTERN})`,
  'u',
);
const PURPOSE = [
  /\bto\s+(?:discuss|talk\s+about|negotiate|review)\s+([^,;.]+)/i,
  /\b(?:to|in\s+order\s+to)\s+((?:sign|attend|open|inaugurate|mark|celebrate|strengthen|promote|deepen|boost|thank|meet|commemorate|launch)\s[^,;.]+)/i,
  /\b(?:focus(?:ed|ing)?|centred|centered|concentrated)\s+on\s+([^,;.]+)/i,
  /\bfor\s+talks\s+(?:with\s+[^,;.]*?\s+)?(?:on|about)\s+([^,;.]+)/i,
  /\bfor\s+((?:the\s+)?[^,;.⟨]+)\.?$/i,
];
// "for the first time", "for three days", "for two days in 2012": how long or how often, not why.
const NOT_A_PURPOSE =
  /^(?:the\s+)?(?:first|second|third|last|\w+th)\s+time\b|^(?:a|one|two|three|four|five|six|seven|several|a\s+few|\d+)[\s-]+(?:days?|weeks?|hours?|nights?|months?)\b/i;
const FOLLOW_UP =
  /^(?:(?:The|This|During\s+the)\s+)?(?:visit|trip|meeting|talks|discussions)\s+(?:was\s+|were\s+)?(?:focused|focussed|concentrated|centred|centered|dealt|aimed)\s+(?:on|with|at)\s+([^.]+)|^(?:The\s+two(?:\s+\w+)?|They|Both(?:\s+sides|\s+leaders)?)\s+(?:discussed|talked\s+about|focused\s+on)\s+([^.]+)/i;
const LIST_DIRECTION = /\bfrom\s+(?:the\s+)?⟨(\d+)⟩\s+to\s+(?:the\s+)?⟨(\d+)⟩/u;
const LIST_TO = /⟨(\d+)⟩\s+(?:state\s+|official\s+|high[-\s]level\s+)?visits\s+to\s+(?:the\s+)?⟨(\d+)⟩/u;

const titleCase = (office: string) => office.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()).replace(/\bOf\b/g, 'of');
const clean = (sentence: SentenceContext, purpose: string) =>
  purpose
    .replace(/⟨(\d+)⟩/g, (_, i: string) => mentionAt(sentence, i)?.text ?? '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();

function person(p: PersonMention, country: string): Person {
  return { name: p.name, ...(p.office ? { office: p.office } : {}), country };
}

/** Where the visit went: a country of the pair named as destination or meeting place, and where it is said. */
function destination(sentence: SentenceContext): { code: string; at: number } | undefined {
  for (const pattern of DESTINATION) {
    for (const m of sentence.marked.marked.matchAll(pattern)) {
      const marker = /^⟨(\d+)⟩$/.exec(m[1] ?? '');
      const written = /^⟨(\d+)⟩$/.exec(m[2] ?? '');
      const code = marker
        ? mentionAt(sentence, marker[1])?.code
        : (countryOfCity(m[1] ?? '') ??
          (written ? mentionAt(sentence, written[1])?.code : sentence.cityCountry?.(m[1] ?? '')));
      if (inPair(sentence, code)) return { code, at: m.index };
    }
  }
  const hosted = HOSTED.exec(sentence.marked.marked);
  const host = hosted ? mentionAt(sentence, hosted[1])?.code : undefined;
  return inPair(sentence, host) ? { code: host, at: hosted?.index ?? 0 } : undefined;
}

/** People the sentence names by surname alone ("Modi travelled to Tokyo"), known from elsewhere in the article. */
function knownPeople(sentence: SentenceContext, found: PersonMention[]): PersonMention[] {
  const known = sentence.knownPerson;
  if (!known) return [];
  const more: PersonMention[] = [];
  for (const m of sentence.marked.marked.matchAll(/\p{Lu}[\p{L}\p{M}'’-]+/gu)) {
    const person = known(m[0]);
    const end = m.index + m[0].length;
    if (!person || found.some((p) => (p.start <= m.index && m.index < p.end) || p.name === person.name)) continue;
    if (more.some((p) => p.name === person.name)) continue;
    more.push({
      name: person.name,
      office: person.office,
      ...(person.country ? { country: person.country } : {}),
      start: m.index,
      end,
    });
  }
  return more;
}

function purposeOf(sentence: SentenceContext, next: SentenceContext | undefined): string | undefined {
  // What someone said in quotes is not why they came.
  const unquoted = sentence.marked.marked.replace(/"[^"]*"?|“[^”]*”?/g, '');
  for (const pattern of PURPOSE) {
    const m = pattern.exec(unquoted);
    const phrase = m?.[1] ? clean(sentence, m[1]) : '';
    if (phrase && phrase.length <= 80 && !/^\d/.test(phrase) && !NOT_A_PURPOSE.test(phrase)) return phrase;
  }
  const matched = next ? FOLLOW_UP.exec(next.text) : undefined;
  const follow = matched?.[1] ?? matched?.[2];
  return follow && next ? clean(next, follow) : undefined;
}

/** A visit told in prose: who went where and when, who they met, and why. */
function fromProse(sentence: SentenceContext, next: SentenceContext | undefined): Visit[] {
  const date = sentence.dates[0]?.edtf;
  if (!date || !VISITISH.test(sentence.text)) return [];
  const where = destination(sentence);
  if (!where) return [];
  const to = where.code;
  const from = otherOf(sentence, to);
  const marked = sentence.marked.marked;
  // "for the inauguration of President Jair Bolsonaro": the person of an occasion after the destination is
  // neither visitor nor, for all the sentence says, someone the visitor met.
  const people = findPeople(sentence.marked).filter(
    (p) => p.start < where.at || !OCCASION_OF.test(sentence.marked.marked.slice(Math.max(0, p.start - 40), p.start)),
  );
  const first = /\bfirst\b/.test(marked) ? BECAME_FIRST.exec(marked) : null;
  if (first?.[1] && first[3]) {
    const country = mentionAt(sentence, first[4] ?? first[2])?.code ?? from;
    people.push({ name: first[1], office: titleCase(first[3]), country, start: first.index, end: first.index });
  }
  const hostedName = HOSTED_NAME.exec(marked);
  if (hostedName?.[2]) {
    const start = hostedName.index + hostedName[0].length - hostedName[2].length;
    const end = start + hostedName[2].length;
    const known = sentence.knownPerson?.(hostedName[2].split(' ').at(-1) ?? '');
    const same = known?.name.endsWith(hostedName[2]) ? known : undefined;
    if (!people.some((p) => p.start < end && p.end > start))
      people.push({
        name: same?.name ?? hostedName[2],
        ...(same ? { office: same.office } : {}),
        start,
        end,
        country: from,
      });
  }
  // Only a sentence that names no office holder needs the article's other sentences ("Modi travelled to Tokyo").
  if (!people.length) people.push(...knownPeople(sentence, people));
  // A visitor the sentence gives a country; anyone of no stated country named after the destination is the host's.
  const explicitVisitor = people.some((p) => p.country === from && p.start < where.at);
  const hostSide = (p: PersonMention) =>
    p.country === to ||
    (p.country === undefined &&
      (/\b(?:with|by|met)\s+(?:the\s+)?$/.test(marked.slice(Math.max(0, p.start - 12), p.start)) ||
        HOSTS_AFTER.test(marked.slice(p.end, p.end + 80)) ||
        (explicitVisitor &&
          p.start > where.at &&
          !/\b(?:and|accompanied\s+by|along\s+with|together\s+with)\s+(?:the\s+)?$/.test(
            marked.slice(Math.max(0, p.start - 25), p.start),
          ))));
  // "met with Queen Margrethe II and Prime Minister Lars Løkke Rasmussen": a list goes on with the same side.
  const sorted = [...people].sort((a, b) => a.start - b.start);
  const host = new Set<PersonMention>();
  sorted.forEach((p, i) => {
    const before = sorted[i - 1];
    const listed =
      before &&
      host.has(before) &&
      p.country === undefined &&
      /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/.test(marked.slice(before.end, p.start));
    if (hostSide(p) || listed) host.add(p);
  });
  const visitors = people.filter((p) => !host.has(p) && (p.country ?? from) === from).map((p) => person(p, from));
  const counterparts = people.filter((p) => host.has(p)).map((p) => person(p, to));
  if (!visitors.length) return [];
  const purpose = purposeOf(sentence, next);
  // "visited Albania in 2006 and 2010": one visit per date of the list.
  const dates = [sentence.dates[0] as { start: number; end: number; edtf: string }];
  for (const d of sentence.dates.slice(1)) {
    const last = dates.at(-1) as { end: number };
    if (/^\s*(?:,|and|,\s*and|&)\s*$/.test(sentence.text.slice(last.end, d.start))) dates.push(d);
    else break;
  }
  return dates.map((d) => ({
    date: d.edtf,
    from,
    to,
    visitors,
    ...(counterparts.length ? { counterparts } : {}),
    ...(purpose ? { purpose } : {}),
    ...(FIRST.test(sentence.text) && !FIRST_SINCE.test(sentence.text) && d === dates[0] ? { first: true } : {}),
    provenance: [provenanceOf(sentence)],
  }));
}

/** Direction of a list of visits from the line or heading that introduces it ("visits from A to B"). */
function listDirection(sentence: SentenceContext): { from: string; to: string } | undefined {
  if (sentence.kind !== 'item' || !sentence.listIntro) return undefined;
  const mentions = findCountryMentions(sentence.listIntro, sentence.pair);
  let marked = '';
  let at = 0;
  mentions.forEach((m, i) => {
    marked += `${sentence.listIntro?.slice(at, m.start)}⟨${i}⟩`;
    at = m.end;
  });
  marked += sentence.listIntro.slice(at);
  const m = LIST_DIRECTION.exec(marked) ?? LIST_TO.exec(marked);
  if (!m || !/visit/i.test(marked)) return undefined;
  const from = mentions[Number(m[1])]?.code;
  const to = mentions[Number(m[2])]?.code;
  return inPair(sentence, from) && inPair(sentence, to) && from !== to ? { from, to } : undefined;
}

const WHOLE_OFFICE = new RegExp(`^(?:${OFFICE_PATTERN})$`, 'u');
const WHOLE_NAME = new RegExp(`^${NAME_PATTERN}$`, 'u');

/** A table row "2014 | Narendra Modi | Prime Minister": the name from one cell, the office from another. */
function personOfRow(text: string): PersonMention[] {
  const cells = text.split('|').map((cell) => cell.trim());
  const office = cells.find((cell) => WHOLE_OFFICE.test(cell));
  const name = cells.find((cell) => cell !== office && WHOLE_NAME.test(cell) && cell.includes(' '));
  return name ? [{ name, ...(office ? { office } : {}), start: 0, end: 0 }] : [];
}

/** Visits in a list item: "Prime Minister N (1994, 2003)" gives one visit per date. */
function fromListItem(sentence: SentenceContext, direction: { from: string; to: string }): Visit[] {
  let people = findPeople(sentence.marked);
  if (!people.length && sentence.text.includes('|')) people = personOfRow(sentence.text);
  if (!people.length) {
    const name = /^(?:\d[^A-Z]*?[:–-]\s*)?(\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){1,3})/u.exec(
      sentence.text,
    )?.[1];
    if (name) people = [{ name, start: 0, end: 0 }];
  }
  if (!people.length) return [];
  const visitors = people.map((p) => person(p, direction.from));
  return sentence.dates.map((d) => ({
    date: d.edtf,
    from: direction.from,
    to: direction.to,
    visitors,
    provenance: [provenanceOf(sentence)],
  }));
}

/** Visits stated in one sentence or list item. `next` is the following sentence of the paragraph, if any. */
export function extractVisits(sentence: SentenceContext, next?: SentenceContext): Visit[] {
  const direction = listDirection(sentence);
  if (direction && sentence.dates.length) return fromListItem(sentence, direction);
  const clauses = visitClauses(sentence);
  return clauses ? clauses.flatMap((clause) => fromProse(clause, undefined)) : fromProse(sentence, next);
}

const CLAUSE_BREAK = /,\s+and\s+(?=(?:the\s+)?(?:⟨\d+⟩|\p{Lu}))|;\s+|,\s+while\s+|,\s+whereas\s+/gu;
const VISIT_VERB =
  /\b(?:visited|paid\s+(?:an?\s+)?(?:[\p{Ll}-]+\s+){0,2}visit|travell?ed\s+to|made\s+(?:an?\s+)?(?:[\p{Ll}-]+\s+){0,2}visit)\b/u;

/**
 * "A visited Athens on 31 May 2021, and B visited Ankara on 15 April 2021": two visits, read clause by clause,
 * each clause with the dates written in it. Undefined when the sentence tells one visit.
 */
function visitClauses(sentence: SentenceContext): SentenceContext[] | undefined {
  const marked = sentence.marked.marked;
  if (sentence.dates.length < 2 || !/,\s+and\s|;|,\s+while\s|,\s+whereas\s/.test(marked)) return undefined;
  const cuts = [0, ...[...marked.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length), marked.length];
  const parts: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) parts.push([cuts[i] as number, cuts[i + 1] as number]);
  if (parts.filter(([a, b]) => VISIT_VERB.test(marked.slice(a, b))).length < 2) return undefined;
  // Dates are offsets in the plain text: map each marked offset back past the markers before it.
  const textAt = (at: number) => {
    let shift = 0;
    for (const m of marked.slice(0, at).matchAll(/⟨(\d+)⟩/g))
      shift += (mentionAt(sentence, m[1])?.text.length ?? 0) - m[0].length;
    return at + shift;
  };
  return parts.map(([a, b]) => {
    const [start, end] = [textAt(a), textAt(b)];
    return {
      ...sentence,
      marked: { ...sentence.marked, marked: marked.slice(a, b) },
      dates: sentence.dates.filter((d) => d.start >= start && d.end <= end),
    };
  });
}
