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

/** The run of `=` at the start of a trimmed line, and at its end. */
function equalsRuns(line: string): [number, number] {
  let lead = 0;
  while (line.charCodeAt(lead) === 61) lead++;
  let trail = 0;
  while (trail < line.length - lead && line.charCodeAt(line.length - 1 - trail) === 61) trail++;
  return [lead, trail];
}

/** `= Title =` (one `=` each side) or `== Heading ==` (2-6, the same each side): level and text, else undefined. */
function headingOf(trimmed: string): { level: number; text: string } | undefined {
  const [lead, trail] = equalsRuns(trimmed);
  if (lead === 0 || lead !== trail || lead > 6 || trimmed.length <= lead * 2) return undefined;
  return { level: lead, text: trimmed.slice(lead, trimmed.length - trail).trim() };
}

/** Where a list item's text starts after its marker ("- ", "* ", "• ", "# ", "1. ", "2) "), or -1. */
function itemStart(line: string): number {
  let at = 0;
  while (line.charAt(at) === ' ' || line.charAt(at) === '\t') at++;
  const marker = line.charAt(at);
  if (marker === '-' || marker === '*' || marker === '•' || marker === '#') at++;
  else {
    const digits = at;
    while (/\d/.test(line.charAt(at))) at++;
    if (at === digits || (line.charAt(at) !== '.' && line.charAt(at) !== ')')) return -1;
    at++;
  }
  if (line.charAt(at) !== ' ' && line.charAt(at) !== '\t') return -1;
  while (line.charAt(at) === ' ' || line.charAt(at) === '\t') at++;
  return at;
}

/** Parse an article; never throws, and linear in the text's length. */
export function parseArticle(text: string): ParsedArticle {
  const article: ParsedArticle = { sections: [{ level: 1, line: 1, blocks: [] }] };
  let section = article.sections[0] as ArticleSection;
  let paragraph: ArticleBlock | undefined;
  const close = () => {
    if (paragraph) paragraph.text = text.slice(paragraph.start, paragraph.end);
    paragraph = undefined;
  };
  let lineStart = 0;
  let lineNumber = 0;
  let seenContent = false;
  while (lineStart <= text.length) {
    lineNumber++;
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const raw = text.slice(lineStart, lineEnd);
    const start = lineStart;
    lineStart = lineEnd + 1;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = line.trim();
    if (!trimmed) {
      close();
      if (newline < 0) break;
      continue;
    }
    const heading = trimmed.startsWith('=') ? headingOf(trimmed) : undefined;
    if (!seenContent) {
      seenContent = true;
      if (heading?.level === 1 && heading.text) {
        article.title = heading.text;
        article.titleLine = lineNumber;
        continue;
      }
    }
    if (heading && heading.level >= 2) {
      close();
      section = { heading: heading.text, level: heading.level, line: lineNumber, blocks: [] };
      article.sections.push(section);
      continue;
    }
    const lead = line.length - line.trimStart().length;
    const item = itemStart(line);
    if (item >= 0 && item < line.trimEnd().length) {
      close();
      const end = start + lead + trimmed.length;
      section.blocks.push({
        kind: 'item',
        text: text.slice(start + item, end),
        start: start + item,
        end,
        line: lineNumber,
      });
      continue;
    }
    const blockEnd = start + lead + trimmed.length;
    if (paragraph) paragraph.end = blockEnd;
    else {
      paragraph = { kind: 'paragraph', text: '', start: start + lead, end: blockEnd, line: lineNumber };
      section.blocks.push(paragraph);
    }
    if (newline < 0) break;
  }
  close();
  return article;
}
