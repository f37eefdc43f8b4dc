// Reads bilateral agreements: their date, kind and a short title (a named treaty's name, else one made from the kind).
import type { Agreement } from '../schema/index.ts';
import { inPair, mentionAt, provenanceOf, type SentenceContext, thirdCountries } from './sentence-context.ts';

type Kind = Agreement['kind'];

const INSTRUMENT =
  /\b(agreements?|treat(?:y|ies)|conventions?|memorand(?:um|a)\s+of\s+understanding|MoUs?|accords?|protocols?)\b/i;
const DONE =
  /\b(?:signed|concluded|ratified|entered\s+into\s+force|came\s+into\s+force|agreed|initialled|reached|in\s+force|signing|concluding)\b/i;
const NOT_BILATERAL =
  /\bwith\s+(?:the\s+)?(?:EU|European\s+Union|NATO|UN|United\s+Nations|IMF|World\s+Bank|European\s+Commission)\b|\b(?:[Aa]ccession|Stabili[sz]ation\s+and\s+Association|membership)\b/;

// The first kind whose words appear wins: climate before aid ("an agreement to assist ... reduce emissions").
const KINDS: [Kind, RegExp][] = [
  [
    'climate',
    /\b(?:climate|emissions?|greenhouse|Kyoto|Clean\s+Development\s+Mechanism|CDM|carbon|renewable|environment\w*)\b/i,
  ],
  ['tax', /\b(?:double\s+taxation|tax\w*|fiscal\s+evasion)\b/i],
  ['visa', /\b(?:visas?|visa-free|readmission|travel\s+documents?)\b/i],
  ['defence', /\b(?:defen[cs]e|military|armed\s+forces|security\s+co-?operation)\b/i],
  ['trade', /\b(?:trade|commerce|commercial|economic\s+co-?operation|investments?|customs|free\s+trade)\b/i],
  ['cultural', /\b(?:cultur\w*|education\w*|scien\w*|academic|youth|sports?)\b/i],
  ['aid', /\b(?:aid|development\s+co-?operation|assist\w*|grants?|humanitarian)\b/i],
];

const LABELS: Record<Kind, string> = {
  climate: 'Climate',
  tax: 'Double taxation',
  visa: 'Visa',
  defence: 'Defence cooperation',
  trade: 'Trade',
  cultural: 'Cultural cooperation',
  aid: 'Development aid',
  other: 'Bilateral',
};

const NAMED =
  /\b((?:Treaty|Agreement|Convention|Memorandum\s+of\s+Understanding|Accord|Protocol)\s+(?:on|of|for|concerning|regarding)\s+(?:the\s+)?\p{Lu}[^,.;()⟨]{3,70}?)(?=\s*(?:[,.;(]|$|\s(?:was|were|is|in|on|signed|between|which|that)\b))/u;

// A proper name such as "Luxembourg Agreement" or "Treaty of Friendship" (capitalised words before the noun).
const PROPER =
  /\b(?:the\s+)((?!(?:The|In|On|A|An|This|That)\b)(?:\p{Lu}[\p{L}-]+\s){1,5}(?:Agreement|Treaty|Accord|Convention|Protocol))\b/u;

function nounOf(written: string): string {
  const w = written.toLowerCase();
  if (w.startsWith('treat')) return 'treaty';
  if (w.startsWith('convention')) return 'convention';
  if (w.startsWith('memorand') || w.startsWith('mou')) return 'memorandum of understanding';
  if (w.startsWith('accord')) return 'accord';
  if (w.startsWith('protocol')) return 'protocol';
  return 'agreement';
}

/** Whether a third country is a party ("an agreement with Italy"). */
function withThirdCountry(sentence: SentenceContext): boolean {
  if (!thirdCountries(sentence).length) return false;
  for (const m of sentence.marked.marked.matchAll(/\b(?:with|between|and)\s+(?:the\s+)?⟨(\d+)⟩/g)) {
    if (!inPair(sentence, mentionAt(sentence, m[1])?.code)) return true;
  }
  return false;
}

/** Agreements signed between the pair in one sentence; several kinds under a plural "agreements" give one each. */
export function extractAgreements(sentence: SentenceContext): Agreement[] {
  const text = sentence.text;
  const instrument = INSTRUMENT.exec(text);
  if (!instrument || !DONE.test(text) || NOT_BILATERAL.test(text) || withThirdCountry(sentence)) return [];
  const plural = /s$|ies$|a\b/i.test(instrument[1] ?? '');
  const kinds = KINDS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
  const chosen: Kind[] = kinds.length === 0 ? ['other'] : plural ? kinds : [kinds[0] as Kind];
  const signed = text.search(DONE);
  const date =
    sentence.dates.length === 0
      ? undefined
      : [...sentence.dates].sort((a, b) => Math.abs(a.start - signed) - Math.abs(b.start - signed))[0]?.edtf;
  const named =
    chosen.length === 1 ? (NAMED.exec(text)?.[1] ?? PROPER.exec(text)?.[1])?.replace(/\s+/g, ' ') : undefined;
  const noun = nounOf(instrument[1] ?? 'agreement');
  // "a treaty on air services": a short lower-case topic names an agreement of no listed kind.
  const topic =
    /\b(?:on|concerning|regarding)\s+((?:the\s+)?[\p{Ll}-]+(?:\s[\p{Ll}-]+){0,3})(?=[,.;]|\s+(?:was|were|in|on|signed|between)\b|$)/u
      .exec(text.slice(instrument.index))?.[1]
      ?.replace(/^the\s+/, '');
  const provenance = [provenanceOf(sentence)];
  return chosen.map((kind) => ({
    ...(date ? { date } : {}),
    title:
      named ??
      (kind === 'other' && topic
        ? `${noun.charAt(0).toUpperCase()}${noun.slice(1)} on ${topic}`
        : `${LABELS[kind]} ${noun}`),
    kind,
    provenance,
  }));
}
