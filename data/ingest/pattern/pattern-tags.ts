// What the pattern language adds to the tagger's tags: computed tags (NAME, PLACE) and tag attributes.
import type { SentenceContext } from '../context/sentence-context.ts';
import { lexicon } from '../lexicon/lexicon.ts';
import type { Tag, TaggedTokens } from '../tag/tag.ts';
import { nameAt } from '../tag/tag-people.ts';
import type { ComputedTags } from './match-pattern.ts';

const PLACE_PARTICLES = new Set([
  'de',
  'del',
  'da',
  'do',
  'dos',
  'das',
  'la',
  'el',
  'upon',
  'am',
  'sur',
  'en',
  'on',
  'of',
]);
const CLAUSE_VERBS = new Set([
  'be',
  'have',
  'say',
  'serve',
  'become',
  'head',
  'lead',
  'visit',
  'meet',
  'sign',
  'will',
  'would',
]);
const NOT_PLACE = new Set(['OFFICE', 'ORG', 'MISSION', 'MONTH', 'QUALIFIER', 'PERSON', 'PORTFOLIO']);

/** A place name the lexicon does not know: up to four capitalised words, particles between ("Playa del Carmen"). */
function unknownPlace(tagged: TaggedTokens, i: number): number | undefined {
  const ok = (j: number) => {
    const t = tagged.tokens[j];
    return t?.kind === 'word' && t.upper && !tagged.at(j).some((g) => NOT_PLACE.has(g.type) || g.type === 'COUNTRY');
  };
  if (!ok(i) || ['The', 'In', 'On', 'And', 'Both', 'Its', 'Their'].includes(tagged.tokens[i]?.text ?? ''))
    return undefined;
  let end = i + 1;
  let words = 1;
  while (words < 4) {
    const t = tagged.tokens[end];
    if (t && PLACE_PARTICLES.has(t.key) && !t.upper && ok(end + 1)) {
      end += 2;
      words++;
    } else if (t?.space && ok(end)) {
      end++;
      words++;
    } else break;
  }
  return end;
}

// Words that make a capitalised phrase an organisation's name rather than a place or a people.
const ORGANIZATION_WORDS = new Set([
  'council',
  'union',
  'organization',
  'association',
  'forum',
  'community',
  'group',
  'initiative',
  'partnership',
  'alliance',
  'bank',
  'agency',
  'conference',
  'movement',
  'commonwealth',
  'assembly',
  'pact',
  'process',
  'dialogue',
  'area',
  'institute',
  'fund',
  'summit',
  'cooperation',
  'charter',
  'league',
  'court',
  'network',
  'platform',
  'framework',
  'commission',
  'committee',
  'federation',
  'bloc',
  'triangle',
  'format',
  'secretariat',
  'unity',
  'coalition',
  'zone',
]);
const NAME_SMALL = new Set(['of', 'the', 'for', 'on', 'de', 'la', 'du', 'des']);

/** An organisation the lexicon does not know, in a list of memberships: "the Weimar Triangle", "GAFTA". */
function unknownOrganization(tagged: TaggedTokens, i: number): number | undefined {
  const first = tagged.tokens[i];
  if (!first?.upper || first.kind !== 'word' || tagged.at(i, 'COUNTRY').length || tagged.at(i, 'ORG').length)
    return undefined;
  // An acronym alone: "GAFTA", "SICA".
  if (/^[A-Z][A-Z0-9]{1,7}$/.test(first.text)) return i + 1;
  let end = i;
  let last = -1;
  let named = false;
  for (let n = 0; n < 9 && end < tagged.tokens.length; n++, end++) {
    const t = tagged.tokens[end] as (typeof tagged.tokens)[number];
    if (t.kind === 'word' && t.upper) {
      last = end;
      if (ORGANIZATION_WORDS.has(t.lemma)) named = true;
    } else if (!(t.kind === 'word' && NAME_SMALL.has(t.key))) break;
  }
  return named && last >= i ? last + 1 : undefined;
}

/** Computed tags: NAME (a personal name, or a PERSON tag) and PLACE (a city, a country, or an unknown name). */
export const COMPUTED_TAGS: ComputedTags = {
  NAME: (tagged, i) => {
    const people = tagged.at(i, 'PERSON');
    if (people.length) return people;
    const end = nameAt(tagged, i);
    return end === undefined ? [] : [{ type: 'PERSON', start: i, end, value: { name: tagged.text(i, end) } }];
  },
  CITYNAME: (tagged, i) => {
    const known = tagged.at(i, 'CITY');
    if (known.length) return known;
    // Territories that are no state ("Guernsey", "Jersey") are places in a list of cities.
    const territory = tagged
      .at(i, 'COUNTRY')
      .find((c) => c.value.form === 'name' && lexicon().countries.get(c.value.code)?.independent === false);
    if (territory)
      return [{ type: 'CITY', start: i, end: territory.end, value: { name: tagged.text(i, territory.end) } }];
    const end = unknownPlace(tagged, i);
    // "... in Hanoi, and David Matnai was appointed": a name a verb follows is no place.
    const next = end === undefined ? undefined : tagged.tokens[end];
    if (end === undefined || (next && CLAUSE_VERBS.has(next.lemma))) return [];
    return [{ type: 'CITY', start: i, end, value: { name: tagged.text(i, end) } }];
  },
  ORGNAME: (tagged, i) => {
    const known = tagged.at(i, 'ORG');
    if (known.length) return known;
    const end = unknownOrganization(tagged, i);
    if (end !== undefined) return [{ type: 'ORG', start: i, end, value: { label: tagged.text(i, end) } }];
    // Another capitalised name holds its place in a list, marked to be skipped: "the Roman Catholic Church".
    const other = unknownPlace(tagged, i);
    return other === undefined
      ? []
      : [{ type: 'ORG', start: i, end: other, value: { label: tagged.text(i, other), skip: true } as never }];
  },
  PLACE: (tagged, i) => {
    const known = [...tagged.at(i, 'CITY'), ...tagged.at(i, 'COUNTRY').filter((t) => t.value.form === 'name')];
    if (known.length) return known;
    const end = unknownPlace(tagged, i);
    return end === undefined ? [] : [{ type: 'CITY', start: i, end, value: { name: tagged.text(i, end) } }];
  },
};

/** Whether a tag has an attribute a pattern asks for. */
export function tagHasAttr(sentence: SentenceContext, tag: Tag, attr: string): boolean {
  const pair = sentence.article.pair;
  if (tag.type === 'COUNTRY') {
    const { code, form } = (tag as Tag<'COUNTRY'>).value;
    switch (attr) {
      case 'pair':
        return pair.includes(code);
      case 'other':
        return !pair.includes(code);
      case 'name':
        return pair.includes(code) && (form === 'name' || form === 'code' || form === 'pronoun');
      case 'adj':
        return pair.includes(code) && form === 'adjective';
      case 'people':
        return pair.includes(code) && form === 'people';
      case 'nation':
        return pair.includes(code) && form !== 'people';
      default:
        return false;
    }
  }
  if (tag.type === 'MISSION') return attr === 'plural' && (tag as Tag<'MISSION'>).value.plural;
  if (tag.type === 'NUMBER') {
    const { value, year, scaled } = (tag as Tag<'NUMBER'>).value;
    if (attr === 'count') return Number.isInteger(value) && (!year || scaled);
    if (attr === 'year') return year;
  }
  if (tag.type === 'PERSON') return attr === 'office' && (tag as Tag<'PERSON'>).value.office !== undefined;
  return false;
}
