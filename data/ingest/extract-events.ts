// Reads changes in diplomatic relations: established, re-established, recognized, severed, restored.
import type { RelationsEvent } from '../schema/index.ts';
import {
  inPair,
  mentionAt,
  pairNamed,
  provenanceOf,
  type SentenceContext,
  thirdCountries,
} from './sentence-context.ts';

type EventType = RelationsEvent['type'];

// "Diplomatic relations date back to 1969" starts them; "relations date back to 1500" is history, not diplomacy.
// Order matters: "re-established" must win over "established" at the same place.
const VERBS: [EventType, RegExp][] = [
  ['re-established', /\b(?:re-?established|re-?establishment|renewed)\b/gi],
  ['restored', /\b(?:restored|resumed|restoration|normali[sz]ed)\b/gi],
  [
    'severed',
    /\b(?:severed|broke\s+off|broken\s+off|cut\s+(?:off\s+)?(?:all\s+)?(?:diplomatic\s+)?(?:relations|ties)|suspended|terminated|froze|frozen)\b/gi,
  ],
  [
    'established',
    /\b(?:(?:maintained|had|have\s+had|enjoyed|held|kept)\s+(?:diplomatic\s+)?(?:relations|ties)\s+since|established|establishing|establishment|began(?!\s+to)|begun|started(?!\s+to)|initiated|set\s+up|were\s+opened|opened(?=\s+(?:diplomatic\s+)?(?:relations|ties))|(?:date[sd]?\s+(?:back\s+to|from)|go(?:es)?\s+back\s+to)(?<=\bdiplomatic\s+(?:relations|ties)\b[^.;]{0,60}?\s(?:date[sd]?\s+(?:back\s+to|from)|go(?:es)?\s+back\s+to)))\b/gi,
  ],
];
const RELATIONS = /\b(?:relations|ties)\b/i;
const NOT_DIPLOMATIC =
  /\b(?:trade|economic|cultural|military|business|commercial|family|historical|close)\s+(?:relations|ties)\b/i;
const RECOGNIZED = [
  /⟨(\d+)⟩[^⟨.;]{0,80}?\brecogni[sz](?:ed|es|e|ing)\b(?:\s+(?:the\s+)?(?:independence|sovereignty)\s+of)?\s+(?:[\p{Ll}-]+\s+){0,3}?⟨(\d+)⟩/gu,
  /⟨(\d+)⟩(?:['’]s?\s+(?:independence|sovereignty))?[^⟨.;]{0,40}?\bwas\s+(?:officially\s+|formally\s+)?recogni[sz]ed\s+by\s+(?:the\s+)?⟨(\d+)⟩/g,
];

const RELATIONS_AT = /\b(?:relations|ties)\b/gi;

/** Whether "relations" or "ties" is written within the verb's clause: no semicolon or new subject between. */
function nearRelations(text: string, start: number, end: number): boolean {
  // "...; they were re-established on 9 May 1946": "they" are the relations named earlier in the sentence.
  if (
    /\b(?:they|these)\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?$/i.test(
      text.slice(Math.max(0, start - 30), start),
    )
  )
    return /\b(?:relations|ties)\b/i.test(text.slice(0, start));
  for (const m of text.matchAll(RELATIONS_AT)) {
    const between = m.index < start ? text.slice(m.index, start) : text.slice(end, m.index);
    if (between.length <= 100 && !/[;:]|,\s+(?:when|and|but|while|after|before|as)\b|\bwhen\b/i.test(between))
      return true;
  }
  return false;
}

/** Whether the relations a verb speaks of are "with" someone who is not the other of the pair. */
function withOthers(sentence: SentenceContext, from: number): boolean {
  const after = /^\s+(?:(?:all\s+)?(?:diplomatic\s+)?(?:relations|ties)\s+)?with\s+(?:the\s+)?/i.exec(
    sentence.text.slice(from, from + 60),
  );
  if (!after) return false;
  const at = from + after[0].length;
  if (/^(?:each\s+other|one\s+another|it|them)\b/i.test(sentence.text.slice(at, at + 12))) return false;
  // "with Finland and Norway": the pair is in the list if any country of it is.
  let next = sentence.marked.mentions.find((m) => m.start === at);
  if (!next) return true;
  const listed = [next];
  for (;;) {
    const end: number = next.end;
    const joined = /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?/.exec(sentence.text.slice(end, end + 12));
    next = joined ? sentence.marked.mentions.find((m) => m.start === end + joined[0].length) : undefined;
    if (!next) break;
    listed.push(next);
  }
  return !listed.some((m) => inPair(sentence, m.code));
}

/** Whether the sentence has a third country as a party ("with Kosovo", "between Italy and ..."). */
function aboutThirdCountry(sentence: SentenceContext): boolean {
  if (thirdCountries(sentence).length === 0) return false;
  const marked = sentence.marked.marked;
  if (pairNamed(sentence).length < 2) {
    for (const m of marked.matchAll(/\b(?:with|between|and|by)\s+(?:the\s+)?⟨(\d+)⟩/g)) {
      if (!inPair(sentence, mentionAt(sentence, m[1])?.code)) return true;
    }
    return false;
  }
  // Both named: "recognised Estonia and Latvia" is still about the pair; "... with Finland" alone is not.
  for (const m of marked.matchAll(
    /\b(?:with|between|by)\s+(?:the\s+)?(⟨\d+⟩(?:\s*(?:,|and|,\s*and)\s*(?:the\s+)?⟨\d+⟩)*)/g,
  )) {
    const listed = [...(m[1] ?? '').matchAll(/⟨(\d+)⟩/g)].map((n) => mentionAt(sentence, n[1])?.code);
    if (!listed.some((code) => inPair(sentence, code))) return true;
  }
  return false;
}

/** The date written nearest a verb: after it in the same clause, else before it. */
function assignDates(
  sentence: SentenceContext,
  verbs: { type: EventType; at: number; skip?: boolean }[],
): { type: EventType; date: string; skip?: boolean }[] {
  const used = new Set<number>();
  const events: { type: EventType; date: string; skip?: boolean }[] = [];
  verbs.forEach((verb, i) => {
    const next = verbs[i + 1]?.at ?? Number.POSITIVE_INFINITY;
    const previous = verbs[i - 1]?.at ?? -1;
    const dates = sentence.dates;
    let index = dates.findIndex((d, k) => !used.has(k) && d.start > verb.at && d.start < next);
    if (index < 0) {
      for (let k = dates.length - 1; k >= 0; k--) {
        const d = dates[k] as { start: number };
        if (!used.has(k) && d.start < verb.at && d.start > previous) {
          index = k;
          break;
        }
      }
    }
    const date = dates[index];
    if (!date) return;
    used.add(index);
    events.push({ type: verb.type, date: date.edtf, ...(verb.skip ? { skip: true } : {}) });
  });
  return events;
}

/** Events in one sentence: each with the date written next to it, never a guessed one. */
export function extractEvents(sentence: SentenceContext): RelationsEvent[] {
  if (sentence.dates.length === 0 || aboutThirdCountry(sentence)) return [];
  const text = sentence.text;
  const verbs: { type: EventType; at: number; end: number; skip?: boolean }[] = [];
  if (RELATIONS.test(text) && !(NOT_DIPLOMATIC.test(text) && !/\bdiplomatic\b/i.test(text))) {
    for (const [type, pattern] of VERBS) {
      for (const m of text.matchAll(pattern)) {
        // "Japan suspended new loans ...; they were lifted": a verb counts only in the clause that names relations.
        if (!nearRelations(text, m.index, m.index + m[0].length)) continue;
        if (verbs.some((v) => m.index >= v.at && m.index < v.end)) continue;
        // "Mexico broke off relations with the Axis": relations with someone other than the pair.
        if (withOthers(sentence, m.index + m[0].length)) {
          verbs.push({ type, at: m.index, end: m.index + m[0].length, skip: true });
          continue;
        }
        verbs.push({ type, at: m.index, end: m.index + m[0].length });
      }
    }
  }
  for (const pattern of RECOGNIZED) {
    for (const m of sentence.marked.marked.matchAll(pattern)) {
      const a = mentionAt(sentence, m[1])?.code;
      const b = mentionAt(sentence, m[2])?.code;
      if (inPair(sentence, a) && inPair(sentence, b) && a !== b) {
        const at = sentence.text.search(/recogni[sz]/i);
        if (!verbs.some((v) => v.type === 'recognized')) verbs.push({ type: 'recognized', at, end: at + 9 });
      }
    }
  }
  verbs.sort((x, y) => x.at - y.at);
  const provenance = [provenanceOf(sentence)];
  // A skipped verb still takes its date, so that the date is not given to another verb.
  return assignDates(sentence, verbs)
    .filter((event) => !event.skip)
    .map(({ type, date }) => ({ type, date, provenance }));
}
