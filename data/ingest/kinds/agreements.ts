// Bilateral agreements: their date, kind and title (a named treaty's name, else one made from its kind).
import type { Agreement } from '../../schema/index.ts';
import { inPair, pairNamedIn, previousOf, provenanceOf, type SentenceContext } from '../context/sentence-context.ts';
import { captured } from '../pattern/match-pattern.ts';
import { RuleSet } from '../pattern/rule-set.ts';
import { keyBefore, type Token } from '../text/tokenize.ts';

type Kind = Agreement['kind'];

/** The nouns of an instrument. */
const DOC_WORDS = [
  'agreement',
  'treaty',
  'convention',
  'accord',
  'protocol',
  'declaration',
  'pact',
  'memorandum',
  'mou',
];

const MACROS = {
  DOC: `{${DOC_WORDS.join('|')}}`,
  // Done, not meant: "signed", "concluded", "entered into force"; "to sign" is a plan.
  DONE: '{=signed|=concluded|=ratified|=initialled|=initialed|=reached|=signing} | {enter|come} into {force|effect} | {=entered} into | {agree} on',
};

/**
 * How a rule knows the instrument exists: a verb of making it (`made`), "an X between the two countries" or "under
 * an agreement with B" (`between`: no verb, so plans are kept out by their words), or an item of a list in an
 * agreements section (`listed`).
 */
type Meaning = { via: 'made' | 'between' | 'listed' };

/** The phrasings of an agreement being made or being in place, as data. */
const AGREEMENT_RULES = new RuleSet<Meaning>(
  [
    { pattern: '@DOC:doc ...16 (@DONE):done', via: 'made' },
    { pattern: '(@DONE):done ...16 @DOC:doc', via: 'made' },
    {
      pattern:
        '@DOC:doc ({=between}:done ({PAIR} | [the] {COUNTRY.pair} and [the] {COUNTRY.pair}) | {=with}:done [the] {COUNTRY.pair} [{government|authority|authorities}])',
      via: 'between',
    },
    { pattern: '^ ...6 @DOC:doc', via: 'listed' },
  ],
  MACROS,
);

/** Words of a plan, a wish or talks: an instrument "between the two countries" they speak of is not (yet) made. */
const NOT_MADE = new Set([
  'negotiate',
  'negotiation',
  'talk',
  'propose',
  'proposed',
  'plan',
  'planned',
  'draft',
  'future',
  'would',
  'could',
  'may',
  'might',
  'possible',
  'seek',
  'hope',
  'discuss',
  'consider',
  'explore',
  'intend',
  'aim',
  'expect',
  'prepare',
  'without',
  'no',
  'not',
  'lack',
]);

/** Fields an instrument's scope may span: one that names three or more is a general cooperation agreement. */
const FIELDS: Record<string, string> = {
  economic: 'economy',
  economy: 'economy',
  trade: 'economy',
  commerce: 'economy',
  commercial: 'economy',
  investment: 'economy',
  security: 'security',
  defence: 'security',
  military: 'security',
  culture: 'culture',
  cultural: 'culture',
  education: 'culture',
  educational: 'culture',
  sport: 'culture',
  sports: 'culture',
  sporting: 'culture',
  energy: 'energy',
  environment: 'environment',
  environmental: 'environment',
  climate: 'environment',
  health: 'health',
  science: 'science',
  scientific: 'science',
  technology: 'technology',
  technical: 'technology',
  technological: 'technology',
  agriculture: 'agriculture',
  agricultural: 'agriculture',
  tourism: 'tourism',
  transport: 'transport',
  migration: 'migration',
  justice: 'justice',
  police: 'justice',
};

/** Kinds by the words (lemmas) that give them; the first kind whose words appear wins. */
export const AGREEMENT_KINDS: [Kind, string[]][] = [
  [
    'climate',
    [
      'climate',
      'emission',
      'greenhouse',
      'kyoto',
      'clean development mechanism',
      'cdm',
      'carbon',
      'renewable',
      'environment',
      'environmental',
    ],
  ],
  ['tax', ['double taxation', 'taxation', 'tax', 'fiscal evasion']],
  ['visa', ['visa', 'visa-free', 'readmission', 'travel document']],
  ['defence', ['defence', 'military', 'armed force', 'security cooperation', 'troop']],
  [
    'trade',
    [
      'trade',
      'commerce',
      'commercial',
      'economic cooperation',
      'economic partnership',
      'investment',
      'customs',
      'free trade',
    ],
  ],
  ['cultural', ['culture', 'cultural', 'education', 'educational', 'academic', 'youth', 'sport']],
  ['aid', ['aid', 'development cooperation', 'assist', 'assistance', 'grant', 'humanitarian', 'loan', 'funding']],
];

/** The cues with the spaces they are looked up with, made once. */
const PADDED_KINDS: [Kind, string[]][] = AGREEMENT_KINDS.map(([kind, cues]) => [kind, cues.map((c) => ` ${c} `)]);

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

/** Instruments many states are party to: the pair signing one is no bilateral agreement. */
const MULTILATERAL = [
  'treaty of lisbon',
  'treaty of maastricht',
  'treaty of rome',
  'treaty of nice',
  'treaty of amsterdam',
  'treaty of versailles',
  'paris agreement',
  'paris climate agreement',
  'kyoto protocol',
  'montreal protocol',
  'minsk protocol',
  'schengen agreement',
  'non-proliferation treaty',
  'geneva convention',
  'ottawa treaty',
  'rome statute',
  'arms trade treaty',
  'antarctic treaty',
  'vienna convention',
  'north atlantic treaty',
  'dayton agreement',
  'open skies treaty',
  'european convention',
];
const NOT_BILATERAL = ['accession', 'stabilisation and association', 'stabilization and association', 'membership'];
const BLOCS = new Set(['EU', 'NATO', 'UN', 'IMF', 'World Bank']);
const NAME_SMALL = new Set(['on', 'of', 'for', 'in', 'the', 'and', 'concerning', 'regarding', 'between', 'to', ',']);
const TOPIC_STOP = new Set([
  'was',
  'were',
  'is',
  'on',
  'signed',
  'between',
  'with',
  'in',
  'at',
  'by',
  ',',
  '.',
  ';',
  'and',
  'which',
  'that',
]);

const NOUNS: Record<string, string> = {
  treaty: 'treaty',
  convention: 'convention',
  memorandum: 'memorandum',
  mou: 'memorandum of understanding',
  accord: 'accord',
  protocol: 'protocol',
  declaration: 'declaration',
  pact: 'pact',
};

const words = (tokens: Token[]) => ` ${tokens.map((t) => t.lemma).join(' ')} `;

/** A proper name around the instrument noun at `doc`: capitalised words before it, "of/on ..." after it. */
function properName(tagged: SentenceContext['tagged'], doc: number): string | undefined {
  const tokens = tagged.tokens;
  let start = doc;
  while (start > 0 && start > doc - 6) {
    const t = tokens[start - 1] as Token;
    if (
      ((t.kind === 'word' && t.upper) || (t.text === '–' && !t.space)) &&
      !['The', 'A', 'An', 'In', 'On', 'This'].includes(t.text)
    )
      start--;
    else break;
  }
  let end = doc + 1;
  const ofWord = tokens[end]?.key;
  if (ofWord === 'of' || ofWord === 'on' || ofWord === 'for' || ofWord === 'concerning') {
    let at = end + 1;
    if (tokens[at]?.key === 'the') at++;
    let last = -1;
    for (let n = 0; at < tokens.length && n < 14; n++) {
      const t = tokens[at] as Token;
      // "... Double Taxation in January 2000": a date ends the name.
      if (tagged.at(at).some((g) => g.type === 'MONTH' || g.type === 'DATE')) break;
      if (t.kind === 'word' && t.upper) last = at;
      else if (!NAME_SMALL.has(t.key) || (t.key === ',' && !tokens[at + 1]?.upper)) break;
      at++;
    }
    if (last > 0) end = last + 1;
  }
  if (start === doc && end === doc + 1) return undefined;
  if (!(tokens[doc] as Token).upper) return undefined;
  return tagged.text(start, end);
}

function read(sentence: SentenceContext): Agreement[] {
  const { tagged } = sentence;
  if (!tagged.hasAny(DOC_WORDS)) return [];
  const matches = AGREEMENT_RULES.run(sentence);
  if (matches.length === 0) return [];
  const tokens = tagged.tokens;
  const text = words(tokens);
  if (NOT_BILATERAL.some((w) => text.includes(` ${w} `))) return [];
  if (tagged.all('ORG').some((o) => BLOCS.has(o.value.label) && ['with', 'and'].includes(keyBefore(tokens, o.start))))
    return [];
  // An agreement with a third country is not the pair's.
  for (const c of tagged.all('COUNTRY')) {
    const before = keyBefore(tokens, c.start);
    if (!inPair(sentence, c.value.code) && (before === 'with' || before === 'between' || before === 'and')) return [];
  }
  // One agreement per instrument named, each read in its own clause: "signed a memorandum on migration, and in
  // 2009 a military agreement".
  const docs = new Map<number, number>();
  const listed = sentence.role === 'agreements' && sentence.kind !== 'paragraph';
  for (const { rule, match } of matches) {
    const doc = captured(match, 'doc')?.start;
    const done = rule.via === 'listed' ? doc : captured(match, 'done')?.start;
    if (doc === undefined || done === undefined) continue;
    if (rule.via === 'listed' && !listed) continue;
    // "Under an agreement with the Jamaican government": an instrument of the pair only when the sentence names both.
    if (rule.via === 'between' && tokens[done]?.key === 'with' && pairNamedIn(sentence).size < 2) continue;
    const [start, end] = clauseOf(tokens, doc);
    // The words of a plan, in the clause up to just after the match ("a treaty ... is being negotiated"); "May" of a
    // date is a month.
    if (
      rule.via !== 'made' &&
      tokens
        .slice(start, match.end + 3)
        .some(
          (t, i) =>
            (NOT_MADE.has(t.lemma) || NOT_MADE.has(t.key)) && !tagged.at(start + i).some((g) => g.type === 'MONTH'),
        )
    )
      continue;
    if (done < start || done >= end) continue;
    // "The Lombok Treaty, a security agreement, was signed": an instrument in apposition is the one before it.
    const apposition = [...docs.keys()].some(
      (d) =>
        d < doc &&
        tokens.slice(d + 1, doc).some((t) => t.key === ',') &&
        !tokens.slice(d + 1, doc).some((t) => t.key === 'and'),
    );
    if (!apposition && !docs.has(doc)) docs.set(doc, done);
  }
  // "signed an agreement on X in 1995 and a memorandum on Y in 2016": more instruments after the one a match found,
  // joined to it by "and", share its verb.
  // "A settlement treaty and a conciliation treaty between Chile and Denmark": and before it, on the same terms.
  for (const [doc, done] of [...docs]) {
    const [start, end] = clauseOf(tokens, doc);
    for (let i = start; i < end; i++) {
      if (i === doc || !DOC_WORDS.includes((tokens[i] as Token).lemma) || docs.has(i)) continue;
      const between = i > doc ? tokens.slice(doc + 1, i) : tokens.slice(i + 1, doc);
      if (between.some((t) => t.key === 'and') && !between.some((t) => DOC_WORDS.includes(t.lemma))) docs.set(i, done);
    }
  }
  const ordered = [...docs].sort((a, b) => a[0] - b[0]);
  return ordered.flatMap(([doc, done], i) =>
    agreementAt(sentence, doc, done, ordered[i + 1]?.[0], ordered[i - 1]?.[0]),
  );
}

/** The clause around token `at`: up to a semicolon, or a comma before "and", "but" or "while". */
function clauseOf(tokens: Token[], at: number): [number, number] {
  const breaks = (i: number) =>
    tokens[i]?.key === ';' ||
    (tokens[i]?.key === ',' && ['and', 'but', 'while', 'whereas'].includes(tokens[i + 1]?.key ?? ''));
  let start = at;
  while (start > 0 && !breaks(start - 1)) start--;
  let end = at;
  while (end < tokens.length && !breaks(end)) end++;
  return [start, end];
}

/** The agreement an instrument noun at `doc` names, read in its clause; `done` is the verb that makes it. */
function agreementAt(
  sentence: SentenceContext,
  doc: number,
  done: number,
  nextDoc?: number,
  previousDoc?: number,
): Agreement[] {
  const { tagged } = sentence;
  const tokens = tagged.tokens;
  const [clauseStart, clauseEnd] = clauseOf(tokens, doc);
  // The words of this instrument: its clause, between the instruments named before and after it.
  let from = clauseStart;
  if (previousDoc !== undefined && previousDoc >= clauseStart) {
    // The words after the "and" that joins it to the one before are this instrument's.
    from = previousDoc + 1;
    for (let i = doc - 1; i > previousDoc; i--)
      if (tokens[i]?.key === 'and') {
        from = i + 1;
        break;
      }
  }
  const to = nextDoc !== undefined && nextDoc < clauseEnd ? nextDoc : clauseEnd;
  const clause = tokens.slice(from, to);
  const text = words(clause);
  const lower = ` ${clause.map((t) => t.key).join(' ')} `;
  const docToken = tokens[doc] as Token;
  // "signed 26 treaties", "several agreements": a count of instruments is no one agreement.
  const counted = [1, 2, 3].some((back) => {
    const t = tokens[doc - back];
    return (
      t !== undefined &&
      (tagged.first(doc - back, 'NUMBER') !== undefined ||
        ['several', 'many', 'numerous', 'various', 'some', 'dozens', 'hundreds'].includes(t.key))
    );
  });
  if (docToken.key !== docToken.lemma && counted) return [];
  if (
    docToken.lemma === 'declaration' &&
    ['independence', 'war'].includes(tokens[doc + 2]?.key ?? '') &&
    tokens[doc + 1]?.key === 'of'
  )
    return [];
  const named = properName(tagged, doc);
  if (named && MULTILATERAL.includes(named.toLowerCase().replace(/^the /, '')) && !text.includes(' bilateral '))
    return [];
  if (MULTILATERAL.some((m) => lower.includes(` ${m} `)) && !named) return [];
  const inClause = (d: { start: number }) => d.start >= clauseStart && d.start < clauseEnd;
  const plural = docToken.key !== docToken.lemma;
  // Cues match a word's lemma, its form, or its form without a plural s ("Investments").
  const singular = ` ${clause.map((t) => t.key.replace(/s$/, '')).join(' ')} `;
  // A named agreement's kind comes from its name ("Economic Partnership Agreement"), not from what the sentence says
  // around it ("the Lombok Treaty, a security agreement"); an unnamed one's from its clause.
  const nameWords = named?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
  const cueText = nameWords ? [` ${nameWords} `, ` ${nameWords.replace(/s\b/g, '')} `] : [text, lower, singular];
  // A one-word cue is a word of the text (a set lookup); a longer one is found in it, spaces around.
  const cueWords = new Set(cueText.flatMap((t) => t.split(' ')));
  const kinds = PADDED_KINDS.filter(([, cues]) =>
    cues.some((cue) =>
      cue.indexOf(' ', 1) === cue.length - 1 ? cueWords.has(cue.slice(1, -1)) : cueText.some((t) => t.includes(cue)),
    ),
  ).map(([k]) => k);
  // "covering economic, security, cultural and sporting support": a scope of three fields or more is no one kind.
  const fields = new Set(
    (nameWords ? nameWords.split(' ') : clause.map((t) => t.key)).map((w) => FIELDS[w]).filter((f) => f !== undefined),
  );
  // "a 9-million-euro agreement", "an agreement worth €5 million": an instrument of money, of no other kind, is aid.
  const funded =
    kinds.length === 0 &&
    tokens
      .slice(Math.max(clauseStart, doc - 4), Math.min(clauseEnd, doc + 5))
      .some(
        (t, i) =>
          /(?:^|-)(?:million|billion)(?:-|$)/.test(t.key) ||
          (t.key === 'worth' && tagged.first(Math.max(clauseStart, doc - 4) + i + 1, 'MONEY') !== undefined) ||
          tagged.at(Math.max(clauseStart, doc - 4) + i).some((g) => g.type === 'MONEY'),
      );
  const chosen: Kind[] =
    fields.size >= 3
      ? ['other']
      : funded
        ? ['aid']
        : kinds.length === 0
          ? ['other']
          : plural
            ? kinds
            : [kinds[0] as Kind];
  const dates = tagged.all('DATE').filter((d) => {
    if (!inClause(d)) return false;
    if (d.start > done) return true;
    for (let i = d.end; i < done; i++)
      if (tokens[i]?.key === 'and' && ['instead', 'then', 'later'].includes(tokens[i + 1]?.key ?? '')) return false;
    return true;
  });
  // "During the visit the two countries signed ...": the time of the sentence before.
  const anaphoric =
    / (?:during the visit|that (?:year|month|day)|the same (?:year|month|day)|on that occasion|at the time) /.test(
      lower,
    );
  // "that month the two nations signed": the last date before the clause, else the sentence before's.
  const earlier = tagged
    .all('DATE')
    .filter((d) => d.start < clauseStart)
    .at(-1);
  // A clause with no date of its own takes the one before it in the sentence ("hosted X on 7 December 2023, and
  // the two signed the Athens Declaration"), unless it says it came instead.
  const instead = tokens.slice(clauseStart, done).some((t) => ['instead', 'later', 'then'].includes(t.key));
  const previous = dates.length
    ? undefined
    : anaphoric
      ? (earlier ?? previousOf(sentence)?.tagged.all('DATE')[0])
      : instead
        ? undefined
        : earlier;
  // "an agreement on X in 1995 and a memorandum on Y in 2016": each instrument's own date, after it and before the
  // next one, else the date nearest the verb.
  const own =
    dates.find((d) => d.start > doc && (nextDoc === undefined || d.start < nextDoc)) ??
    // "A and B ... followed on 23 December 1931": a verb after both instruments dates both.
    (nextDoc !== undefined && done > nextDoc ? dates.find((d) => d.start > done) : undefined);
  const others = nextDoc === undefined ? dates : dates.filter((d) => d.start < nextDoc);
  const date = (own ?? others.sort((a, b) => Math.abs(a.start - done) - Math.abs(b.start - done))[0] ?? previous)?.value
    .edtf;
  const understanding =
    docToken.lemma === 'memorandum' && tokens[doc + 1]?.key === 'of' && tokens[doc + 2]?.key === 'understanding';
  const noun = understanding ? 'memorandum of understanding' : (NOUNS[docToken.lemma] ?? 'agreement');
  // "a treaty on air services": a short lower-case topic names an agreement of no listed kind.
  let topic: string | undefined;
  let topicWord: string | undefined;
  const after = doc + (understanding ? 3 : 1);
  if (['on', 'of', 'concerning', 'regarding'].includes(tokens[after]?.key ?? '')) {
    topicWord = tokens[after]?.key === 'of' ? 'of' : 'on';
    let at = after + 1;
    if (tokens[at]?.key === 'the') at++;
    const parts: string[] = [];
    while (at < tokens.length && parts.length < 6) {
      const t = tokens[at] as Token;
      if (
        t.kind !== 'word' ||
        t.upper ||
        (TOPIC_STOP.has(t.key) &&
          !(t.key === 'in' && parts.length > 0 && tokens[at + 1]?.kind === 'word' && !tokens[at + 1]?.upper))
      )
        break;
      parts.push(t.text);
      at++;
    }
    if (parts.length > 0 && parts.length <= 5) topic = parts.join(' ');
  }
  const peace = clause.some((t, i) => t.key === 'peace' && NOUNS[clause[i + 1]?.lemma ?? ''] !== undefined);
  // "an air services agreement": lower-case words before the noun name the topic.
  if (!topic && !named) {
    const before: string[] = [];
    for (let at = doc - 1; at >= clauseStart && before.length < 3; at--) {
      const t = tokens[at] as Token;
      if (
        t.kind !== 'word' ||
        t.upper ||
        [
          'a',
          'an',
          'the',
          'new',
          'bilateral',
          'separate',
          'first',
          'second',
          'its',
          'their',
          'this',
          'that',
          'peace',
        ].includes(t.key) ||
        /ed$/.test(t.key)
      )
        break;
      before.unshift(t.text);
    }
    if (before.length) {
      topic = before.join(' ');
      topicWord = '';
    }
  }
  const provenance = [provenanceOf(sentence)];
  return chosen.map((kind) => ({
    ...(date ? { date } : {}),
    title:
      (chosen.length === 1 ? named : undefined) ??
      (kind === 'other' && topic
        ? topicWord
          ? `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${topicWord} ${topic}`
          : `${topic.charAt(0).toUpperCase()}${topic.slice(1)} ${noun}`
        : kind === 'other' && peace
          ? `Peace ${noun}`
          : `${LABELS[kind]} ${noun}`),
    kind,
    provenance,
  }));
}

/** The agreements kind: rules and reader. */
export const agreements = { rules: [AGREEMENT_RULES], read };
