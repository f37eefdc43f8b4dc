// Reads bilateral agreements: their date, kind and a short title (a named treaty's name, else one made from the kind).
import type { Agreement } from '../schema/index.ts';
import { inPair, mentionAt, provenanceOf, type SentenceContext, thirdCountries } from './sentence-context.ts';

type Kind = Agreement['kind'];

const INSTRUMENT =
  /\b(agreements?|treat(?:y|ies)|conventions?|memorand(?:um|a)\s+of\s+understanding|MoUs?|accords?|protocols?|(?<!of\s)declarations?(?!\s+of\s+(?:independence|war)))\b/i;
const DONE =
  /\b(?:signed|concluded|ratified|entered\s+into\s+force|came\s+into\s+force|agreed|initialled|reached|in\s+force|signing|concluding)\b/i;
const NOT_BILATERAL =
  /\bwith\s+(?:the\s+)?(?:EU|European\s+Union|NATO|UN|United\s+Nations|IMF|World\s+Bank|European\s+Commission)\b|\b(?:[Aa]ccession|Stabili[sz]ation\s+and\s+Association|membership)\b/;

// Instruments many states are party to: both of the pair signing one is not a bilateral agreement.
const MULTILATERAL =
  /\b(?:Treaty\s+of\s+(?:Lisbon|Maastricht|Rome|Nice|Amsterdam|Versailles|Westphalia|Trianon|S[èe]vres|Brest-Litovsk)|Paris\s+(?:Climate\s+)?Agreement|(?:Kyoto|Montreal|Minsk)\s+Protocol|Schengen\s+(?:Agreement|Convention)|(?:Nuclear\s+)?Non-Proliferation\s+Treaty|Geneva\s+Conventions?|Ottawa\s+Treaty|Rome\s+Statute|(?:Chemical|Biological)\s+Weapons\s+Convention|Arms\s+Trade\s+Treaty|Outer\s+Space\s+Treaty|Antarctic\s+Treaty|Vienna\s+Convention|North\s+Atlantic\s+Treaty|Warsaw\s+Pact|Dayton\s+Agreement|Helsinki\s+Final\s+Act|Open\s+Skies\s+Treaty|European\s+Convention)\b/;

// The first kind whose words appear wins: climate before aid ("an agreement to assist ... reduce emissions").
const KINDS: [Kind, RegExp][] = [
  [
    'climate',
    /\b(?:climate|emissions?|greenhouse|Kyoto|Clean\s+Development\s+Mechanism|CDM|carbon|renewable|environment\w*)\b/i,
  ],
  ['tax', /\b(?:double\s+taxation|tax\w*|fiscal\s+evasion)\b/i],
  ['visa', /\b(?:visas?|visa-free|readmission|travel\s+documents?)\b/i],
  ['defence', /\b(?:defen[cs]e|military|armed\s+forces|security\s+co-?operation)\b/i],
  [
    'trade',
    /\b(?:trade|commerce|commercial|economic\s+(?:co-?operation|partnership)|investments?|customs|free\s+trade)\b/i,
  ],
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

// A name: the noun, then capitalised words joined by small words ("Agreement for Cooperation in the Peaceful Uses
// of Nuclear Energy"), ending on a capitalised word.
// A comma joins capitalised words only inside a list that ends in "and": "Friendship, Cooperation and Consultation".
const LIST_COMMA = String.raw`,(?=\s\p{Lu}[\p{L}-]*(?:,\s\p{Lu}[\p{L}-]*)*,?\sand\s\p{Lu})`;
const NAME_WORDS = String.raw`(?:(?:${LIST_COMMA})?\s(?:(?:on|of|for|in|the|and|concerning|regarding|between|to)\s)*(?:\p{Lu}[\p{L}-]*))*`;
const NAMED = new RegExp(
  String.raw`\b((?:Treaty|Agreement|Convention|Memorandum\s+of\s+Understanding|Accord|Protocol|Declaration)\s+(?:on|of|for|concerning|regarding)\s+(?:the\s+)?\p{Lu}[\p{L}-]*${NAME_WORDS})`,
  'u',
);

// A proper name such as "Luxembourg Agreement", "Comprehensive Economic Partnership Agreement", "Athens Declaration on
// Friendly Relations": capitalised words before the noun, and a capitalised topic after it if one follows.
const PROPER = new RegExp(
  String.raw`(?:^|\b(?:[Tt]he|[Aa]n?)\s+)((?!(?:The|In|On|A|An|This|That)\b)(?:\p{Lu}[\p{L}–-]+\s){1,5}(?:Agreement|Treaty|Accord|Convention|Protocol|Declaration)(?:\s(?:on|of|for|concerning)\s(?:the\s)?\p{Lu}[\p{L}-]*${NAME_WORDS})?)\b`,
  'u',
);
const PEACE = /\bpeace\s+(treaty|agreement|accord)\b/i;

function nounOf(written: string): string {
  const w = written.toLowerCase();
  if (w.startsWith('treat')) return 'treaty';
  if (w.startsWith('convention')) return 'convention';
  if (w.startsWith('memorand') || w.startsWith('mou')) return 'memorandum of understanding';
  if (w.startsWith('accord')) return 'accord';
  if (w.startsWith('protocol')) return 'protocol';
  if (w.startsWith('declaration')) return 'declaration';
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
  if (MULTILATERAL.test(text) && !/\bbilateral\b/i.test(text)) return [];
  const plural = /s$|ies$|a\b/i.test(instrument[1] ?? '');
  const kinds = KINDS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
  const chosen: Kind[] = kinds.length === 0 ? ['other'] : plural ? kinds : [kinds[0] as Kind];
  const signed = text.search(DONE);
  // A date before the verb counts only within its clause: "attended X in 1951 and instead concluded a treaty".
  const dates = sentence.dates.filter(
    (d) => d.start > signed || !/;|\band\s+(?:instead|then|later)\b|,\s+but\b/.test(text.slice(d.end, signed)),
  );
  const date =
    dates.length === 0
      ? undefined
      : [...dates].sort((a, b) => Math.abs(a.start - signed) - Math.abs(b.start - signed))[0]?.edtf;
  // The longer reading wins: "Athens Declaration on Friendly Relations" over "Declaration on Friendly Relations".
  const readings = [NAMED.exec(text)?.[1], PROPER.exec(text)?.[1]].filter((r): r is string => Boolean(r));
  const named =
    chosen.length === 1 && readings.length
      ? readings.reduce((a, b) => (b.length > a.length ? b : a)).replace(/\s+/g, ' ')
      : undefined;
  const noun = nounOf(instrument[1] ?? 'agreement');
  // "a treaty on air services": a short lower-case topic names an agreement of no listed kind.
  const topic =
    /\b(on|of|concerning|regarding)\s+((?:the\s+)?[\p{Ll}-]+(?:\s[\p{Ll}-]+){0,3}?)(?=[,.;]|\s+(?:was|were|on|signed|between|with)\b|\s+in\s+(?=\d|\p{Lu})|$)/u.exec(
      text.slice(instrument.index + (instrument[0]?.length ?? 0)),
    );
  const topicText = topic?.[2]?.replace(/^the\s+/, '');
  const peace = PEACE.exec(text);
  const provenance = [provenanceOf(sentence)];
  return chosen.map((kind) => ({
    ...(date ? { date } : {}),
    title:
      named ??
      (kind === 'other' && topicText
        ? `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${topic?.[1] === 'of' ? 'of' : 'on'} ${topicText}`
        : kind === 'other' && peace
          ? `Peace ${nounOf(peace[1] ?? 'treaty')}`
          : `${LABELS[kind]} ${noun}`),
    kind,
    provenance,
  }));
}
