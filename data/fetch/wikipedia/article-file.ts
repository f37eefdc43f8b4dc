// An article as the ingester reads it: `= Title =`, `==Section==` headings, paragraphs; and the file it goes in.

/** `Albania–Denmark relations` → `albania-denmark.txt`: the seed's naming, ASCII and safe on every file system. */
export function articleFileName(title: string): string {
  const trimmed = title.trim();
  const name = trimmed.toLowerCase().endsWith(' relations') ? trimmed.slice(0, -' relations'.length) : trimmed;
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return `${words.join('-') || 'article'}.txt`;
}

/** `== High-level visits ==` → `==High-level visits==`; undefined for a line that is no heading. */
function headingOf(line: string): string | undefined {
  const trimmed = line.trim();
  let level = 0;
  while (trimmed.charAt(level) === '=') level++;
  const marks = '='.repeat(level);
  if (level < 2 || level > 6 || trimmed.length < 2 * level || !trimmed.endsWith(marks)) return undefined;
  const text = trimmed.slice(level, trimmed.length - level).trim();
  return text ? `${marks}${text}${marks}` : undefined;
}

/**
 * The plain-text extract (explaintext, exsectionformat=wiki) in the seed's shape: the title as `= Title =`, headings
 * without the spaces the API puts inside them, no run of blank lines, one newline at the end.
 */
export function articleText(title: string, extract: string): string {
  const lines: string[] = [];
  for (const raw of extract.replace(/\r\n?/g, '\n').split('\n')) {
    const line = headingOf(raw) ?? raw.trimEnd();
    if (line === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    lines.push(line);
  }
  while (lines.at(-1) === '') lines.pop();
  return `= ${title} =\n\n${lines.join('\n')}\n`;
}
