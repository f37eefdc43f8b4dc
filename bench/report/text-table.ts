// Aligned plain-text tables for the terminal.

/** Renders rows as columns padded to their widest cell; numbers (and `-`) align right, text left. */
export function textTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
  const numeric = (cell: string) => /^[-+]?[\d,.]+( ?[a-zA-Z%×]+)?$|^-$/.test(cell);
  const line = (row: string[]) =>
    row
      .map((cell, col) => (col > 0 && numeric(cell) ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
