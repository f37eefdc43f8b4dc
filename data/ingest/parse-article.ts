// Reads the shape of a Wikipedia-style article: `= Title =`, `== Section ==`, paragraphs and `- ` list items.

/** A paragraph or a list item, with its offsets [start, end) in the article and its 1-based line. */
export type ArticleBlock = {
  kind: 'paragraph' | 'item';
  text: string;
  start: number;
  end: number;
  line: number;
};

/** A section: the lead (no heading) or one under a heading, in the order they appear (headings may repeat). */
export type ArticleSection = { heading?: string; level: number; line: number; blocks: ArticleBlock[] };

/** The parsed article. `title` is absent when the first non-blank line is not `= Title =`. */
export type ParsedArticle = { title?: string; titleLine?: number; sections: ArticleSection[] };

const TITLE = /^=(?!=)\s*(.*?)\s*=\s*$/;
const HEADING = /^(={2,6})\s*(.*?)\s*\1\s*$/;
const ITEM = /^\s*(?:[-*•]|#|\d+[.)])\s+/;

/** Parse an article; never throws, whatever the text. */
export function parseArticle(text: string): ParsedArticle {
  const article: ParsedArticle = { sections: [{ level: 1, line: 1, blocks: [] }] };
  let section = article.sections[0] as ArticleSection;
  let paragraph: ArticleBlock | undefined;
  let offset = 0;
  let lineNumber = 0;
  let seenContent = false;
  for (const raw of text.split('\n')) {
    lineNumber++;
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = line.trim();
    if (!trimmed) {
      paragraph = undefined;
      continue;
    }
    if (!seenContent) {
      seenContent = true;
      const title = TITLE.exec(trimmed);
      if (title?.[1]) {
        article.title = title[1];
        article.titleLine = lineNumber;
        continue;
      }
    }
    const heading = HEADING.exec(trimmed);
    if (heading) {
      section = { heading: heading[2] ?? '', level: (heading[1] ?? '==').length, line: lineNumber, blocks: [] };
      article.sections.push(section);
      paragraph = undefined;
      continue;
    }
    const lead = line.length - line.trimStart().length;
    const item = ITEM.exec(line);
    if (item) {
      const start = lineStart + item[0].length;
      const end = lineStart + lead + trimmed.length;
      section.blocks.push({ kind: 'item', text: text.slice(start, end), start, end, line: lineNumber });
      paragraph = undefined;
      continue;
    }
    const start = lineStart + lead;
    const end = lineStart + lead + trimmed.length;
    if (paragraph) {
      paragraph.end = end;
      paragraph.text = text.slice(paragraph.start, end);
    } else {
      paragraph = { kind: 'paragraph', text: trimmed, start, end, line: lineNumber };
      section.blocks.push(paragraph);
    }
  }
  return article;
}
