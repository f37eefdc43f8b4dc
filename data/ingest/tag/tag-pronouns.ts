// Resolves "it" and "its" to the country of the pair they stand for: the subject named before them.
import { inPair, previousOf, type SentenceContext } from '../context/sentence-context.ts';
import type { Tag } from './tag.ts';

const PRONOUNS = new Set(['it', 'its']);

/** The country of the pair a sentence names as a subject: a name, not a possessive or an adjective. */
function subjects(sentence: SentenceContext, before = Number.POSITIVE_INFINITY): Tag<'COUNTRY'>[] {
  return sentence.tagged
    .all('COUNTRY')
    .filter(
      (t) =>
        t.start < before &&
        (t.value.form === 'name' || t.value.form === 'code') &&
        inPair(sentence, t.value.code) &&
        sentence.tagged.tokens[t.end]?.text !== "'s",
    );
}

/** Tags "it"/"its" as the country it stands for: the first subject of the sentence before it, else the last one
 * of the sentence before. Untagged when neither names one of the pair. */
export function tagPronouns(sentence: SentenceContext): void {
  const { tagged } = sentence;
  if (tagged.keys.has('country') && (tagged.keys.has('his') || tagged.keys.has('her'))) tagOwnCountry(sentence);
  if (!tagged.keys.has('it') && !tagged.keys.has('its')) return;
  tagged.tokens.forEach((token, i) => {
    if (!PRONOUNS.has(token.key) || tagged.at(i, 'COUNTRY').length) return;
    const here = subjects(sentence, i)[0];
    const previous = previousOf(sentence);
    const there = here ?? (previous ? subjects(previous)[0] : undefined);
    if (there) tagged.add('COUNTRY', i, i + 1, { code: there.value.code, form: 'pronoun' });
  });
}

/** "Indian High Commissioner Ajay Singh ... said his country had offered": the country of the person named before. */
function tagOwnCountry(sentence: SentenceContext): void {
  const { tagged } = sentence;
  const { tokens } = tagged;
  tokens.forEach((token, i) => {
    if ((token.key !== 'his' && token.key !== 'her') || tokens[i + 1]?.key !== 'country') return;
    // Only when everyone, or every country, named before says the same country: "his" could be any of them.
    const people = tagged.all('PERSON').filter((p) => p.end <= i);
    const countries = new Set(
      people.length
        ? people.map((p) => p.value.country)
        : tagged
            .all('COUNTRY')
            .filter((c) => c.end <= i && c.value.form !== 'pronoun')
            .map((c) => c.value.code),
    );
    const [country] = countries;
    if (countries.size === 1 && country && !tagged.at(i, 'COUNTRY').length)
      tagged.add('COUNTRY', i, i + 2, { code: country, form: 'pronoun' });
  });
}
