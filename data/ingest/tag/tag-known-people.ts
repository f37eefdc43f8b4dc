// Names a person by surname alone where the article named them in full with an office elsewhere ("Modi").
import type { SentenceContext } from '../context/sentence-context.ts';
import type { TagValues } from './tag.ts';

type Person = TagValues['PERSON'];

/** Adds PERSON tags for surnames of people the article names in full with an office; a shared surname is skipped. */
export function tagKnownPeople(sentences: SentenceContext[]): void {
  const known = new Map<string, Person>();
  const shared = new Set<string>();
  for (const { tagged } of sentences) {
    for (const tag of tagged.all('PERSON')) {
      const words = tag.value.name.split(' ');
      const surname = words.at(-1);
      if (!surname || !tag.value.office || words.length < 2 || shared.has(surname)) continue;
      const seen = known.get(surname);
      if (seen && seen.name !== tag.value.name) {
        known.delete(surname);
        shared.add(surname);
      } else if (!seen || (!seen.country && tag.value.country)) known.set(surname, tag.value);
    }
  }
  if (known.size === 0) return;
  for (const { tagged } of sentences) {
    const covered = new Set<number>();
    for (const tag of tagged.all('PERSON')) for (let i = tag.start; i < tag.end; i++) covered.add(i);
    tagged.tokens.forEach((token, i) => {
      if (!token.upper || covered.has(i)) return;
      const person = known.get(token.text);
      if (person && tagged.at(i).length === 0) tagged.add('PERSON', i, i + 1, { ...person });
    });
  }
}
