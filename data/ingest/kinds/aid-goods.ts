// Goods given as aid: "30 ventilators and 250.000 COVID-19 vaccine doses", "tents, blankets and water purifiers".
import type { SentenceContext } from '../context/sentence-context.ts';
import { spelled, type Token } from '../text/tokenize.ts';

const GOODS = new Set([
  'fodder',
  'food',
  'medicine',
  'equipment',
  'vaccine',
  'tent',
  'blanket',
  'ventilator',
  'mask',
  'water',
  'generator',
  'ambulance',
  'vehicle',
  'clothes',
  'clothing',
  'seed',
  'fuel',
  'hay',
  'feed',
  'supplies',
  'supply',
  'ration',
  'bed',
  'dose',
  'test',
  'kit',
  'truck',
  'computer',
  'hospital',
  'firefighter',
  'rescuer',
  'doctor',
  'aircraft',
  'helicopter',
  'purifier',
  'flour',
  'maize',
  'rice',
  'wheat',
  'pump',
  'kitchen',
  'expertise',
  'know-how',
]);
// A team is goods only as a rescue or medical team.
const TEAM_QUALIFIERS = new Set(['rescue', 'medical', 'search', 'firefighting']);
const NOT_AID_ITEM = new Set([
  'troop',
  'troops',
  'soldier',
  'soldiers',
  'peacekeeper',
  'peacekeepers',
  'military',
  'officer',
  'officers',
  'diplomat',
  'diplomats',
  'student',
  'students',
  'tourist',
  'tourists',
  'player',
  'players',
  'athlete',
  'athletes',
  'delegate',
  'delegates',
  'expert',
  'experts',
]);
const ITEM_VERBS = new Set([
  'donate',
  'provide',
  'give',
  'send',
  'deliver',
  'supply',
  'contribute',
  'gift',
  'ship',
  'hand',
  'offer',
]);
const ITEMS_END = new Set([
  'to',
  'for',
  'worth',
  'valued',
  'as',
  'through',
  'via',
  'after',
  'during',
  'which',
  'that',
  'when',
  'in',
  'on',
  ';',
  '.',
  ':',
  '"',
  '“',
  'who',
  'while',
  'but',
]);
export /** Counted goods after a giving verb: "30 ventilators and 250.000 COVID-19 vaccine doses". */
function itemsIn(sentence: SentenceContext): { item: string; quantity?: number }[] {
  const { tagged } = sentence;
  const tokens = tagged.tokens;
  const items: { item: string; quantity?: number }[] = [];
  for (let v = 0; v < tokens.length; v++) {
    if (!ITEM_VERBS.has((tokens[v] as Token).lemma) || (tokens[v] as Token).key === (tokens[v] as Token).lemma)
      continue;
    let at = v + 1;
    if (tokens[at]?.key === 'over' && tokens[at + 1]?.key !== 'to') at++;
    // "provided Japan with relief materials", "contributed with fodder".
    const indirect = tagged.first(at, 'COUNTRY');
    if (indirect && tokens[indirect.end]?.key === 'with') at = indirect.end + 1;
    if (tokens[at]?.key === 'with') at++;
    if (
      ['a', 'total', 'some', 'about', 'around', 'approximately'].includes(tokens[at]?.key ?? '') &&
      tokens[at + 1]?.key === 'total'
    )
      at += 3;
    if (['some', 'about', 'around', 'approximately', 'over'].includes(tokens[at]?.key ?? '')) at++;
    let parts: Token[][] = [[]];
    for (let n = 0; at < tokens.length && n < 40; n++, at++) {
      const t = tokens[at] as Token;
      if (ITEMS_END.has(t.key)) break;
      if (tagged.first(at, 'COUNTRY') && (t.upper || tokens[at - 1]?.key === 'and')) break;
      if (t.key === 'and' || t.key === ',') {
        // ", which ...", "and provided ...": the list of goods ends where a new clause starts.
        const next = tokens[at + 1] as Token | undefined;
        if (!next || ITEM_VERBS.has(next.lemma) || ITEMS_END.has(next.key) || next.lemma === 'also') break;
        parts.push([]);
        continue;
      }
      (parts.at(-1) as Token[]).push(t);
    }
    parts = parts.filter((p) => p.length > 0);
    for (const part of parts) {
      const start = tokens.indexOf(part[0] as Token);
      if (tagged.first(start, 'MONEY')) continue;
      const number = tagged.first(start, 'NUMBER');
      let words = part;
      let quantity: number | undefined;
      if (number && Number.isInteger(number.value.value)) {
        quantity = number.value.value;
        words = tokens.slice(number.end, start + part.length);
        if (words[0]?.key === 'of') words = words.slice(1);
      }
      while (words[0] && ['the', 'a', 'an', 'some'].includes(words[0].key)) words = words.slice(1);
      const item = spelled(words);
      if (!item || words.length > 6) continue;
      const isGoods = words.some(
        (t, i) =>
          GOODS.has(t.lemma) ||
          GOODS.has(t.key) ||
          GOODS.has(t.key.replace(/s$/, '')) ||
          (t.key.startsWith('team') && TEAM_QUALIFIERS.has(words[i - 1]?.key ?? '')),
      );
      if (
        (quantity === undefined && !isGoods) ||
        words.some((t) => NOT_AID_ITEM.has(t.key) || NOT_AID_ITEM.has(`${t.key}s`))
      )
        continue;
      if (items.some((i) => i.item === item)) continue;
      items.push(quantity === undefined ? { item } : { item, quantity });
    }
  }
  return items;
}
