// People referred to without their name: "he" / "she" for the one person the sentence before named, "the Finnish
// President" for the last Finnish President the article named. Each is resolved only when one person fits.
import { inPair, previousOf, type SentenceContext } from '../context/sentence-context.ts';
import type { Tag, TagValues } from './tag.ts';
import { nameAt } from './tag-people.ts';

type Person = TagValues['PERSON'];

const PRONOUNS = new Set(['he', 'she']);

/** The one person the nearest earlier sentence of the paragraph that names people names, if it names one. */
function onlyPersonBefore(sentence: SentenceContext): Person | undefined {
  for (let earlier = previousOf(sentence); earlier; earlier = previousOf(earlier)) {
    const people = earlier.tagged.all('PERSON');
    if (!people.length) continue;
    const names = new Set(people.map((p) => p.value.name));
    return names.size === 1 ? (people[0] as Tag<'PERSON'>).value : undefined;
  }
  return undefined;
}

/** Tags "he"/"she" and "the <adjective> <office>" as the people they stand for, in article order. */
export function tagReferences(sentences: SentenceContext[]): void {
  // The last person named with each office of each country: "FI President" -> Tarja Halonen.
  const byOffice = new Map<string, Person>();
  for (const sentence of sentences) {
    const { tagged } = sentence;
    const tokens = tagged.tokens;
    if (tagged.keys.has('he') || tagged.keys.has('she')) {
      const person = tagged.all('PERSON').length ? undefined : onlyPersonBefore(sentence);
      if (person && inPair(sentence, person.country))
        for (let i = 0; i < tokens.length; i++) {
          // A name before the pronoun, even one no office tags ("David Cameron became ... when he"), is its referent.
          if (nameAt(tagged, i) !== undefined) break;
          if (PRONOUNS.has((tokens[i] as { key: string }).key))
            tagged.add('PERSON', i, i + 1, { ...person, mention: i });
        }
    }
    if (byOffice.size && tagged.keys.has('#OFFICE') && tagged.keys.has('the')) {
      for (const office of tagged.all('OFFICE')) {
        const adjective = tagged.at(office.start - 1, 'COUNTRY')[0];
        if (adjective?.value.form !== 'adjective' || tokens[office.start - 2]?.key !== 'the') continue;
        // "the Finnish President Sauli Niinistö" names its own person.
        if (tagged.at(office.end, 'PERSON').length || nameAt(tagged, office.end) !== undefined) continue;
        if (tagged.all('OFFICE').some((o) => o !== office && o.start <= office.start && o.end > office.end)) continue;
        const text = tagged.text(office.start, office.end).toLowerCase();
        const person = byOffice.get(`${adjective.value.code} ${text}`);
        if (person) tagged.add('PERSON', office.start, office.end, { ...person, mention: office.start - 2 });
      }
    }
    for (const p of tagged.all('PERSON'))
      if (p.value.office && p.value.country && p.value.name.includes(' '))
        byOffice.set(`${p.value.country} ${p.value.office.toLowerCase()}`, p.value);
  }
}
