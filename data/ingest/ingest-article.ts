// Turns one bilateral-relations article into a record whose every fact says where in the text it came from.
import { type Assistance, type Membership, pairId, type RelationsRecord, type Visit } from '../schema/index.ts';
import { lookupCountry } from './country-lexicon.ts';
import { extractAgreements } from './extract-agreements.ts';
import { extractAssistance } from './extract-assistance.ts';
import { extractDiaspora } from './extract-diaspora.ts';
import { extractEvents } from './extract-events.ts';
import { extractMemberships } from './extract-memberships.ts';
import { extractMissions } from './extract-missions.ts';
import { extractSeeAlso, wikipediaUrl } from './extract-see-also.ts';
import { extractVisits } from './extract-visits.ts';
import { markCountries } from './find-country-mentions.ts';
import { findPeople, hasOfficeWord } from './find-people.ts';
import { mergeFacts } from './merge-facts.ts';
import { type ArticleBlock, type ArticleSection, parseArticle } from './parse-article.ts';
import { findDates } from './parse-date.ts';
import type { KnownPerson, SentenceContext } from './sentence-context.ts';
import { splitSentences } from './split-sentences.ts';

/** Where the article came from, for the record's `sources` entry. */
export type IngestOptions = { sourceId?: string; url?: string; retrieved?: string; revision?: string };

/** A record when the article names a pair, plus what the reader noticed and what stopped it. */
export type IngestResult = {
  record?: RelationsRecord;
  warnings: string[];
  errors: { line: number; message: string }[];
};

const SKIPPED_SECTIONS = /^(?:see\s+also|external\s+links|references|notes|further\s+reading|bibliography|sources)$/i;

/** The two countries a title such as "Albania–Denmark relations" names, in title order. */
export function pairOfTitle(title: string): [string, string] | undefined {
  const name = title
    .replace(/\s+relations$/i, '')
    .replace(/^relations\s+between\s+/i, '')
    .trim();
  const and = /^(.+?)\s+and\s+(.+)$/i.exec(name);
  const tries: [string, string][] = [];
  if (and?.[1] && and[2]) tries.push([and[1], and[2]]);
  for (const m of name.matchAll(/\s*[–—−-]\s*/g))
    tries.push([name.slice(0, m.index), name.slice(m.index + m[0].length)]);
  for (const [left, right] of tries) {
    const a = lookupCountry(left);
    const b = lookupCountry(right);
    if (a && b && a !== b) return [a, b];
  }
  return undefined;
}

// Citation marks and wiki markup are not part of what a sentence says.
const cleanText = (text: string): string =>
  text
    .replace(/\[(?:\d+|[a-z]|citation needed|clarification needed|when\?|who\?)\]/gi, '')
    .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1')
    .replace(/'{2,}/g, '');

function sentencesOf(
  sections: ArticleSection[],
  pair: [string, string],
  source: string,
): { sentence: SentenceContext; next?: SentenceContext }[] {
  const out: { sentence: SentenceContext; next?: SentenceContext }[] = [];
  for (const section of sections) {
    if (section.heading !== undefined && SKIPPED_SECTIONS.test(section.heading.trim())) continue;
    let listIntro: string | undefined = section.heading;
    let lastParagraph: ArticleBlock | undefined;
    for (const block of section.blocks) {
      const introBefore = lastParagraph?.text ?? section.heading;
      if (block.kind === 'paragraph') lastParagraph = block;
      else listIntro = introBefore;
      // A flattened table's rows are read like list items, introduced by the prose before the table.
      let rowIntro = introBefore;
      const spans =
        block.kind === 'item' ? [{ start: block.start, end: block.end }] : splitSentences(block.text, block.start);
      const paragraph: SentenceContext[] = [];
      for (const span of spans) {
        const raw = block.text.slice(span.start - block.start, span.end - block.start);
        const text = cleanText(raw);
        const row = block.kind === 'paragraph' && raw.includes('|');
        if (block.kind === 'paragraph' && !row) rowIntro = text;
        const sentence: SentenceContext = {
          text,
          marked: markCountries(text, pair),
          dates: findDates(text),
          span: [span.start, span.end],
          line: block.line + (block.text.slice(0, span.start - block.start).match(/\n/g)?.length ?? 0),
          ...(section.heading !== undefined ? { section: section.heading } : {}),
          kind: row ? 'item' : block.kind,
          pair,
          source,
          before: [...paragraph],
          ...(block.kind === 'item' && listIntro ? { listIntro } : {}),
          ...(row && rowIntro ? { listIntro: rowIntro } : {}),
        };
        paragraph.push(sentence);
        const previous = out.at(-1);
        if (previous && paragraph.length > 1) previous.next = sentence;
        out.push({ sentence });
      }
    }
  }
  return out;
}

/**
 * Office holders named anywhere in the article, by surname: a surname two different people share is left out,
 * and a country is kept only where the text gives one.
 */
function peopleOf(sentences: { sentence: SentenceContext }[]): Map<string, KnownPerson> {
  const known = new Map<string, KnownPerson>();
  const shared = new Set<string>();
  for (const { sentence } of sentences) {
    if (!hasOfficeWord(sentence.text)) continue;
    for (const p of findPeople(sentence.marked)) {
      const key = p.name.split(' ').at(-1);
      if (!key || !p.office || p.name.split(' ').length < 2 || shared.has(key)) continue;
      const seen = known.get(key);
      if (seen && seen.name !== p.name) {
        known.delete(key);
        shared.add(key);
        continue;
      }
      if (!seen || (!seen.country && p.country))
        known.set(key, { name: p.name, office: p.office, ...(p.country ? { country: p.country } : {}) });
    }
  }
  return known;
}

/** Where the article's missions are: city -> country, for cities the dataset does not know. */
function citiesOf(missions: RelationsRecord['missions']): (city: string) => string | undefined {
  const known = new Map<string, string>();
  for (const m of missions) {
    if (m.city && m.residency === 'resident') known.set(m.city, m.host);
  }
  return (city) => known.get(city);
}

const surname = (name: string) => name.split(' ').at(-1)?.toLowerCase() ?? name;

/** Whether two dates can be the same day told at different precision ("2012" and "2012-05"). */
const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

function mergeVisits(visits: Visit[]): Visit[] {
  const merged: Visit[] = [];
  for (const visit of visits) {
    const same = merged.findIndex(
      (v) =>
        v.from === visit.from &&
        v.to === visit.to &&
        compatible(v.date, visit.date) &&
        v.visitors.some((p) => visit.visitors.some((q) => surname(p.name) === surname(q.name))),
    );
    if (same < 0) {
      merged.push(visit);
      continue;
    }
    const kept = merged[same] as Visit;
    const precise = kept.date.length >= visit.date.length ? kept : visit;
    merged[same] = mergeFacts(
      [
        {
          ...precise,
          ...(kept.purpose || visit.purpose ? { purpose: kept.purpose ?? visit.purpose } : {}),
          ...(kept.first || visit.first ? { first: true } : {}),
          provenance: kept.provenance,
        },
        visit,
      ],
      () => 'same',
    )[0] as Visit;
  }
  return merged;
}

function mergeMemberships(memberships: Membership[]): Membership[] {
  return mergeFacts(
    memberships,
    (m) => m.organization,
    (kept, next) => ({ ...kept, statuses: { ...kept.statuses, ...next.statuses } }),
  );
}

const assistanceKey = (a: Assistance) =>
  [
    a.donor,
    a.recipient,
    a.money?.amount,
    a.money?.currency,
    a.items?.map((i) => `${i.quantity}:${i.item}`).join('|'),
  ].join(' ');

/** Ingest one article. Pure: the same text and options always give the same result, and it never throws. */
export function ingestArticle(text: string, options: IngestOptions = {}): IngestResult {
  const warnings: string[] = [];
  const errors: { line: number; message: string }[] = [];
  const article = parseArticle(typeof text === 'string' ? text : '');
  if (!article.title) {
    errors.push({ line: 1, message: 'expected a first line "= A–B relations =" naming the pair of countries' });
    return { warnings, errors };
  }
  const pair = pairOfTitle(article.title);
  if (!pair) {
    errors.push({
      line: article.titleLine ?? 1,
      message: `the title "${article.title}" does not name two countries ("A–B relations")`,
    });
    return { warnings, errors };
  }
  const source = options.sourceId ?? 'wikipedia';
  const found = {
    events: [] as RelationsRecord['events'],
    missions: [] as RelationsRecord['missions'],
    memberships: [] as RelationsRecord['memberships'],
    agreements: [] as RelationsRecord['agreements'],
    visits: [] as RelationsRecord['visits'],
    assistance: [] as RelationsRecord['assistance'],
    diaspora: [] as RelationsRecord['diaspora'],
  };
  const sentences = sentencesOf(article.sections, pair, source);
  // Built on first need: most articles name everyone with an office where they visit.
  let people: Map<string, KnownPerson> | undefined;
  const knownPerson = (surname: string) => {
    people ??= peopleOf(sentences);
    return people.get(surname);
  };
  for (const { sentence } of sentences) sentence.knownPerson = knownPerson;
  for (const { sentence } of sentences) {
    try {
      found.events.push(...extractEvents(sentence));
      found.missions.push(...extractMissions(sentence));
      found.memberships.push(...extractMemberships(sentence));
      found.agreements.push(...extractAgreements(sentence));
      found.assistance.push(...extractAssistance(sentence));
      found.diaspora.push(...extractDiaspora(sentence));
    } catch (error) {
      warnings.push(`line ${sentence.line}: sentence skipped (${(error as Error).message})`);
    }
  }
  // Visits come last: a city the article gives a mission in ("a consulate-general in Osaka") is a known place.
  const cities = citiesOf(found.missions);
  for (const { sentence, next } of sentences) {
    sentence.cityCountry = cities;
    try {
      found.visits.push(...extractVisits(sentence, next));
    } catch (error) {
      warnings.push(`line ${sentence.line}: sentence skipped (${(error as Error).message})`);
    }
  }
  const [a, b] = [...pair].sort() as [string, string];
  const title = article.title;
  const record: RelationsRecord = {
    schemaVersion: 1,
    id: pairId(a, b),
    countries: [a, b],
    title,
    events: mergeFacts(found.events, (e) => `${e.type} ${e.date}`),
    missions: mergeFacts(found.missions, (m) =>
      [m.sender, m.host, m.kind, m.city, m.residency, m.status, m.accreditedFrom?.city].join(' '),
    ),
    memberships: mergeMemberships(found.memberships),
    agreements: mergeFacts(found.agreements, (g) => `${g.kind} ${g.date} ${g.title}`),
    visits: mergeVisits(found.visits),
    assistance: mergeFacts(found.assistance, assistanceKey),
    diaspora: mergeFacts(found.diaspora, (d) => `${d.origin} ${d.residence} ${d.population} ${d.date}`),
    borders: [],
    seeAlso: extractSeeAlso(article.sections),
    sources: [
      {
        id: source,
        title,
        url: options.url ?? wikipediaUrl(title),
        ...(options.url === undefined || /wikipedia\.org/.test(options.url) ? { license: 'CC BY-SA 4.0' } : {}),
        ...(options.retrieved ? { retrieved: options.retrieved } : {}),
        ...(options.revision ? { revision: options.revision } : {}),
      },
    ],
  };
  const total = Object.values(found).reduce((n, list) => n + list.length, 0);
  if (total === 0) warnings.push('no facts found in the article');
  return { record, warnings, errors };
}
