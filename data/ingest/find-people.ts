// Finds office holders in a marked sentence: "Danish Foreign Minister Per Stig Møller", "President Topi".
import type { MarkedSentence } from './find-country-mentions.ts';

/** A person with the office the text gives and, where it says, the country they serve. */
export type PersonMention = {
  name: string;
  office?: string;
  country?: string;
  start: number;
  end: number;
  /** Whether the country came from a word before the office ("Danish Foreign Minister"). */
  prefixed?: boolean;
};

const PORTFOLIO_WORD =
  '(?:Foreign|Affairs|European|Europe|Development|Co-?operation|Trade|Defen[cs]e|Finance|Economy|Economic|Interior|Justice|Health|Education|Culture|Energy|Environment|Climate|Agriculture|Integration|Tourism|Transport|Industry|Business|Growth|Labour|Employment|Social|Science|Research|Innovation|Digital|Home|Security|International|Relations|Diaspora|Infrastructure|Public|Works|Local|Government|Nordic|Sports?|Youth|Immigration|Taxation|Fisheries|Food|Equality|Children|Housing|Enterprise|Investment|Entrepreneurship|Regional|Administration|Integration|Communications|Technology|Media)';
const PORTFOLIO = String.raw`(?:the\s)?${PORTFOLIO_WORD}(?:(?:,\s|\s(?:and|of|for|&)\s|\s)${PORTFOLIO_WORD})*`;
const OFFICE = [
  String.raw`(?:(?:First\s)?(?:Deputy|Vice|Acting)[-\s])?(?:Prime\sMinister|President|Premier|Chancellor)`,
  String.raw`(?:(?:Deputy|Vice)[-\s])?${PORTFOLIO_WORD}\sMinister`,
  String.raw`(?:Deputy\s)?Minister\s(?:of|for)\s${PORTFOLIO}`,
  String.raw`(?:Foreign|Home|Defen[cs]e)\sSecretary`,
  String.raw`Secretary\sof\sState(?:\sfor\s${PORTFOLIO})?`,
  String.raw`Crown\sPrincess|Crown\sPrince|Grand\sDuke|Grand\sDuchess|King|Queen|Prince|Princess|Empress|Emperor|Emir|Sultan`,
  String.raw`Speaker\sof\s(?:the\s)?[\p{Lu}][\p{L}]+(?:\s(?:Assembly|Parliament))?`,
  String.raw`Governor[-\s]General`,
  'Taoiseach|T[áa]naiste',
  // Lower case as many articles write it: "the Finnish foreign minister Pekka Haavisto".
  String.raw`(?:prime|foreign|defen[cs]e|finance|trade)\sminister|president|chancellor|king|queen`,
  String.raw`Chief\sof\s(?:the\s)?(?:Defen[cs]e|General)\sStaff`,
].join('|');
// "McAleese", "O'Brien", "Thorning-Schmidt": a capital may follow Mc, Mac or an apostrophe.
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}?[\p{Ll}\p{M}]+)?`;
const REGNAL = String.raw`(?:[IVX]{1,5})(?![\p{L}])`;
const PARTICLE = '(?:van|von|de|der|den|da|di|du|la|le|bin|ibn|al|el|dos|das)';
// "Carl XVI Gustaf", "Harald V": a regnal number may sit inside or end a name.
const NAME = String.raw`${NAME_WORD}(?:\s(?:(?:${PARTICLE}\s)?${NAME_WORD}|${REGNAL})){0,3}`;
const COUNTRY_BEFORE = String.raw`(?:⟨(\d+)⟩(?:['’]s?)?\s)?`;
const OFFICES = String.raw`((?:${OFFICE})(?:(?:\s(?:and|&)\s|,\s)(?:${OFFICE}))*)`;
const PERSON = new RegExp(
  String.raw`(?=⟨|the\s|\p{Lu})${COUNTRY_BEFORE}(?:the\s)?${OFFICES}(?:\sof\s⟨(\d+)⟩)?,?\s(${NAME})`,
  'gu',
);

const OFFICE_WORD =
  /Minister|President|Premier|Chancellor|Secretary|King|Queen|Prince|Empress|Emperor|Emir|Sultan|Speaker|Governor|Chief|Duke|Duchess|Taoiseach|T[áa]naiste|\b(?:minister|president|chancellor|king|queen)\b/;
const OFFICE_WORDS = new RegExp(OFFICE_WORD.source, 'g');

// "his Danish counterpart Helle Thorning-Schmidt": a person with a country and no office of their own.
const COUNTERPART = new RegExp(String.raw`⟨(\d+)⟩\s+counterparts?,?\s+(${NAME})`, 'gu');

// "Lune Raangor, President of Sri Lanka, received ...": the name first, the office in apposition.
// Found from the comma, then the name read backwards from it: cheaper than trying a name at every word.
const APPOSITIVE = new RegExp(
  String.raw`,\s(?:the\s|then\s|later\s|former\s)?(?:⟨(\d+)⟩(?:['’]s?)?\s)?${OFFICES}(?:\sof\s(?:the\s)?⟨(\d+)⟩)?(?=,|\s(?:visited|received|hosted|met|paid|travell?ed|arrived|welcomed))`,
  'gu',
);
const NAME_AT_END = new RegExp(String.raw`(?:^|[^\p{L}\p{M}'’-])(${NAME})$`, 'u');

/** An office as records write it: "foreign minister" becomes "Foreign Minister", "of" and "and" stay small. */
const officeName = (written: string): string =>
  written
    .replace(/\s+/g, ' ')
    .replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase())
    .replace(/\b(Of|For|And|The)\b/g, (w) => w.toLowerCase());

// Words that begin a clause, not a name.
const NOT_A_NAME = new Set(['The', 'In', 'On', 'At', 'And', 'Of', 'During', 'Also', 'Both', 'His', 'Her', 'Their']);

/** Matches of PERSON, tried only in windows around office words: the full pattern is costly at every word. */
function personMatches(marked: string): RegExpExecArray[] {
  const windows: [number, number][] = [];
  for (const m of marked.matchAll(OFFICE_WORDS)) {
    const start = Math.max(0, m.index - 60);
    const end = Math.min(marked.length, m.index + 140);
    const last = windows.at(-1);
    if (last && start <= last[1]) last[1] = end;
    else windows.push([start, end]);
  }
  const found: RegExpExecArray[] = [];
  for (const [start, end] of windows) {
    for (const m of marked.slice(start, end).matchAll(PERSON)) {
      m.index += start;
      if (!found.some((f) => f.index <= m.index && m.index < f.index + f[0].length)) found.push(m);
    }
  }
  return found;
}

// The article's pre-pass and the visit reader ask about the same sentences: read each once.
const CACHE = new WeakMap<MarkedSentence, PersonMention[]>();

/** Office holders named in the sentence, with the country an adjective, possessive or "of X" gives them. */
export function findPeople(sentence: MarkedSentence): PersonMention[] {
  let people = CACHE.get(sentence);
  if (!people) {
    people = readPeople(sentence);
    CACHE.set(sentence, people);
  }
  return people.map((p) => ({ ...p }));
}

function readPeople(sentence: MarkedSentence): PersonMention[] {
  const people: PersonMention[] = [];
  for (const m of sentence.marked.matchAll(COUNTERPART)) {
    const country = sentence.mentions[Number(m[1])]?.code;
    if (m[2]) people.push({ name: m[2], ...(country ? { country } : {}), start: m.index, end: m.index + m[0].length });
  }
  if (!OFFICE_WORD.test(sentence.marked)) return people;
  for (const m of sentence.marked.matchAll(APPOSITIVE)) {
    const before = NAME_AT_END.exec(sentence.marked.slice(Math.max(0, m.index - 60), m.index));
    const countryIndex = m[1] ?? m[3];
    const country = countryIndex === undefined ? undefined : sentence.mentions[Number(countryIndex)]?.code;
    const name = (before?.[1] ?? '')
      .split(' ')
      .filter((w) => !NOT_A_NAME.has(w))
      .join(' ');
    if (!name) continue;
    people.push({
      name,
      office: officeName(m[2] ?? ''),
      ...(country ? { country } : {}),
      start: m.index - (before?.[1]?.length ?? 0),
      end: m.index + m[0].length,
    });
  }
  for (const m of personMatches(sentence.marked)) {
    const rawName = m[4] ?? '';
    const words = rawName.split(' ');
    while (words.length && NOT_A_NAME.has(words[0] as string)) words.shift();
    const name = words.join(' ');
    if (!name) continue;
    // "President Xi Jinping of China": the country may follow the name.
    const ofAfter = /^,?\s+of\s+(?:the\s+)?⟨(\d+)⟩/.exec(sentence.marked.slice(m.index + m[0].length));
    const countryIndex = m[1] ?? m[3] ?? ofAfter?.[1];
    const country = countryIndex === undefined ? undefined : sentence.mentions[Number(countryIndex)]?.code;
    const office = officeName(m[2] ?? '');
    const previous = people.at(-1);
    // "Danish Foreign Minister A and Minister of European Affairs B": B serves the same country as A.
    const joined =
      previous?.prefixed && /^\s*(?:,|and|&|,\s*and)\s*$/.test(sentence.marked.slice(previous.end, m.index));
    people.push({
      name,
      office: office || undefined,
      country: country ?? (joined ? previous?.country : undefined),
      start: m.index,
      end: m.index + m[0].length,
      prefixed: m[1] !== undefined || Boolean(joined),
    });
  }
  return people;
}

/** Whether the text has a word that can start or end an office ("Minister", "King", "Taoiseach"). */
export const hasOfficeWord = (text: string): boolean => OFFICE_WORD.test(text);

/** Office words at the start of a list item ("Prime Minister N (1994, 2003)"), as a pattern other readers reuse. */
export const OFFICE_PATTERN = OFFICES;
export const NAME_PATTERN = NAME;
