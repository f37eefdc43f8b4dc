// Tags office holders: "Danish Foreign Minister Per Stig Møller", "Edi Rama, Prime Minister of Albania", "his
// Indian counterpart Narendra Modi". A person's country comes from the words around the office, never guessed.
import type { Token } from '../text/tokenize.ts';
import type { Tag, TaggedTokens } from './tag.ts';

const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'dos',
  'das',
  'del',
]);
const NOT_A_NAME = new Set([
  'the',
  'in',
  'on',
  'at',
  'and',
  'of',
  'during',
  'also',
  'both',
  'his',
  'her',
  'their',
  'a',
  'an',
  'this',
  'that',
  'after',
  'before',
  'when',
  'while',
  'with',
  'for',
  'from',
  'to',
  'as',
  'by',
  'it',
  'its',
  'he',
  'she',
  'they',
  'then',
  'later',
  'former',
  'since',
  'until',
  'between',
  'minister',
  'president',
]);
const REGNAL = /^[IVX]{1,5}$/;
const SMALL = new Set(['of', 'for', 'and', 'the', '&']);
const APPOSITION_VERBS = new Set([
  'visit',
  'receive',
  'host',
  'meet',
  'pay',
  'travel',
  'arrive',
  'welcome',
  'make',
  'say',
  'address',
  'attend',
  'go',
  'come',
  'hold',
  'lead',
  'sign',
  'open',
]);
const OFFICE_TAIL_HEADS = new Set([
  'director general',
  'director-general',
  'undersecretary',
  'under-secretary',
  'minister',
  'secretary',
  'secretary of state',
  'speaker',
  'president',
  'prime minister',
]);

/** A tag of `type` that ends exactly at token `end` (looked for among the few tokens before). */
function endingAt<T extends 'COUNTRY' | 'CITY' | 'ORG'>(
  tagged: TaggedTokens,
  end: number,
  type: T,
): Tag<T> | undefined {
  for (let start = end - 1; start >= 0 && start >= end - 8; start--) {
    const tag = tagged.at(start, type).find((t) => t.end === end);
    if (tag) return tag;
  }
  return undefined;
}

// "el-Sisi", "al-Assad", "bin Salman": an Arabic article or a patronymic particle glued to a name.
const GLUED_PARTICLE = /^(?:al|el|ad|as|ash|abu|bin|ibn|bint|van|von|de|da|di|du|le|la)-\p{Lu}/u;

const isNameWord = (tagged: TaggedTokens, i: number): boolean => {
  const t = tagged.tokens[i];
  if (t && t.kind === 'word' && GLUED_PARTICLE.test(t.text)) return i > 0;
  if (t?.kind !== 'word' || !t.upper || NOT_A_NAME.has(t.key)) return false;
  if (
    tagged
      .at(i)
      .some(
        (g) =>
          g.type === 'COUNTRY' || g.type === 'ORG' || g.type === 'MONTH' || g.type === 'OFFICE' || g.type === 'MISSION',
      )
  )
    return false;
  return !/^[A-Z]{2,}$/.test(t.text) || REGNAL.test(t.text);
};

/** A personal name starting at `i`: capitalised words, particles between them, a regnal number ("Carl XVI Gustaf"). */
export function nameAt(tagged: TaggedTokens, i: number): number | undefined {
  if (!isNameWord(tagged, i) || REGNAL.test(tagged.tokens[i]?.text ?? '')) return undefined;
  let end = i + 1;
  let words = 1;
  // Up to seven words: royal and Arabic names run long ("Druk Gyalpo Jigme Khesar Namgyal Wangchuck").
  while (words < 7) {
    const t = tagged.tokens[end];
    if (!t?.space) break;
    if (PARTICLES.has(t.key) && !t.upper && isNameWord(tagged, end + 1)) {
      end += 2;
      words++;
      continue;
    }
    if (REGNAL.test(t.text) || isNameWord(tagged, end)) {
      end++;
      words++;
      continue;
    }
    // "Stephenson King", "Martin Luther King": an office word ends a name when no capitalised word follows it.
    if (
      t.upper &&
      t.kind === 'word' &&
      tagged.at(end).some((g) => g.type === 'OFFICE') &&
      !tagged.tokens[end + 1]?.upper
    )
      end++;
    break;
  }
  return end;
}

/** An office title as records write it: "foreign minister" → "Foreign Minister"; "of", "for", "and" stay small. */
function officeName(tagged: TaggedTokens, start: number, end: number): string {
  const words: string[] = [];
  for (let i = start; i < end; i++) {
    const t = tagged.tokens[i] as Token;
    const word = t.text;
    words.push(
      (i > start && t.space ? ' ' : '') +
        (SMALL.has(t.key)
          ? t.key
          : word.replace(/(^|-)(\p{Ll})/gu, (_, dash: string, c: string) => dash + c.toUpperCase())),
    );
  }
  return words.join('');
}

/** One office at `i`: qualifiers, portfolio words, the head, and "of/for" a portfolio after a minister. */
function oneOfficeAt(tagged: TaggedTokens, i: number): number | undefined {
  let at = i;
  while (tagged.first(at, 'QUALIFIER')) at++;
  while (tagged.first(at, 'PORTFOLIO') && !tagged.first(at, 'OFFICE')) at++;
  const head = tagged.first(at, 'OFFICE');
  if (!head) return undefined;
  let end = head.end;
  const headText = tagged.text(head.start, head.end).toLowerCase();
  const ofFor = tagged.tokens[end]?.key;
  if ((ofFor === 'of' || ofFor === 'for') && OFFICE_TAIL_HEADS.has(headText)) {
    let j = end + 1;
    if (tagged.tokens[j]?.key === 'the') j++;
    let portfolio = j;
    while (tagged.first(portfolio, 'PORTFOLIO') && tagged.tokens[portfolio]?.upper) {
      portfolio++;
      const joiner = tagged.tokens[portfolio]?.key;
      if (
        (joiner === 'and' || joiner === '&' || joiner === ',' || joiner === 'for' || joiner === 'of') &&
        tagged.first(portfolio + 1, 'PORTFOLIO') &&
        tagged.tokens[portfolio + 1]?.upper
      )
        portfolio++;
    }
    if (portfolio > j) end = portfolio;
  }
  return end;
}

/** Offices at `i`, joined: "Vice-President and Foreign Minister". */
function officesAt(tagged: TaggedTokens, i: number): number | undefined {
  let end = oneOfficeAt(tagged, i);
  if (end === undefined) return undefined;
  for (;;) {
    const joiner = tagged.tokens[end]?.key;
    if (joiner !== 'and' && joiner !== '&') break;
    const more = oneOfficeAt(tagged, end + 1);
    // "the President and Prime Minister X" joins; "the King and Queen" are two people, read each alone.
    if (more === undefined || nameAt(tagged, more) === undefined) break;
    end = more;
  }
  return end;
}

/** The country written before an office: "Danish", "Denmark's", "the Albanian". */
function countryBefore(tagged: TaggedTokens, at: number): Tag<'COUNTRY'> | undefined {
  let end = at;
  if (tagged.tokens[end - 1]?.key === 'the') end--;
  if (tagged.tokens[end - 1]?.text === "'s" || tagged.tokens[end - 1]?.text === '’s') end--;
  const tag = endingAt(tagged, end, 'COUNTRY');
  return tag && (tag.value.form === 'adjective' || end < at) ? tag : undefined;
}

/** "of Denmark", "of the United Kingdom" at `i`. */
function ofCountry(tagged: TaggedTokens, i: number): Tag<'COUNTRY'> | undefined {
  if (tagged.tokens[i]?.key !== 'of') return undefined;
  const at = tagged.tokens[i + 1]?.key === 'the' ? i + 2 : i + 1;
  return tagged.first(at, 'COUNTRY');
}

/** Tags the people of a sentence. */
export function tagPeople(tagged: TaggedTokens): void {
  if (!tagged.keys.has('#OFFICE') && !tagged.keys.has('counterpart')) return;
  const tokens = tagged.tokens;
  let previous: Tag<'PERSON'> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "his Danish counterpart Helle Thorning-Schmidt"
    if (t.lemma === 'counterpart') {
      const country = endingAt(tagged, i, 'COUNTRY');
      const at = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
      const end = nameAt(tagged, at);
      if (end !== undefined) {
        const mention = country ? country.start : i;
        tagged.add('PERSON', at, end, {
          name: tagged.text(at, end),
          ...(country ? { country: country.value.code } : {}),
          mention,
        });
        i = end - 1;
      }
      continue;
    }
    if (!tagged.first(i, 'OFFICE') && !tagged.first(i, 'QUALIFIER') && !tagged.first(i, 'PORTFOLIO')) continue;
    const officeEnd = officesAt(tagged, i);
    if (officeEnd === undefined) continue;
    const office = officeName(tagged, i, officeEnd);
    const of = ofCountry(tagged, officeEnd);
    const afterOffice = of ? of.end : officeEnd;
    let at = afterOffice;
    if (tokens[at]?.text === ',') at++;
    const nameEnd = nameAt(tagged, at);
    if (nameEnd !== undefined) {
      const before = countryBefore(tagged, i);
      const after = ofCountry(tagged, nameEnd);
      // "Danish Foreign Minister A and Minister of European Affairs B": B serves A's country.
      const joined =
        previous &&
        !before &&
        !of &&
        /^(?:,|and|&)$/.test(tagged.text(previous.end, i).replace(/^,?\s*/, '') || ',') &&
        previous.end >= i - 2
          ? previous.value.country
          : undefined;
      const country = before?.value.code ?? of?.value.code ?? after?.value.code ?? joined;
      // `mention` is where the words about the person start ("Danish Foreign Minister ..."), for rules that look before it.
      previous = tagged.add('PERSON', at, nameEnd, {
        name: tagged.text(at, nameEnd),
        office,
        ...(country ? { country } : {}),
        mention: before ? before.start : tagged.tokens[i - 1]?.key === 'the' ? i - 1 : i,
      });
      i = nameEnd - 1;
      continue;
    }
    // "Edi Rama, Prime Minister of Albania, received ...": a name in apposition before the office.
    // Back from the office to the comma: over "then", "the", and a country ("then Israel's Foreign Minister").
    let back = i - 1;
    const countryTag = countryBefore(tagged, i);
    if (countryTag) back = countryTag.start - 1;
    while (back > 0 && ['the', 'then', 'later', 'former', 'its'].includes(tokens[back]?.key ?? '')) back--;
    const comma = tokens[back]?.text === ',' ? back : -1;
    // What closes the apposition: the comma after the office (", then Prime Minister of New Zealand, was ..."), or a verb.
    const following = tokens[afterOffice];
    const closes = following && (following.text === ',' || APPOSITION_VERBS.has(following.lemma));
    if (comma > 0 && closes) {
      let start = comma;
      while (
        start > 0 &&
        start > comma - 6 &&
        (isNameWord(tagged, start - 1) ||
          PARTICLES.has(tokens[start - 1]?.key ?? '') ||
          REGNAL.test(tokens[start - 1]?.text ?? ''))
      )
        start--;
      while (start < comma && !isNameWord(tagged, start)) start++;
      if (start < comma) {
        const country = of?.value.code ?? countryBefore(tagged, i)?.value.code;
        previous = tagged.add('PERSON', start, comma, {
          name: tagged.text(start, comma),
          office,
          ...(country ? { country } : {}),
        });
      }
    }
  }
}
