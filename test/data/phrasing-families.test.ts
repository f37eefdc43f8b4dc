// Families of phrasings real articles use, each with two or three variants in our own words, and the facts each
// must (or must not) give: a family is covered by one rule or lexicon line, not fitted to one sentence.
import { describe, expect, it } from 'vitest';
import { bare, recordOf } from './article.ts';

const visits = (body: string, title: string) => bare(recordOf(title, body).visits);

describe('every tense of a pattern verb', () => {
  it.each([
    ['Norwegian Prime Minister Erna Solberg spoke to the Swedish parliament on 3 May 2016.', '2016-05-03'],
    ['Norwegian Prime Minister Erna Solberg flew to Sweden in June 2015.', '2015-06'],
    ['Norwegian Prime Minister Erna Solberg returned to Sweden in 2017.', '2017'],
  ])('reads "%s" (irregular past tenses of the verbs the visit rules name)', (sentence, date) => {
    expect(visits(sentence, 'Norway–Sweden relations')).toEqual([
      { date, from: 'NO', to: 'SE', visitors: [{ name: 'Erna Solberg', office: 'Prime Minister', country: 'NO' }] },
    ]);
  });
});
