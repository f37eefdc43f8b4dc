// What a visit was for and whether it was a first: read from the sentence, or from the one after it.
import { nextOf, type SentenceContext } from '../context/sentence-context.ts';
import type { TaggedTokens } from '../tag/tag.ts';
import { spelled, type Token } from '../text/tokenize.ts';

const PURPOSE_VERBS = new Set([
  'sign',
  'attend',
  'open',
  'inaugurate',
  'mark',
  'celebrate',
  'strengthen',
  'promote',
  'deepen',
  'boost',
  'thank',
  'meet',
  'commemorate',
  'launch',
]);
const DISCUSS = new Set(['discuss', 'negotiate', 'review']);
/** Why a visit was made: "to discuss X", "to sign X", "focused on X", "for talks on X", "for X" at the end, or the next sentence ("The visit focused on X"). */
export function purposeOf(sentence: SentenceContext): string | undefined {
  const { tagged } = sentence;
  const tokens = tagged.tokens;
  // What someone said in quotes is not why they came.
  let quoted = false;
  const inQuote: boolean[] = tokens.map((t) => {
    if (t.text === '"' || t.text === '“' || t.text === '”') {
      quoted = t.text === '”' ? false : !quoted;
      return true;
    }
    return quoted;
  });
  const phrase = (from: number, max = 12) => {
    const out: Token[] = [];
    for (let i = from; i < tokens.length && out.length < max; i++) {
      const t = tokens[i] as Token;
      if ([',', ';', '.', '(', '"', '“'].includes(t.key) || inQuote[i]) break;
      out.push(t);
    }
    while (out[0] && ['the', 'a', 'an'].includes(out[0].key)) out.shift();
    const p = spelled(out);
    return p && p.length <= 80 && !/^\d/.test(p) ? p : undefined;
  };
  for (let i = 0; i < tokens.length - 1; i++) {
    if (inQuote[i]) continue;
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (t.key === 'to' && DISCUSS.has(next.lemma)) return phrase(i + 2);
    if (t.key === 'to' && next.key === 'talk' && tokens[i + 2]?.key === 'about') return phrase(i + 3);
    if (t.key === 'to' && PURPOSE_VERBS.has(next.lemma) && next.key === next.lemma) {
      const p = phrase(i + 1);
      if (p) return p;
    }
    if (['focus', 'center', 'concentrate'].includes(t.lemma) && next.key === 'on') return phrase(i + 2);
    if (t.key === 'for' && next.key === 'talks') {
      let at = i + 2;
      if (tokens[at]?.key === 'with')
        while (at < tokens.length && !['on', 'about', ',', '.'].includes(tokens[at]?.key ?? '')) at++;
      if (['on', 'about'].includes(tokens[at]?.key ?? '')) return phrase(at + 1);
    }
  }
  // "... for the democratic and economic development." at the end of the sentence.
  const last = tokens.length - (tokens.at(-1)?.key === '.' ? 2 : 1);
  for (let i = last; i > 0 && i > last - 10; i--) {
    if (tokens[i]?.key === 'for' && !inQuote[i]) {
      const p = phrase(i + 1);
      const lower = p?.toLowerCase() ?? '';
      if (!p || sentence.tagged.first(i + 1 + (tokens[i + 1]?.key === 'the' ? 1 : 0), 'COUNTRY')) return undefined;
      if (
        /^(?:the )?(?:first|second|third|last|\w+th) time\b|^(?:a|one|two|three|four|five|six|seven|several|a few|\d+)[\s-]+(?:days?|weeks?|hours?|nights?|months?)\b/.test(
          lower,
        )
      )
        return undefined;
      if (tokens.slice(i + 1, last + 1).some((t) => [',', ';', '(', '"', '“'].includes(t.key))) return undefined;
      return p;
    }
  }
  // The next sentence: "The visit focused on ...", "The two discussed ...".
  const next = nextOf(sentence);
  if (next) {
    const nt = next.tagged.tokens;
    const lead = nt
      .slice(0, 4)
      .map((t) => t.lemma)
      .join(' ');
    const focus = nt.findIndex((t) => ['focus', 'center', 'concentrate', 'deal', 'aim'].includes(t.lemma));
    if (/^(?:the |this |during the )?(?:visit|trip|meeting|talk|discussion)/.test(lead) && focus >= 0 && focus < 5) {
      return spelled(nt.slice(focus + 2).filter((t) => t.key !== '.')) || undefined;
    }
    const discussed = nt.findIndex((t) => t.lemma === 'discuss');
    if (
      discussed >= 0 &&
      discussed <= 3 &&
      /^(?:the two|they|both)/.test(
        nt
          .slice(0, 3)
          .map((t) => t.key)
          .join(' '),
      )
    ) {
      return spelled(nt.slice(discussed + 1).filter((t) => t.key !== '.')) || undefined;
    }
  }
  return undefined;
}

/** "the first ... since 1952", "the first ... in 65 years": a first for a while, not the first ever. */
export function firstForAWhile(tagged: TaggedTokens): boolean {
  const keys = tagged.tokens.map((t) => t.key);
  const at = keys.indexOf('first');
  if (at < 0) return false;
  const rest = keys.slice(at);
  return (
    rest.includes('since') ||
    rest.some(
      (k, i) =>
        k === 'in' &&
        /^(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|several|many|over|more|almost|nearly|some)$/.test(
          rest[i + 1] ?? '',
        ) &&
        ['years', 'decades', 'decade', 'century', 'generation', 'than', 'over'].some((w) =>
          rest.slice(i, i + 5).includes(w),
        ),
    )
  );
}

/** Whether a first visit is told: "his first visit to Japan", "became the first", not "first ... since 1960". */
export function firstOf(tagged: TaggedTokens): boolean {
  const keys = tagged.tokens.map((t) => t.key);
  const at = keys.indexOf('first');
  if (at < 0 || firstForAWhile(tagged)) return false;
  const visit = keys.findIndex((k, i) => i > at && i - at <= 10 && (k === 'visit' || k === 'visits'));
  if (visit > 0 && !['outside', 'abroad', 'overseas', 'beyond'].includes(keys[visit + 1] ?? '')) return true;
  // "X's visit to Denmark in 1991 was the first by an Albanian head of state".
  if (
    keys.slice(0, at).some((k) => k === 'visit' || k === 'trip') &&
    keys[at - 1] === 'the' &&
    ['was', 'is'].includes(keys[at - 2] ?? '')
  )
    return true;
  return keys[at - 1] === 'the' && keys[at - 2] === 'became';
}
