// What aid was for: "allocated on human rights", "after the 2019 earthquake", "in flood relief", "to help combat X".
import type { Assistance } from '../../schema/index.ts';
import { previousOf, type SentenceContext } from '../context/sentence-context.ts';
import { spelled, type Token } from '../text/tokenize.ts';

const DISASTERS = new Set([
  'earthquake',
  'flood',
  'floods',
  'flooding',
  'wildfire',
  'wildfires',
  'fire',
  'fires',
  'pandemic',
  'tsunami',
  'hurricane',
  'cyclone',
  'drought',
  'storm',
  'storms',
  'typhoon',
]);
const HOW_GIVEN = new Set([
  'grant',
  'loan',
  'financial',
  'foreign',
  'bilateral',
  'official',
  'total',
  'direct',
  'additional',
  'concessional',
  'new',
  'further',
  'more',
  'cash',
  'budget',
  'budgetary',
]);

/** The purpose of the aid a sentence tells, where it says one. */
export function purposeOf(sentence: SentenceContext, kind: Assistance['kind']): string | undefined {
  const { tagged } = sentence;
  const tokens = tagged.tokens;
  // A phrase up to a stop; one that runs on past `max` tokens has no natural end, and is no purpose.
  const phrase = (from: number, stop: (t: Token, i: number) => boolean, max = 8) => {
    const out: Token[] = [];
    let i = from;
    for (; i < tokens.length && out.length < max; i++) {
      const t = tokens[i] as Token;
      if (stop(t, i)) break;
      out.push(t);
    }
    if (out.length === max && i < tokens.length && !stop(tokens[i] as Token, i)) return undefined;
    while (out[0] && ['the', 'a', 'an'].includes(out[0].key)) out.shift();
    return out.length ? spelled(out) : undefined;
  };
  const clauseEnd = (t: Token, i: number) =>
    (['in', 'to'].includes(t.key) && tagged.first(i + 1, 'COUNTRY') !== undefined) ||
    [',', ';', '.', '(', ')'].includes(t.key) ||
    (['in', 'on', 'during', 'by'].includes(t.key) &&
      (tagged.first(i + 1, 'DATE') !== undefined || tagged.first(i + 1, 'NUMBER') !== undefined));
  // "allocated on human rights", "earmarked for schools".
  for (let i = 0; i < tokens.length - 1; i++) {
    if (
      ['allocate', 'spend', 'earmark', 'use', 'direct'].includes((tokens[i] as Token).lemma) &&
      ['on', 'for', 'towards', 'to'].includes(tokens[i + 1]?.key ?? '')
    ) {
      const p = phrase(i + 2, clauseEnd);
      if (p) return p;
    }
  }
  // "after the 2019 earthquake", "after the earthquakes of February 2023": relief, or recovery where the sentence
  // says so. Only a few words may stand between the cue and the disaster, so "after the Puebla earthquake" is no cue.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!DISASTERS.has(t.key) && !DISASTERS.has(t.key.replace(/s$/, ''))) continue;
    let at = i - 1;
    while (at >= 0 && i - at <= 6) {
      const x = tokens[at] as Token;
      const filler =
        ['the', 'devastating', 'deadly', 'severe', 'catastrophic', 'major', 'massive', 'great', 'recent'].includes(
          x.key,
        ) ||
        x.kind === 'number' ||
        x.key.startsWith('covid') ||
        tagged.at(at).some((g) => g.type === 'COUNTRY' || g.type === 'DATE');
      if (!filler) break;
      at--;
    }
    const cue =
      ['after', 'following', 'during'].includes(tokens[at]?.key ?? '') ||
      (tokens[at]?.key === 'of' && tokens[at - 1]?.key === 'wake');
    if (!cue) continue;
    if (t.key === 'pandemic') return tokens[i - 1]?.text.startsWith('COVID') ? 'COVID-19 pandemic' : 'pandemic';
    const base = t.key.replace(/s$/, '').replace('flooding', 'flood');
    return tokens.some((x) => ['recovery', 'reconstruction', 'rebuild', 'rebuilding'].includes(x.key))
      ? `${base} recovery`
      : `${base} relief`;
  }
  // "the Danish South East Europe Programme", named in the sentence before.
  if (kind === 'programme') {
    for (let earlier = previousOf(sentence); earlier; earlier = previousOf(earlier)) {
      const et = earlier.tagged.tokens;
      const p = et.findIndex((t) => t.lemma === 'programme' && t.upper);
      if (p > 0) {
        let s = p;
        while (s > 0 && (et[s - 1] as Token).upper && p - s < 6) s--;
        return earlier.tagged.text(s, p + 1);
      }
    }
    const on = tokens.findIndex((t, i) => t.lemma === 'programme' && ['on', 'for'].includes(tokens[i + 1]?.key ?? ''));
    if (on >= 0) {
      const p = phrase(on + 2, (t) => ['in', 'worth', 'to', 'with', 'launched', ',', ';', '.'].includes(t.key), 6);
      if (p) return p;
    }
  }
  // "in flood relief", "as humanitarian aid".
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!['in', 'as', 'with'].includes((tokens[i] as Token).key)) continue;
    const a = tokens[i + 1] as Token;
    const b = tokens[i + 2];
    if (
      b &&
      ['relief', 'aid', 'assistance', 'reconstruction'].includes(b.key) &&
      a.kind === 'word' &&
      !a.upper &&
      !HOW_GIVEN.has(a.lemma)
    )
      return `${a.text} ${b.text}`;
  }
  // "to help combat X", "for X".
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    let from = -1;
    if (t.key === 'help' && tokens[i - 1]?.key === 'to') {
      from = i + 1;
      if (['combat', 'fight', 'tackle', 'with', 'in', 'address', 'counter'].includes(tokens[from]?.key ?? '')) from++;
    } else if ((t.key === 'for' || t.key === 'towards') && tokens[i + 1]?.kind === 'word') from = i + 1;
    else if (t.key === 'support' && tokens[i - 1]?.key === 'to') from = i + 1;
    if (from < 0) continue;
    const p = phrase(from, clauseEnd, 9);
    if (
      !p ||
      tagged.first(from, 'COUNTRY') ||
      /^(?:the\s)?(?:first|second|last)\s|^(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\b|^(?:period|years?)\b/.test(
        p.toLowerCase(),
      )
    )
      continue;
    const words = p.toLowerCase().split(' ');
    if (words.length === 2 && HOW_GIVEN.has(words[0] as string) && ['aid', 'assistance'].includes(words[1] as string))
      continue;
    return p;
  }
  return undefined;
}
