// Visits in lists and table rows under an intro such as "Visits from A to B": one visit per date of an item.
import type { Visit } from '../../schema/index.ts';
import { inPair, provenanceOf, type SentenceContext } from '../context/sentence-context.ts';
import type { Tag, TaggedTokens } from '../tag/tag.ts';
import type { Token } from '../text/tokenize.ts';
import { type PersonAt, toPerson } from './visit-people.ts';

/** The direction a list's intro gives: "Visits from A to B", "A state visits to B". */
export function listDirection(sentence: SentenceContext): { from: string; to: string } | undefined {
  const intro = sentence.intro;
  if (!intro?.keys.has('visit')) return undefined;
  const countries = intro.all('COUNTRY').filter((c) => inPair(sentence, c.value.code));
  for (let i = 0; i + 1 < countries.length; i++) {
    const a = countries[i] as Tag<'COUNTRY'>;
    const b = countries[i + 1] as Tag<'COUNTRY'>;
    const between = intro.tokens.slice(a.end, b.start).map((t) => t.lemma);
    const fromTo = intro.tokens[a.start - 1]?.key === 'from' || intro.tokens[a.start - 2]?.key === 'from';
    if (
      a.value.code !== b.value.code &&
      ((fromTo && between.at(-1) === 'to') ||
        (between.includes('visit') && between.at(-1) === 'to') ||
        between.at(-2) === 'to')
    )
      return { from: a.value.code, to: b.value.code };
  }
  return undefined;
}

/** Visits in a list item or table row: "Prime Minister N (1994, 2003)" gives one visit per date. */
export function fromListItem(sentence: SentenceContext, direction: { from: string; to: string }): Visit[] {
  const { tagged } = sentence;
  const dates = tagged.all('DATE');
  if (!dates.length) return [];
  let people: PersonAt[] = tagged.all('PERSON').map((p) => ({ ...p.value, start: p.start, end: p.end }));
  if (!people.length) {
    // A row "2014 | Narendra Modi | Prime Minister", or an item that starts with a name.
    for (let i = 0; i < tagged.tokens.length && !people.length; i++) {
      if (!(tagged.tokens[i] as Token).upper) continue;
      let end = i;
      while (
        end < tagged.tokens.length &&
        (tagged.tokens[end] as Token).upper &&
        (tagged.tokens[end] as Token).kind === 'word' &&
        !tagged.first(end, 'COUNTRY') &&
        !tagged.first(end, 'MONTH')
      )
        end++;
      if (end - i >= 2 || (end - i === 1 && !tagged.at(i).length)) {
        const cellOffice = sentence.kind === 'row' ? officeCell(tagged) : undefined;
        people = [{ name: tagged.text(i, end), ...(cellOffice ? { office: cellOffice } : {}), start: i, end }];
      }
    }
  }
  if (!people.length) return [];
  const visitors = people.map((p) => toPerson(p, direction.from));
  const provenance = [provenanceOf(sentence)];
  return dates.map((d) => ({ date: d.value.edtf, from: direction.from, to: direction.to, visitors, provenance }));
}

/** The office cell of a table row ("Prime Minister"). */
function officeCell(tagged: TaggedTokens): string | undefined {
  const cells: [number, number][] = [];
  let start = 0;
  tagged.tokens.forEach((t, i) => {
    if (t.key === '|') {
      cells.push([start, i]);
      start = i + 1;
    }
  });
  cells.push([start, tagged.tokens.length]);
  for (const [s, e] of cells) {
    if (
      e > s &&
      tagged.at(s).some((t) => t.type === 'OFFICE' || t.type === 'PORTFOLIO' || t.type === 'QUALIFIER') &&
      e - s <= 5
    )
      return tagged.text(s, e);
  }
  return undefined;
}
