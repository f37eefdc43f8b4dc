// How the scorecard matches a fact line: by its identifying parts, so a fact whose optional detail differs still counts.
import type { LineKind } from './compact-facts.ts';

/**
 * The identifying part of a fact line. A fact is found when these parts match; what they leave out (a visit's
 * offices, counterparts, purpose and "first"; an aid's purpose; a mission's opening date; an agreement's title) is
 * detail, scored separately as "exact".
 */
export function identityOf(kind: LineKind, line: string): string {
  switch (kind) {
    case 'missions':
      return line.replace(/ opened \S+/, '');
    case 'agreements':
      return line.includes(' "') ? line.slice(0, line.indexOf(' "')) : line;
    case 'assistance':
      return line.includes(' for ') ? line.slice(0, line.indexOf(' for ')) : line;
    case 'visits': {
      const [date, direction, ...rest] = line.split(' ');
      const visitors = rest.join(' ').split(/ meeting | \(first\)| to /)[0] ?? '';
      const surnames = visitors
        .split(/\), /)
        .map(
          (p) =>
            p
              .replace(/ \([A-Z]{2}\)?$/, '')
              .replace(/\)$/, '')
              .split(' ')
              .at(-1) ?? '',
        )
        .sort()
        .join('+');
      return `${date} ${direction} ${surnames}`;
    }
    default:
      return line;
  }
}
