// Reads an article into tagged sentences with their context: the one pass every rule then works from.

import { SECTION_ROLES, type SectionRole } from './context/section-roles.ts';
import type { ArticleContext, Paragraph, SentenceContext } from './context/sentence-context.ts';
import { type Lexicon, lexicon as loadLexicon } from './lexicon/lexicon.ts';
import { TaggedTokens } from './tag/tag.ts';
import { tagMoney, tagNumbers } from './tag/tag-amounts.ts';
import { tagDates } from './tag/tag-dates.ts';
import { tagKnownPeople } from './tag/tag-known-people.ts';
import { tagLexicon } from './tag/tag-lexicon.ts';
import { tagPeople } from './tag/tag-people.ts';
import { tagPronouns } from './tag/tag-pronouns.ts';
import { tagReferences } from './tag/tag-references.ts';
import { tagRelativeDates } from './tag/tag-relative-dates.ts';
import type { LineIndex } from './text/line-index.ts';
import type { ArticleSection } from './text/parse-article.ts';
import { splitSentences } from './text/split-sentences.ts';
import { type Token, tokenize } from './text/tokenize.ts';

/** The role of a section from its heading's words. */
export function roleOf(
  heading: string | undefined,
  lexicon: Lexicon = loadLexicon(),
  tokens: Token[] | undefined = undefined,
): SectionRole {
  if (heading === undefined) return 'other';
  const words = ` ${(tokens ?? tokenize(heading, 0, heading.length, lexicon.lemmaOf)).map((t) => t.lemma).join(' ')} `;
  for (const [role, cues] of SECTION_ROLES) {
    if (cues.some((cue) => words.includes(` ${cue} `) || words.includes(` ${cue}s `))) return role;
  }
  return 'other';
}

/** Tags a run of tokens as one sentence. */
export function tagTokens(tokens: Token[], pair: readonly string[], lexicon: Lexicon = loadLexicon()): TaggedTokens {
  const tagged = new TaggedTokens(tokens);
  tagLexicon(tagged, pair, lexicon);
  tagNumbers(tagged);
  tagDates(tagged);
  tagMoney(tagged, pair, lexicon);
  tagPeople(tagged);
  return tagged;
}

/** Every sentence of the article's sections, tagged, each knowing its paragraph, section and list intro. */
export function readSentences(
  text: string,
  sections: ArticleSection[],
  article: ArticleContext,
  lines: LineIndex,
  lexicon: Lexicon = loadLexicon(),
): SentenceContext[] {
  const out: SentenceContext[] = [];
  for (const section of sections) {
    // The heading is tokenised once: for its role, then tagged as the intro of a list right under it.
    const headingTokens =
      section.heading === undefined ? undefined : tokenize(section.heading, 0, section.heading.length, lexicon.lemmaOf);
    const role = roleOf(section.heading, lexicon, headingTokens);
    if (role === 'skipped') continue;
    const heading = headingTokens === undefined ? undefined : tagTokens(headingTokens, article.pair, lexicon);
    let intro = heading;
    for (const block of section.blocks) {
      const tokens = tokenize(text, block.start, block.end, lexicon.lemmaOf);
      const paragraph: Paragraph = { sentences: [] };
      for (const s of splitSentences(tokens, block.kind === 'item')) {
        if (s.content.length === 0) continue;
        const tagged = tagTokens(s.content, article.pair, lexicon);
        const first = tokens[s.start] as Token;
        const last = tokens[s.end - 1] as Token;
        const kind = s.row ? 'row' : block.kind;
        // Every sentence has the same fields in the same order (absent ones undefined): one object shape keeps
        // the rules' property reads monomorphic.
        const sentence: SentenceContext = {
          tagged,
          span: [first.start, last.end],
          line: lines.lineOf(first.start),
          section: section.heading,
          role,
          kind,
          paragraph,
          index: paragraph.sentences.length,
          intro: kind !== 'paragraph' ? intro : undefined,
          article,
        };
        tagPronouns(sentence);
        tagRelativeDates(sentence);
        paragraph.sentences.push(sentence);
        out.push(sentence);
        // A paragraph's prose introduces the list or table that follows it.
        if (kind === 'paragraph') intro = tagged;
      }
    }
  }
  tagKnownPeople(out);
  tagReferences(out);
  return out;
}
