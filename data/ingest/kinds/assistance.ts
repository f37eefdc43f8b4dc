// Aid between the pair: money in a currency, goods with their quantities, and what it was for. Trade is not aid.
import type { Assistance } from '../../schema/index.ts';
import {
  inPair,
  otherOf,
  pairNamedIn,
  previousOf,
  provenanceOf,
  type SentenceContext,
} from '../context/sentence-context.ts';
import { lexicon } from '../lexicon/lexicon.ts';
import { type Capture, captured, countryOf } from '../pattern/match-pattern.ts';
import { RuleSet } from '../pattern/rule-set.ts';
import type { Tag } from '../tag/tag.ts';
import { keyBefore, spelled, type Token } from '../text/tokenize.ts';
import { itemsIn } from './aid-goods.ts';
import { purposeOf } from './aid-purpose.ts';

/** Verbs (lemmas) of giving. */
const GIVE_VERBS = [
  'give',
  'donate',
  'provide',
  'grant',
  'allocate',
  'contribute',
  'send',
  'pledge',
  'deliver',
  'supply',
  'gift',
  'offer',
  'commit',
  'assist',
  'help',
  'support',
  'fund',
  'finance',
  'ship',
  'disburse',
  'spend',
  'promise',
  'earmark',
  'award',
  'extend',
  'transfer',
  'lend',
  'loan',
  'pay',
];
const GIVE = `{${GIVE_VERBS.join('|')}} | hand over`;
const AID_NOUNS = '{aid|assistance|support|grant|donation|contribution|loan|relief|credit}';

type Meaning = { shape: 'gives' | 'receives' | 'aid-to' | 'aid-of' | 'government' };

/** Who gives to whom, as data. */
const ASSISTANCE_RULES = new RuleSet<Meaning>(
  [
    {
      pattern: `{COUNTRY.nation:recipient} ...6 {receive|get|obtain|benefit} ...20 from [the] {COUNTRY.nation:donor}`,
      shape: 'receives',
    },
    {
      pattern: `{COUNTRY.nation:donor} ['s] [_] [_] ${AID_NOUNS} to [the] {COUNTRY.nation:recipient}`,
      shape: 'aid-to',
    },
    // "Its aid for 2007 came to around EUR 14.5 million": the giver's aid, given to the other of the pair.
    {
      pattern: `{COUNTRY.nation:donor} ['s] [_] [_] ${AID_NOUNS} ...4 {come|amount|total|reach|be|stand} ...3 {MONEY}`,
      shape: 'aid-of',
    },
    // "lower its aid from about $35 million", "Danish aid of DKK 40 million": the giver's aid, at an amount.
    {
      pattern: `{COUNTRY.nation:donor} ['s] [{development|financial|humanitarian|foreign|bilateral|official|annual|total|own|economic}] ${AID_NOUNS} {from|of|worth|at} [{about|around|some|approximately|nearly|over|almost}] {MONEY}`,
      shape: 'aid-of',
    },
    // "Development assistance from Japan in 2008 was made up of:": the giver named after the aid.
    { pattern: `${AID_NOUNS} from [the] {COUNTRY.nation:donor}`, shape: 'aid-of' },
    {
      pattern: `[the] {COUNTRY.adj:donor} {government|authority|state|ministry} ...4 (${GIVE}):verb`,
      shape: 'government',
    },
    { pattern: `{COUNTRY.name:donor} ['s] ...5 (${GIVE}):verb`, shape: 'gives' },
  ],
  {},
);

const TRADE = new Set([
  'trade',
  'export',
  'import',
  'turnover',
  'volume',
  'investment',
  'invest',
  'gdp',
  'revenue',
  'tourist',
  'budget',
  'sale',
  'sell',
  'buy',
  'purchase',
  'worth',
]);
const AID_WORDS = new Set([
  ...GIVE_VERBS,
  'aid',
  'assistance',
  'relief',
  'grant',
  'donation',
  'package',
  'programme',
  'receive',
  'loan',
  'credit',
]);
const NOT_GIVING_AFTER = new Set(['visit', 'tribute', 'homage', 'respect', 'attention', 'price']);
const TIME_CUES = new Set([
  'after',
  'later',
  'since',
  'during',
  'following',
  'subsequently',
  'before',
  'then',
  'shortly',
  'meanwhile',
]);
type Direction = { donor: string; recipient: string; verb?: number };

/** The giver and receiver a sentence names, if it does. */
function directionIn(sentence: SentenceContext): Direction | undefined {
  const { tagged } = sentence;
  for (const { rule, match } of ASSISTANCE_RULES.run(sentence)) {
    let donor = countryOf(captured(match, 'donor'));
    const verbAt = captured(match, 'verb')?.start;
    if (rule.shape === 'gives' && verbAt !== undefined) {
      // The giver is the last country named as a subject before the verb: "After the Albania floods, Denmark gave".
      const subject = tagged
        .all('COUNTRY')
        .filter(
          (c) =>
            c.start >= match.start && c.start < verbAt && c.value.form !== 'adjective' && c.value.form !== 'people',
        )
        .at(-1);
      donor = subject?.value.code;
      if (subject && tagged.tokens[subject.end]?.key === "'s") {
        const owned = tagged.tokens.slice(subject.end + 1, verbAt);
        if (owned.length === 0 || owned.length > 4 || owned.some((t) => t.kind !== 'word' || t.lemma === 'be'))
          continue;
      } else if (subject && verbAt - subject.end > 4) continue;
    }
    if (!inPair(sentence, donor)) continue;
    // "Sweden gave Vietnam development assistance worth ...": a country right after a giving verb receives.
    if (rule.shape === 'aid-of' && GIVE_VERBS.includes(tagged.tokens[match.start - 1]?.lemma ?? '')) continue;
    if (rule.shape === 'aid-of') {
      // "aid from Japan to Vietnam": given to a third country, not the pair's.
      const third = tagged
        .all('COUNTRY')
        .some(
          (c) =>
            c.start > match.start &&
            !inPair(sentence, c.value.code) &&
            ['to', 'for'].includes(keyBefore(tagged.tokens, c.start)),
        );
      if (third) continue;
      return { donor, recipient: otherOf(sentence, donor) };
    }
    if (rule.shape === 'receives' || rule.shape === 'aid-to') {
      const recipient = countryOf(captured(match, 'recipient'));
      if (inPair(sentence, recipient) && recipient !== donor) return { donor, recipient };
      continue;
    }
    const verb = captured(match, 'verb') as Capture;
    // "paid a visit", "paid tribute": no gift; "promised to buy": a promise of something else.
    const next = tagged.tokens[verb.end];
    if (NOT_GIVING_AFTER.has(tagged.tokens[verb.end + 1]?.lemma ?? '') || NOT_GIVING_AFTER.has(next?.lemma ?? ''))
      continue;
    if (
      next?.key === 'to' &&
      tagged.tokens[verb.end + 1]?.kind === 'word' &&
      !tagged.tokens[verb.end + 1]?.upper &&
      !['the', 'a', 'an', 'its', 'their'].includes(tagged.tokens[verb.end + 1]?.key ?? '')
    )
      continue;
    // A possessive owns the subject that gives ("Sweden's development agency Sida allocated"), unless it asked.
    const between = tagged.tokens.slice(match.start, verb.start).map((t) => t.lemma);
    if (between.some((w) => ['be', 'request', 'appeal', 'need', 'ask'].includes(w))) continue;
    // The receiver: a country named after the verb, "to X" first; a third country there means the aid is not ours.
    const after = tagged.all('COUNTRY').filter((c) => c.start >= verb.end && c.value.form !== 'adjective');
    const toward = after.find((c) => ['to', 'for', 'in'].includes(keyBefore(tagged.tokens, c.start))) ?? after[0];
    const recipient = toward?.value.code;
    if (recipient !== undefined && !inPair(sentence, recipient)) return undefined;
    return {
      donor,
      recipient: recipient === undefined || recipient === donor ? otherOf(sentence, donor) : recipient,
      verb: verb.start,
    };
  }
  return undefined;
}

/** Whether someone other than the pair gives here ("The European Union pledged ..."): its aid is not ours. */
function ownGiver(sentence: SentenceContext): boolean {
  const { tokens } = sentence.tagged;
  const verb = tokens.findIndex((t) => GIVE_VERBS.includes(t.lemma) && t.key !== t.lemma);
  if (verb < 0) return false;
  const before = tokens.slice(0, verb);
  if (before.some((t) => t.lemma === 'be' || (t.lemma === 'have' && tokens[verb - 1]?.key === 'been'))) return false;
  // "The United States gave Vietnam $50 million": a third country before the verb is its own giver.
  const named = sentence.tagged.all('COUNTRY').filter((c) => c.start < verb);
  if (named.some((c) => inPair(sentence, c.value.code))) return false;
  if (named.length) return true;
  const subject = before.filter((t) => t.kind === 'word').map((t) => t.key);
  return !subject.some((w) => ['it', 'they', 'country', 'government', 'state'].includes(w)) && subject.length > 0;
}

/**
 * In an aid section, a sentence that names one side of the pair (or its capital, as "Helsinki had announced") and
 * gives money: that side is the one the section's aid is about, the other gives. Used only when nothing else says.
 */
function directionInAidSection(sentence: SentenceContext): Direction | undefined {
  if (sentence.role !== 'aid') return undefined;
  const { tagged } = sentence;
  const named = pairNamedIn(sentence);
  const capitals = new Map<string, string>();
  for (const c of tagged.all('CITY')) {
    const code = c.value.country;
    if (code && inPair(sentence, code) && lexicon().countries.get(code)?.capitals.includes(c.value.name))
      capitals.set(code, c.value.name);
  }
  // The side named must stand after the money, where a recipient stands ("meant to help the Nicaraguan government"),
  // not before it, where a giver does ("the Danish Red Cross sent ...").
  const firstMoney = tagged.all('MONEY')[0]?.start ?? 0;
  if (tagged.all('COUNTRY').some((c) => inPair(sentence, c.value.code) && c.start < firstMoney)) return undefined;
  if (named.size === 1 && capitals.size === 0) {
    const [recipient] = [...named] as [string];
    // "to help the Nicaraguan government": the side named is the one helped.
    return { donor: otherOf(sentence, recipient), recipient };
  }
  if (named.size === 0 && capitals.size === 1) {
    const [donor] = [...capitals.keys()] as [string];
    return { donor, recipient: otherOf(sentence, donor) };
  }
  return undefined;
}

/** The sentence a list item's intro is, read as prose: "Development assistance from Japan in 2008 was made up of:". */
function introOf(sentence: SentenceContext): SentenceContext | undefined {
  const intro = sentence.intro;
  if (sentence.kind === 'paragraph' || !intro || !intro.hasAny(AID_INTRO)) return undefined;
  return { ...sentence, tagged: intro, kind: 'paragraph', paragraph: { sentences: [] }, index: 0 };
}
const AID_INTRO = new Set(['aid', 'assistance', 'grant', 'loan', 'donation', 'cooperation']);

/** "- Loans: 215.7 billion yen": the label before the colon of an item says what kind of aid its amount is. */
function labelKind(sentence: SentenceContext): { kind: Assistance['kind']; purpose?: string } | undefined {
  const { tokens } = sentence.tagged;
  const colon = tokens.findIndex((t) => t.key === ':');
  if (colon < 1 || colon > 4 || !sentence.tagged.first(colon + 1, 'MONEY')) return undefined;
  const label = tokens.slice(0, colon);
  if (label.some((t) => t.kind !== 'word')) return undefined;
  const lemmas = label.map((t) => t.lemma);
  if (lemmas.some((w) => w === 'loan' || w === 'credit')) return { kind: 'other' };
  if (lemmas.some((w) => w === 'grant' || w === 'donation')) return { kind: 'grant' };
  // "Technical cooperation", "Technical assistance", "Projects": work done as a programme, for what the label says.
  if (lemmas.some((w) => ['cooperation', 'assistance', 'programme', 'project', 'training'].includes(w)))
    return { kind: 'programme', purpose: sentence.tagged.text(0, colon).toLowerCase() };
  return undefined;
}

/** Verbs of a commitment to do work for the other side, and the works: building is in kind, training a programme. */
const PLEDGE_VERBS = new Set(['promise', 'pledge', 'offer', 'undertake', 'commit']);
const WORKS: Record<string, Assistance['kind']> = {
  build: 'in-kind',
  rebuild: 'in-kind',
  construct: 'in-kind',
  reconstruct: 'in-kind',
  renovate: 'in-kind',
  repair: 'in-kind',
  restore: 'in-kind',
  equip: 'in-kind',
  train: 'programme',
  educate: 'programme',
};
const GERUNDS: Record<string, string> = {
  build: 'building',
  rebuild: 'rebuilding',
  construct: 'constructing',
  reconstruct: 'reconstructing',
  renovate: 'renovating',
  repair: 'repairing',
  restore: 'restoring',
  equip: 'equipping',
  train: 'training',
  educate: 'educating',
};

/**
 * "promised to rebuild St. Jude's Hospital", "undertook to train Kenyans in agriculture": work pledged for the other
 * side, with what it is as its purpose. Not its own embassy or anything of its own.
 */
function worksIn(sentence: SentenceContext): { kind: Assistance['kind']; purpose: string; verb: number }[] {
  const { tagged } = sentence;
  const tokens = tagged.tokens;
  const out: { kind: Assistance['kind']; purpose: string; verb: number }[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const work = tokens[i + 2] as Token;
    if (!PLEDGE_VERBS.has((tokens[i] as Token).lemma) || tokens[i + 1]?.key !== 'to' || work.key !== work.lemma)
      continue;
    const kind = WORKS[work.lemma];
    if (!kind) continue;
    const object: Token[] = [];
    for (let j = i + 3; j < tokens.length && object.length < 8; j++) {
      const t = tokens[j] as Token;
      // "St. Jude's Hospital": an abbreviation's dot inside a name does not end it.
      const abbreviation = t.key === '.' && !t.space && tokens[j + 1]?.upper === true;
      if (!abbreviation && [',', ';', '.', '(', 'and', 'by', 'under', 'with', 'after', 'which', 'that'].includes(t.key))
        break;
      // "St. Jude's Hospital in Castries": a place ends what was built; "in agriculture" says what training is in.
      if (t.key === 'in' && (tagged.first(j + 1, 'CITY') || tagged.first(j + 1, 'COUNTRY') || tokens[j + 1]?.upper))
        break;
      object.push(t);
    }
    if (!object.length || object.length === 8) continue;
    if (object.some((t) => ['its', 'their', 'own', 'embassy', 'consulate', 'mission'].includes(t.key))) continue;
    if (tagged.all('MISSION').some((m) => m.start > i && m.start <= i + 3 + object.length)) continue;
    out.push({ kind, purpose: `${GERUNDS[work.lemma]} ${spelled(object)}`, verb: i });
  }
  return out;
}

/** The giver of pledged work: a country of the pair named as the subject just before the verb. */
function pledger(sentence: SentenceContext, verb: number): Direction | undefined {
  const subject = sentence.tagged
    .all('COUNTRY')
    .filter((c) => c.end <= verb && verb - c.end <= 6 && c.value.form !== 'adjective' && c.value.form !== 'people')
    .at(-1);
  if (!subject || !inPair(sentence, subject.value.code)) return undefined;
  return { donor: subject.value.code, recipient: otherOf(sentence, subject.value.code), verb };
}

/** A direction from an earlier sentence of the paragraph: its aid, or a visit the money came with. */
function directionBefore(sentence: SentenceContext): Direction | undefined {
  for (let earlier = previousOf(sentence); earlier; earlier = previousOf(earlier)) {
    const direction = directionIn(earlier);
    if (direction) return direction;
    const people = earlier.tagged.all('PERSON');
    const visited = earlier.tagged.tokens.findIndex(
      (t, i) => t.lemma === 'visit' || (t.lemma === 'travel' && earlier.tagged.tokens[i + 1]?.key === 'to'),
    );
    if (visited >= 0) {
      const to = earlier.tagged
        .all('COUNTRY')
        .find((c) => c.start > visited && c.value.form === 'name' && inPair(earlier, c.value.code));
      const from = people.find((p) => p.start < visited && p.value.country)?.value.country;
      if (to && from && inPair(earlier, from) && from !== to.value.code)
        return { donor: from, recipient: to.value.code };
    }
  }
  return undefined;
}

const GIVE_SET = new Set(GIVE_VERBS);

function read(sentence: SentenceContext): Assistance[] {
  const { tagged } = sentence;
  // Aid needs an amount or a verb of giving or pledging: most sentences have neither, and stop here.
  if (!tagged.keys.has('#MONEY') && !tagged.hasAny(GIVE_VERBS) && !tagged.hasAny(PLEDGE_VERBS)) return [];
  // "Kes.82 million (US$1 million)": the amount in brackets after another is the same money, converted.
  const allMoney = tagged.all('MONEY');
  const money = allMoney.filter(
    (m) => !(tagged.tokens[m.start - 1]?.text === '(' && allMoney.some((o) => o.end === m.start - 1)),
  );
  const hasGive = tagged.tokens.some(
    (t, i) =>
      GIVE_SET.has(t.lemma) &&
      !(
        t.key === t.lemma &&
        ['aid', 'grant', 'support', 'loan'].includes(t.key) &&
        ['in', 'of', 'the', 'as', 'and', 'its', 'their'].includes(tagged.tokens[i - 1]?.key ?? '')
      ),
  );
  const items = hasGive ? itemsIn(sentence) : [];
  const works = tagged.hasAny(PLEDGE_VERBS) ? worksIn(sentence) : [];
  if (!money.length && !items.length && !works.length) return [];
  const intro = introOf(sentence);
  if (!tagged.hasAny(AID_WORDS) && !intro && sentence.role !== 'aid') return [];
  // Trade and investment figures are not aid, unless someone is said to give the money.
  const traded = tagged.tokens.some((t) => TRADE.has(t.lemma) || TRADE.has(t.key));
  if (money.length && !items.length && (traded || sentence.role === 'economy') && !hasGive) return [];
  const direction =
    directionIn(sentence) ??
    (works[0] && pledger(sentence, works[0].verb)) ??
    (ownGiver(sentence)
      ? undefined
      : (directionBefore(sentence) ?? (intro && directionIn(intro)) ?? directionInAidSection(sentence)));
  if (!direction) return [];
  // "offered Nicaragua $18 million ..., but the government refused the money": aid not given.
  if (tagged.hasAny(['refuse', 'reject', 'decline', 'turn']) && tagged.keys.has('but')) return [];
  if (traded && money.length && !items.length && direction.verb === undefined && sentence.role !== 'aid') return [];
  const dates = tagged
    .all('DATE')
    .filter(
      (d) =>
        !money.some((m) => d.start < m.end && d.end > m.start) &&
        !['since', 'from', 'until', 'by'].includes(tagged.tokens[d.start - 1]?.key ?? ''),
    );
  // "159 million DKK, and another 73 million DKK in 2004", "from $35 million that year to $26 million in 2010":
  // a date right after an amount is that amount's own; the others take a date no amount claims.
  const ownDate = new Map<Tag<'MONEY'>, string>();
  for (const m of money) {
    const after = tagged.tokens[m.end]?.key;
    const own = ['in', 'on', 'during'].includes(after ?? '') ? tagged.first(m.end + 1, 'DATE') : undefined;
    if (own) ownDate.set(m, own.value.edtf);
    else if (after === 'that' && tagged.tokens[m.end + 1]?.key === 'year') {
      const before = dates.filter((d) => d.end <= m.start).at(-1);
      if (before) ownDate.set(m, before.value.edtf.slice(0, 4));
    }
  }
  const claimed = new Set(ownDate.values());
  const free = dates.filter((d) => !claimed.has(d.value.edtf));
  let date = (ownDate.size ? free : dates)[0]?.value.edtf;
  if (!date && !ownDate.size && !tagged.tokens.some((t) => TIME_CUES.has(t.key))) {
    for (let earlier = previousOf(sentence); earlier && !date; earlier = previousOf(earlier))
      date = earlier.tagged.all('DATE')[0]?.value.edtf;
    if (!date && intro) date = intro.tagged.all('DATE')[0]?.value.edtf;
  }
  const lemmas = tagged.keys;
  const label = intro ? labelKind(sentence) : undefined;
  const kind: Assistance['kind'] = label
    ? label.kind
    : money.length
      ? lemmas.has('programme') || lemmas.has('project')
        ? 'programme'
        : lemmas.has('loan') || lemmas.has('credit') || lemmas.has('lend')
          ? 'other'
          : 'grant'
      : 'in-kind';
  const purpose = label?.purpose ?? purposeOf(sentence, kind);
  const provenance = [provenanceOf(sentence)];
  const base = { donor: direction.donor, recipient: direction.recipient, ...(date ? { date } : {}) };
  const facts: Assistance[] = money.map((m) => {
    const own = ownDate.get(m);
    const dated = own ? { ...base, date: own } : base;
    // "US$ 300 million in grants and US$ 200 million in loans": the word after an amount says its kind.
    const word = ['in', 'as', 'of'].includes(tagged.tokens[m.end]?.key ?? '')
      ? tagged.tokens[m.end + 1]?.lemma
      : undefined;
    const ownKind = word === 'grant' ? 'grant' : word === 'loan' || word === 'credit' ? 'other' : kind;
    return {
      ...dated,
      kind: ownKind,
      money: { amount: m.value.amount, currency: m.value.currency },
      ...(purpose ? { purpose } : {}),
      provenance,
    };
  });
  if (items.length) facts.push({ ...base, kind: 'in-kind', items, ...(purpose ? { purpose } : {}), provenance });
  for (const work of works) facts.push({ ...base, kind: work.kind, purpose: work.purpose, provenance });
  return facts;
}

/** The assistance kind: rules and reader. */
export const assistance = { rules: [ASSISTANCE_RULES], read };
