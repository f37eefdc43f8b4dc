// Reads aid between the pair: money with its currency, goods with their quantities, and what it was for.
import type { Assistance } from '../schema/index.ts';
import { findMoney } from './parse-money.ts';
import { NUMBER, parseScaled, SCALE } from './parse-quantity.ts';
import { inPair, mentionAt, otherOf, provenanceOf, type SentenceContext } from './sentence-context.ts';

// "promised to buy goods worth ...": a promise to do something else is no gift.
const GIVE = String.raw`(?:(?:paid|pays)(?!\s+(?:an?\s+|its\s+|their\s+)?(?:[\p{Ll}-]+\s+)?(?:visits?|tribute|homage|respects?|attention))|lent|lend|lends|loaned|donated|donates|provided|provides|gave|gives|given|granted|grants|allocated|allocates|contributed|contributes|sent|sends|pledged(?!\s+to\s+(?!the\b|an?\b|its\b|their\b)[a-z])|pledges(?!\s+to\s+(?!the\b|an?\b|its\b|their\b)[a-z])|delivered|delivers|supplied|supplies|gifted|offered(?!\s+to\s+(?!the\b|an?\b|its\b|their\b)[a-z])|committed(?!\s+to\s+(?!the\b|an?\b|its\b|their\b)[a-z])|assisted|assists|assist|helped|helps|supported|supports|funded|funds|financed|finances|shipped|handed\s+over|disbursed|spent|promised(?!\s+to\s+(?!the\b|an?\b|its\b|their\b)[a-z])|promises(?!\s+to\s+(?!the\b|an?\b|its\b|their\b)[a-z])|earmarked|earmarks|awarded|awards|extended|extends|transferred|transfers)`;
// "in grants", "the grants": a noun, not the giving verb.
const GIVE_AT = new RegExp(String.raw`(?<!\b(?:in|of|the|as|and|its|their)\s)\b${GIVE}\b`, 'u');
const RECEIVED =
  /⟨(\d+)⟩[^⟨.;]{0,40}?\b(?:received|got|obtained|was\s+given|has\s+been\s+given|benefited)\b[^;]{0,120}?\bfrom\s+(?:the\s+)?⟨(\d+)⟩/u;
// "Denmark's development assistance to Albania totalled ...": the aid is named, with its giver and receiver.
const AID_TO =
  /⟨(\d+)⟩(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,2}(?:aid|assistance|support|grants?|donations?|contributions?|loans?)\s+to\s+(?:the\s+)?⟨(\d+)⟩/u;
const VISIT = /⟨(\d+)⟩[^⟨.;]{0,80}?\b(?:visited|visit\s+to|travell?ed\s+to)\s+(?:the\s+)?⟨(\d+)⟩/u;
const TRADE =
  /\b(?:trade|exports?|exported|imports?|imported|turnover|volume|investments?|invested|GDP|revenues?|tourists?|budget|worth\s+of\s+goods|sales)\b/i;
const AID_WORDS = new RegExp(
  String.raw`\b${GIVE}\b|\b(?:aid|assistance|relief|grant|donation|package|programme|program|received|receives)\b`,
  'iu',
);
const TIME_CUE = /\b(?:after|later|since|during|following|subsequently|before|then|shortly|meanwhile)\b/i;
const ITEM_VERB = String.raw`(?:donated|provided|gave|sent|delivered|supplied|contributed(?:\s+with)?|gifted|shipped|handed\s+over|offered|donating|providing|sending)`;
// After a giving verb, the list of goods runs until a preposition, a new clause or the end of the sentence.
const ITEMS_AFTER = new RegExp(
  String.raw`\b${ITEM_VERB}\s+(?:a\s+total\s+of\s+|some\s+|over\s+|about\s+|around\s+|approximately\s+|more\s+than\s+)?(.+?)(?=\s+(?:to|for|in\s+order|worth|valued|as|through|via|after|during|which|that|when|in|on)\b|\s+and\s+(?:the\s+)?(?:⟨\d+⟩|\p{Lu}\p{Ll})|\s+and\s+(?:also\s+)?${ITEM_VERB}\b|,\s+(?:which|who|while|but|as|after|during|and\s+(?:the\s+)?(?:⟨\d+⟩|\p{Lu}\p{Ll}))|[.;:](?=\s|$)|["“]|$)`,
  'gu',
);
const QUANTITY = new RegExp(String.raw`^(${NUMBER})(?:\s+(${SCALE}))?\s+(?:of\s+)?(.+)$`, 'i');
const GOODS =
  /\b(?:fodder|food|medicines?|medical\s+(?:supplies|equipment)|equipment|vaccines?|tents|blankets|ventilators|masks|water|generators|ambulances|vehicles|clothes|clothing|seeds|fuel|hay|feed|supplies|rations|beds|doses|tests|kits|trucks|computers|hospitals?|firefighters|rescuers|rescue\s+teams?|medical\s+teams?|doctors|aircraft|helicopters)\b/i;
const DISASTER =
  /\b(?:after|following|during|in\s+the\s+wake\s+of)\s+(?:the\s+)?(?:devastating\s+|deadly\s+|severe\s+|catastrophic\s+)?(?:\d{4}\s+)?(?:⟨\d+⟩\s+)?((?:COVID-19\s+)?(?:earthquakes?|floods?|flooding|wildfires?|forest\s+fires?|fires?|pandemic|tsunami|hurricane|cyclone|drought|storms?))\b/i;
const PURPOSE = [
  /\b(?:allocated|spent|earmarked|used|directed)\s+(?:on|for|to|towards)\s+([^,;.]+)/i,
  // "gave ... 10 million Deutsche Mark in flood relief", "as humanitarian aid": the kind of aid says what for.
  /\b(?:in|as|with)\s+((?:[\p{Ll}-]+\s){1,2}(?:relief|aid|assistance|reconstruction))\b/u,
  /\bto\s+help\s+(?:combat|fight|tackle|with|in|address|counter)?\s*([^,;.]+)/i,
  // "for COVID-19 relief": digits inside a name, never at its start ("for 2021", "for 3 years").
  /\b(?:for|to\s+support|towards)\s+((?:the\s+)?\p{L}[\p{L}\d\s-]{3,59}?)(?=[,;.]|\s*\(|\s+(?:in|on|during|by)\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|$)/iu,
];

// "for three years", "for the first time": how long or how often, not what for.
const HOW_LONG =
  /^(?:the\s+)?(?:first|second|third|last|\w+th)\s+time\b|^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)[\s-]+(?:days?|weeks?|months?|years?|decades?)\b|^(?:the\s+)?(?:period|years?)\b/i;

// "in grant aid", "as financial assistance": how the money is given, not what it is for.
const HOW_GIVEN =
  /^(?:grants?|loans?|financial|foreign|bilateral|official|total|direct|additional|concessional|new|further|more|cash|budget|budgetary)\s+(?:aid|assistance)$/i;

// "the British government gave": an adjective with the state it qualifies names the giver.
const STATE_AFTER = /^⟨\d+⟩\s+(?:government|authorities|state|foreign\s+ministry)\b/;
const OWNER_OF_SUBJECT = /^['’]s?\s+(?:[\p{L}-]+\s+){1,4}$/u;

type Direction = { donor: string; recipient: string };

function directionIn(sentence: SentenceContext): Direction | undefined {
  const marked = sentence.marked.marked;
  const mentions = [...marked.matchAll(/⟨(\d+)⟩/g)].map((m) => ({ at: m.index, mention: mentionAt(sentence, m[1]) }));
  const received = RECEIVED.exec(marked);
  if (received) {
    const recipient = mentionAt(sentence, received[1])?.code;
    const donor = mentionAt(sentence, received[2])?.code;
    if (inPair(sentence, donor) && inPair(sentence, recipient) && donor !== recipient) return { donor, recipient };
  }
  const aidTo = AID_TO.exec(marked);
  if (aidTo) {
    const donor = mentionAt(sentence, aidTo[1])?.code;
    const recipient = mentionAt(sentence, aidTo[2])?.code;
    if (inPair(sentence, donor) && inPair(sentence, recipient) && donor !== recipient) return { donor, recipient };
  }
  const verb = GIVE_AT.exec(marked);
  if (!verb) return undefined;
  // The giver: the last country named (as a name, not an adjective) before the verb.
  // "Sweden's development agency Sida allocated": a possessive owns the subject that gives, so it gives.
  const ownsGiver = (at: number) =>
    OWNER_OF_SUBJECT.test(marked.slice(at, verb.index).replace(/^⟨\d+⟩/, '')) &&
    !/\b(?:was|were|is|are|been|be|request\w*|appeal\w*|need\w*)\b/i.test(marked.slice(at, verb.index));
  const giver = mentions
    .filter(
      (m) =>
        m.at < verb.index &&
        (m.mention?.form === 'name' || (m.mention?.form === 'adjective' && STATE_AFTER.test(marked.slice(m.at)))) &&
        (!/^⟨\d+⟩['’]/.test(marked.slice(m.at, m.at + 6)) || ownsGiver(m.at)),
    )
    .at(-1);
  const donor = giver?.mention?.code;
  if (!inPair(sentence, donor) || verb.index - (giver?.at ?? 0) > 60) return undefined;
  // The receiver: a country named after the verb, "to X" first; a third country there means the aid is not ours.
  const after = mentions.filter((m) => m.at > verb.index && m.mention?.form !== 'adjective');
  const toward =
    after.find((m) => /\b(?:to|for|in)\s+(?:the\s+)?$/.test(marked.slice(Math.max(0, m.at - 10), m.at))) ?? after[0];
  const recipient = toward?.mention?.code;
  if (recipient !== undefined && !inPair(sentence, recipient)) return undefined;
  if (recipient === undefined || recipient === donor) return { donor, recipient: otherOf(sentence, donor) };
  return { donor, recipient };
}

/**
 * Whether someone other than the pair gives in this sentence ("The European Union pledged ..."): a giving verb
 * with a subject that is neither a pronoun nor a country, so the donor of an earlier sentence does not carry over.
 */
function ownGiver(sentence: SentenceContext): boolean {
  const verb = GIVE_AT.exec(sentence.marked.marked);
  if (!verb) return false;
  const before = sentence.marked.marked.slice(0, verb.index);
  // "73 million DKK has been given": passive, the giver is the one of the sentences before.
  if (/⟨\d+⟩/.test(before) || /\b(?:was|were|is|are|be|been|being)\s+(?:\w+\s+)?$/i.test(before)) return false;
  return !/^(?:(?:In|On|By|After|During|Since|Later|Then|Also|In\s+addition|[^,]*\d{4}),\s*)?(?:it|they|the\s+(?:country|government|state)|its\s+government)\b/i.test(
    before.trim(),
  );
}

/** Direction from an earlier sentence of the paragraph: its aid, or a visit that the money came with. */
function directionBefore(sentence: SentenceContext): Direction | undefined {
  for (const earlier of [...sentence.before].reverse()) {
    const direction = directionIn(earlier);
    if (direction) return direction;
    const visit = VISIT.exec(earlier.marked.marked);
    const from = visit ? mentionAt(earlier, visit[1])?.code : undefined;
    const to = visit ? mentionAt(earlier, visit[2])?.code : undefined;
    if (inPair(sentence, from) && inPair(sentence, to) && from !== to) return { donor: from, recipient: to };
  }
  return undefined;
}

function unmark(sentence: SentenceContext, text: string): string {
  return text
    .replace(/⟨(\d+)⟩/g, (_, i: string) => mentionAt(sentence, i)?.text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function itemsIn(sentence: SentenceContext): { item: string; quantity?: number }[] {
  const items: { item: string; quantity?: number }[] = [];
  if (!/donat|provid|gave|sent|sending|deliver|suppl|contribut|gift|ship|handed|offer/.test(sentence.text))
    return items;
  const parts = [...sentence.marked.marked.matchAll(ITEMS_AFTER)].flatMap((m) =>
    (m[1] ?? '').replace(/^⟨\d+⟩\s+with\s+/, '').split(/\s*,\s+(?:and\s+)?|\s+and\s+/),
  );
  for (const part of parts) {
    if (/⟨\d+⟩/.test(part) || findMoney(part).length) continue;
    const q = QUANTITY.exec(part);
    const quantity = q?.[1] ? parseScaled(q[1], q[2]) : undefined;
    const item = (q && quantity !== undefined ? (q[3] ?? '') : part).replace(/^(?:the|a|an|some)\s+/i, '').trim();
    if (!item || item.split(' ').length > 6) continue;
    if ((quantity === undefined && !GOODS.test(item)) || NOT_AID_ITEM.test(item)) continue;
    if (items.some((i) => i.item === item)) continue;
    items.push(quantity === undefined ? { item } : { item, quantity });
  }
  return items;
}

function purposeOf(sentence: SentenceContext, kind: Assistance['kind']): string | undefined {
  const marked = sentence.marked.marked;
  const allocated = PURPOSE[0]?.exec(marked)?.[1];
  if (allocated) return unmark(sentence, allocated).replace(/^the\s+/i, '');
  const disaster = DISASTER.exec(marked)?.[1];
  if (disaster) {
    if (/pandemic/i.test(disaster)) return disaster.replace(/^covid/i, 'COVID');
    const base = disaster
      .toLowerCase()
      .replace(/s$/, '')
      .replace(/flooding/, 'flood');
    return /\b(?:recovery|reconstruction|rebuild\w*)\b/i.test(marked) ? `${base} recovery` : `${base} relief`;
  }
  if (kind === 'programme' && /\b(?:the|this)\s+program(?:me)?\b/i.test(marked)) {
    for (const earlier of [...sentence.before].reverse()) {
      const name = /((?:⟨\d+⟩\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,6}Program(?:me)?)\b/u.exec(earlier.marked.marked)?.[1];
      if (name) return unmark(earlier, name);
    }
  }
  const programme =
    /\bprogram(?:me)?\s+(?:on|for)\s+((?:[\p{Ll}\p{Lu}-]+\s?){1,6}?)(?=\s+(?:in|worth|to|with|launched)\b|[,;.]|$)/u.exec(
      marked,
    )?.[1];
  if (programme) return programme.trim().replace(/^the\s+/i, '');
  for (const pattern of PURPOSE.slice(1)) {
    const phrase = pattern.exec(marked)?.[1];
    if (phrase && !/⟨/.test(phrase) && !HOW_LONG.test(phrase) && !HOW_GIVEN.test(phrase))
      return unmark(sentence, phrase).replace(/^the\s+/i, '');
  }
  return undefined;
}

/** "US$ 300 million in grants and US$ 200 million in loans": the word after an amount says its kind. */
function kindAfter(after: string): Assistance['kind'] | undefined {
  const word = /^\s+(?:in|as|of)\s+(?:[\p{Ll}-]+\s+)?(grants?|loans?|credits?)\b/u.exec(after)?.[1];
  if (!word) return undefined;
  return word.startsWith('grant') ? 'grant' : 'other';
}

// People sent under arms are not aid, however many.
const NOT_AID_ITEM =
  /\b(?:troops|soldiers|peacekeepers|military|officers|diplomats|students|tourists|players|athletes|delegates)\b/i;

/** Aid stated in one sentence; trade figures and aid to or from third countries are left out. */
export function extractAssistance(sentence: SentenceContext): Assistance[] {
  const money = findMoney(sentence.text, sentence.pair);
  const items = itemsIn(sentence);
  if (!money.length && !items.length) return [];
  // Trade and investment figures are not aid, unless someone is said to give the money.
  const traded =
    money.length > 0 && TRADE.test(sentence.text) && !items.length && !GIVE_AT.test(sentence.marked.marked);
  if (!AID_WORDS.test(sentence.text) || traded) return [];
  const direction = directionIn(sentence) ?? (ownGiver(sentence) ? undefined : directionBefore(sentence));
  if (!direction) return [];
  // "Since 1999, ... has given": a period, not the date of the aid.
  const moneyDates = sentence.dates.filter(
    (d) =>
      !money.some((m) => d.start < m.end && d.end > m.start) &&
      !/\b(?:since|from|until|by)\s+$/i.test(sentence.text.slice(Math.max(0, d.start - 7), d.start)),
  );
  let date = moneyDates[0]?.edtf;
  if (!date && !TIME_CUE.test(sentence.text)) {
    date = [...sentence.before].reverse().find((s) => s.dates.length)?.dates[0]?.edtf;
  }
  const kind: Assistance['kind'] = money.length
    ? /\bprogram(?:me)?s?\b|\bproject\b/i.test(sentence.text)
      ? 'programme'
      : /\bloans?\b|\bcredits?\b|\blen[dt]s?\b/i.test(sentence.text)
        ? 'other'
        : 'grant'
    : 'in-kind';
  const purpose = purposeOf(sentence, kind);
  const provenance = [provenanceOf(sentence)];
  const base = {
    donor: direction.donor,
    recipient: direction.recipient,
    ...(date ? { date } : {}),
  };
  const facts: Assistance[] = money.map((m) => ({
    ...base,
    kind: kindAfter(sentence.text.slice(m.end, m.end + 30)) ?? kind,
    money: { amount: m.amount, currency: m.currency },
    ...(purpose ? { purpose } : {}),
    provenance,
  }));
  if (items.length) facts.push({ ...base, kind: 'in-kind', items, ...(purpose ? { purpose } : {}), provenance });
  return facts;
}
