// A pair's changes as short lines of text, shared by the terminal summary and the pull-request body.
import { factLabel } from './fact-label.ts';
import type { FieldChange } from './field-changes.ts';
import type { PairDiff } from './pair-diff.ts';

/** One line about one fact: what happened to it, its kind, its label and, when changed, its fields. */
export interface ChangeLine {
  sign: '+' | '-' | '~';
  kind: string;
  label: string;
  fields: FieldChange[];
}

/** The lines of a pair's changes: per kind, added, then removed, then changed facts. */
export function changeLines(pair: PairDiff): ChangeLine[] {
  return pair.kinds.flatMap(({ kind, added, removed, changed }) => [
    ...added.map((fact): ChangeLine => ({ sign: '+', kind, label: factLabel(kind, fact), fields: [] })),
    ...removed.map((fact): ChangeLine => ({ sign: '-', kind, label: factLabel(kind, fact), fields: [] })),
    ...changed.map((c): ChangeLine => ({ sign: '~', kind, label: factLabel(kind, c.before), fields: c.fields })),
  ]);
}

/** A field's value in a few characters: JSON, cut at `max` characters; absent as "(none)". */
export function shortValue(value: unknown, max = 80): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "+3 −1 ~2": a pair's or a total's counts. */
export const countsText = (c: { added: number; removed: number; changed: number }): string =>
  `+${c.added} −${c.removed} ~${c.changed}`;
