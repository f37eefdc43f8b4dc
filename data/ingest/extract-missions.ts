// Reads diplomatic missions: who has an embassy or consulate where, resident or accredited from elsewhere.
import type { Mission } from '../schema/index.ts';
import { countryLexicon, countryOfCity } from './country-lexicon.ts';
import { findDates } from './parse-date.ts';
import { inPair, mentionAt, otherOf, pairNamed, provenanceOf, type SentenceContext } from './sentence-context.ts';

const KIND = String.raw`([Hh]igh\s+[Cc]ommissions?|[Ll]egations?|[Hh]onorary\s+[Cc]onsulates?(?:[-\s][Gg]eneral)?|[Hh]onorary\s+[Cc]onsul(?:ate|s)?|[Cc]onsulates?[-\s][Gg]eneral|[Cc]onsulates?|[Ee]mbass(?:y|ies)|[Tt]rade\s+[Oo]ffice|[Rr]epresentative\s+[Oo]ffice|[Ll]iaison\s+[Oo]ffice)`;
// A particle joins two capitalised words ("Frankfurt am Main", "Playa del Carmen"), never ends the city ("Tallinn on").
const CITY = String.raw`(⟨\d+⟩|\p{Lu}[\p{L}\p{M}'’-]*(?:\s(?:(?:de|del|da|am|upon|on)\s)?\p{Lu}[\p{L}\p{M}'’-]*)*)(?:,\s(?:the\s)?⟨(\d+)⟩)?`;
const OWNER = String.raw`⟨(\d+)⟩(?:['’]s?)?`;

const RESIDENT = new RegExp(
  String.raw`${OWNER}(?:\s+(?:also|now|currently|still))?\s+(has\s+had|have\s+had|has|had|have|maintains|maintained|keeps|kept|operates|runs|opened|established|reopened|re-opened|closed|has\s+closed|will\s+open|would\s+open|plans\s+to\s+open|planned\s+to\s+open|intends\s+to\s+open|is\s+(?:going|set|due|about)\s+to\s+open|announced\s+(?:that\s+it\s+(?:will|would)\s+open|(?:its\s+)?plans?\s+to\s+open|the\s+opening\s+of))\s+(?:an?\s+|its\s+|one\s+|the\s+|two\s+|three\s+|several\s+)?(?:resident\s+|new\s+)?${KIND}\s+in\s+${CITY}`,
  'gu',
);
const POSSESSIVE = new RegExp(String.raw`${OWNER}\s+${KIND}\s+in\s+${CITY}`, 'gu');
// "the embassy of Estonia in Helsinki", and the list item "Embassy of Finland, Tallinn".
const OF_OWNER = new RegExp(String.raw`\b${KIND}\s+of\s+(?:the\s+)?⟨(\d+)⟩(?:\s+in|,)\s+${CITY}`, 'gu');
/** A resident mission, with a city, opening date and status only where the text gives them. */
function residentMission(
  sender: string,
  host: string,
  kind: Mission['kind'],
  provenance: Mission['provenance'],
  {
    city,
    opened,
    status = 'open',
  }: { city?: string | undefined; opened?: string | undefined; status?: Mission['status'] } = {},
): Mission {
  // Key order is the committed records' field order.
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

type NonResidentGroups = { sender: number; host: number; kind?: number; city: number; country: number };

/** Non-resident missions, each pattern with the groups that hold sender, host, kind, city and its country. */
const NON_RESIDENT: { pattern: RegExp; groups: NonResidentGroups }[] = [
  {
    pattern: new RegExp(
      String.raw`⟨(\d+)⟩[^⟨.;]{0,60}?\b(?:represented|accredited|covers|covered|served|represents\s+itself)\b[^⟨;]{0,20}?⟨(\d+)⟩[^⟨;]{0,30}?\b(?:through|by|from|via)\s+(?:its|an?|the)\s+(?:\w+\s+)?${KIND}\s+in\s+${CITY}`,
      'gu',
    ),
    groups: { sender: 1, host: 2, kind: 3, city: 4, country: 5 },
  },
  {
    pattern: new RegExp(
      String.raw`⟨(\d+)⟩(?:['’]s?)?\s+(?:[Aa]mbassador|${KIND})\s+(?:to\s+\S+\s+)?in\s+${CITY}\s+(?:is|was)\s+(?:also\s+)?accredited\s+to\s+(?:the\s+)?⟨(\d+)⟩`,
      'gu',
    ),
    groups: { sender: 1, kind: 2, city: 3, country: 4, host: 5 },
  },
  {
    // "The embassy of Denmark in Vienna is also accredited to Albania".
    pattern: new RegExp(
      String.raw`\b${KIND}\s+of\s+(?:the\s+)?⟨(\d+)⟩\s+in\s+${CITY}\s+(?:is|was)\s+(?:also\s+)?accredited\s+to\s+(?:the\s+)?⟨(\d+)⟩`,
      'gu',
    ),
    groups: { kind: 1, sender: 2, city: 3, country: 4, host: 5 },
  },
  {
    // "accredited to Albania from Vienna", "by a non-resident ambassador based in Vienna": no mission named.
    pattern: new RegExp(
      String.raw`⟨(\d+)⟩[^⟨.;]{0,60}?\b(?:represented|accredited|covered)\b[^⟨;]{0,20}?⟨(\d+)⟩\s+(?:(?:through|by|from|via)\s+(?:an?\s+)?(?:non-resident\s+)?(?:ambassador|envoy)\s+(?:resident|based|residing|stationed)\s+in|from)\s+${CITY}`,
      'gu',
    ),
    groups: { sender: 1, host: 2, city: 3, country: 4 },
  },
];
const ONE = new RegExp(
  String.raw`${OWNER}(?:\s+(?:also|now|currently))?\s+(has|maintains|keeps|operates|opened|established)\s+one\s+in\s+${CITY}`,
  'gu',
);
const EACH_OTHER =
  /\b(?:both\s+countries|the\s+two\s+countries|each\s+(?:country|side|state|nation)|⟨(\d+)⟩\s+and\s+⟨(\d+)⟩|and(?=\s+(?:they\s+)?each\s)(?:\s+they)?)\s+(?:each\s+)?(?:have|has|maintains?|opened|established|operates?|each\s+have|each\s+opened)\s+(?:resident\s+)?(?:an?\s+)?(embass(?:y|ies))\s+in\s+(?:each\s+other['’]s|the\s+other['’]s|one\s+another['’]s)\s+capitals?/giu;

const ANOTHER = new RegExp(
  String.raw`^(?:,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?|\s+(?:and|as\s+well\s+as|plus)\s+)(?:an?\s+|one\s+|two\s+|three\s+|several\s+)?${KIND}\s+in\s+${CITY}`,
  'u',
);
// "Guadalajara, Monterrey and Playa del Carmen": a city of up to three words, with particles between.
const MORE_CITIES =
  /^(?:,\s+(?:and\s+)?|\s+and\s+)(\p{Lu}[\p{L}\p{M}'’-]+(?:\s(?:(?:de|del|da|do|dos|das|la|el|of|upon|am|sur|en)\s)?\p{Lu}[\p{L}\p{M}'’-]+){0,2})(?![\p{L}])/u;

// "accredited ... from its embassy in Stockholm until 1990", "had an embassy in X until 2002": no longer so.
const ENDED =
  /^\s*(?:,\s*)?(?:from\s+\d{4}\s+)?(?:until|to|till)\s+(?:\d|(?:the\s+)?(?:early|mid|late|end)\b|January|February|March|April|May|June|July|August|September|October|November|December)/;

function kindOf(written: string): Mission['kind'] {
  const w = written.toLowerCase();
  if (w.startsWith('honorary')) return 'honorary-consulate';
  if (/consulates?[-\s]general/.test(w)) return 'consulate-general';
  if (w.startsWith('consul')) return 'consulate';
  // A high commission is the embassy of one Commonwealth country in another.
  if (w.startsWith('embass') || w.startsWith('high')) return 'embassy';
  return 'other';
}

function statusOf(verb: string): Mission['status'] {
  if (/close/.test(verb)) return 'closed';
  if (/will|would|plan|intend|going|set|due|about|announced/.test(verb)) return 'planned';
  return 'open';
}

/** A captured city: a country marker gives the country only; a name gives the city and, if known, its country. */
function place(
  sentence: SentenceContext,
  cityText: string | undefined,
  countryIndex: string | undefined,
): { city?: string; country?: string } {
  if (!cityText) return {};
  const marker = /^⟨(\d+)⟩$/.exec(cityText);
  if (marker) return { country: mentionAt(sentence, marker[1])?.code };
  const city = cityText.trim();
  const country = mentionAt(sentence, countryIndex)?.code ?? countryOfCity(city);
  return { city, country };
}

/** "Lithuania is accredited ..., and it has a consulate in X": "it" is the country last named before it. */
function resolveIt(sentence: SentenceContext): string {
  const subjectBefore = (at: number) =>
    [...sentence.marked.marked.slice(0, at).matchAll(/⟨(\d+)⟩(?!['’])/g)].find((m) => {
      const mention = mentionAt(sentence, m[1]);
      return mention?.form === 'name' && inPair(sentence, mention.code);
    })?.[0];
  return sentence.marked.marked
    .replace(
      /\b[Ii]t(?=\s+(?:also\s+)?(?:has|had|maintains|keeps|operates|runs|opened|reopened|closed|will\s+open)\b)/g,
      (it, at: number) => subjectBefore(at) ?? it,
    )
    .replace(
      // "Denmark has no embassy in Albania; its embassy in Rome is accredited ...": "its" is the subject's.
      /(?<=(?:^|[;,]\s*|\b(?:and|while|but|whereas)\s+))[Ii]ts(?=\s+(?:\w+\s+)?(?:embassy|consulate|ambassador)\b)/g,
      (its, at: number) => {
        const subject = subjectBefore(at);
        return subject ? `${subject}'s` : its;
      },
    );
}

/** Missions stated in one sentence; one in a third country (or accredited to one) is left out. */
export function extractMissions(sentence: SentenceContext): Mission[] {
  if (!/embass|consul|office|accredit|represent|high\s+commission|legation/i.test(sentence.text)) return [];
  const marked = resolveIt(sentence);
  const provenance = [provenanceOf(sentence)];
  const missions: Mission[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);

  for (const { pattern, groups } of NON_RESIDENT) {
    for (const m of marked.matchAll(pattern)) {
      const sender = mentionAt(sentence, m[groups.sender])?.code;
      const host = mentionAt(sentence, m[groups.host])?.code;
      const kindText = (groups.kind ? m[groups.kind] : undefined) ?? 'embassy';
      const from = place(sentence, m[groups.city], m[groups.country]);
      if (!inPair(sentence, sender) || !inPair(sentence, host) || sender === host) continue;
      if (overlaps(m.index, m.index + m[0].length)) continue;
      taken.push([m.index, m.index + m[0].length]);
      // "represented in Denmark through its embassy in Copenhagen": a resident mission after all.
      if (from.country === host) {
        missions.push(residentMission(sender, host, kindOf(kindText ?? 'embassy'), provenance, { city: from.city }));
        // "... through its embassy in Tallinn and a consulate in Tartu".
        let rest = marked.slice(m.index + m[0].length);
        for (let a = ANOTHER.exec(rest); a; a = ANOTHER.exec(rest)) {
          const more = place(sentence, a[2], a[3]);
          if ((more.country ?? host) === host && more.city)
            missions.push(residentMission(sender, host, kindOf(a[1] ?? ''), provenance, { city: more.city }));
          rest = rest.slice(a[0].length);
        }
        continue;
      }
      const accreditedFrom = from.country
        ? { country: from.country, ...(from.city ? { city: from.city } : {}) }
        : undefined;
      missions.push({
        sender,
        host,
        kind: kindOf(kindText ?? 'embassy'),
        residency: 'non-resident',
        ...(accreditedFrom ? { accreditedFrom } : {}),
        status: ENDED.test(marked.slice(m.index + m[0].length, m.index + m[0].length + 30)) ? 'closed' : 'open',
        provenance,
      });
    }
  }

  for (const m of /\bother|another\b/i.test(marked) ? marked.matchAll(EACH_OTHER) : []) {
    const lexicon = countryLexicon();
    // "A and B established relations, and each opened an embassy ...": "each" is the pair only if both were named.
    if (m[0].startsWith('and') && pairNamed(sentence).length < 2) continue;
    taken.push([m.index, m.index + m[0].length]);
    for (const sender of sentence.pair) {
      const host = otherOf(sentence, sender);
      const city = lexicon.countries.get(host)?.capitals[0];
      missions.push(residentMission(sender, host, 'embassy', provenance, { city }));
    }
  }

  const resident: (
    m: RegExpMatchArray,
    owner: string | undefined,
    verb: string,
    kindText: string | undefined,
    cityText: string | undefined,
    countryIndex: string | undefined,
  ) => void = (
    m: RegExpMatchArray,
    owner: string | undefined,
    verb: string,
    kindText: string | undefined,
    cityText: string | undefined,
    countryIndex: string | undefined,
  ) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const sender = mentionAt(sentence, owner)?.code;
    if (!inPair(sentence, sender) || overlaps(start, end)) return;
    const where = place(sentence, cityText, countryIndex);
    const host = where.country ?? otherOf(sentence, sender);
    if (!inPair(sentence, host) || host === sender) return;
    // "Denmark's embassy in Vienna is also accredited to Albania" was read above; "... accredited to Finland" is not ours.
    // A city known to be in the other country keeps the mission: "its embassy in Tallinn is also accredited to Latvia".
    if (
      where.country === undefined &&
      /^\s*(?:,\s*which\s+)?(?:is|was)\s+(?:also\s+)?accredited\s+to/.test(marked.slice(end))
    )
      return;
    taken.push([start, end]);
    const status = ENDED.test(marked.slice(end, end + 30)) ? 'closed' : statusOf(verb);
    // "consulates-general in Lviv, Lutsk and Odesa": one mission per city of the list.
    const more: string[] = [];
    let rest = marked.slice(end);
    if (where.city && /ies$|s\b|s[-\s]general$/i.test(kindText ?? '')) {
      for (let m = MORE_CITIES.exec(rest); m; m = MORE_CITIES.exec(rest)) {
        more.push(m[1] as string);
        rest = rest.slice(m[0].length);
      }
    }
    // "Israel has an embassy in Berlin and a consulate-general in Munich": the same sender again.
    const another = ANOTHER.exec(rest);
    const after = marked.slice(end, end + 60);
    const openedAfter =
      /^\s*(?:,\s*)?(?:which\s+)?(?:was\s+)?(?:opened|established|inaugurated|reopened)\s+(?:in|on)\s/.test(after);
    const dateAfter =
      /^\s*(?:in|on)\s/.test(after) && /open|establish|will|plan|intend|going|set|due|about|announced/.test(verb);
    // "has had an embassy in Tallinn since 1991": open since then.
    const since = /^\s*(?:,\s*)?since\s/.test(after) && !/close/.test(verb);
    const when = openedAfter || dateAfter || since ? findDates(after)[0]?.edtf : undefined;
    missions.push(
      residentMission(sender, host, kindOf(kindText ?? 'embassy'), provenance, {
        city: where.city,
        opened: when,
        status,
      }),
    );
    for (const city of more) {
      if ((countryOfCity(city) ?? host) !== host) continue;
      missions.push(residentMission(sender, host, kindOf(kindText ?? 'embassy'), provenance, { city, status }));
    }
    if (another) {
      const at = marked.length - rest.length + another.index;
      const next = Object.assign([another[0]], { index: at }) as RegExpMatchArray;
      resident(next, owner, verb, another[1], another[2], another[3]);
    }
  };

  for (const m of marked.matchAll(RESIDENT)) resident(m, m[1], m[2] ?? 'has', m[3], m[4], m[5]);
  for (const m of marked.matchAll(POSSESSIVE)) resident(m, m[1], 'has', m[2], m[3], m[4]);
  for (const m of marked.matchAll(OF_OWNER)) resident(m, m[2], 'has', m[1], m[3], m[4]);
  // "Estonia has an embassy in Helsinki and Finland has one in Tallinn": "one" of the kind named before it.
  const first = missions[0];
  if (first) for (const m of marked.matchAll(ONE)) resident(m, m[1], m[2] ?? 'has', first.kind, m[3], m[4]);
  return missions;
}
