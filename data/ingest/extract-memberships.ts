// Reads each side's standing in international organizations: member, candidate, applicant or non-member.
import type { Membership, MembershipStatus } from '../schema/index.ts';
import { findListedOrganizations } from './organizations.ts';
import { BOTH, inPair, provenanceOf, type SentenceContext } from './sentence-context.ts';

const STATUS_WORD =
  /\b(?:members?|membership|joined|join|part|candidates?|appl\w+|aspir\w*|seeks?|seeking|belongs?|acceded|founding|not|never|non-members?|isn['’]t|remains?|stay\w*|left|withdr[ae]w)\b/i;

const NEITHER = /\bneither\s+(?:country|state|nation|side|of\s+the\s+(?:two|countries|states))\b/i;
const AS_IS = /,?\s+(?:as\s+(?:is|does|has|was)|and\s+so\s+(?:is|does|has))\s+(?:the\s+)?$/;
const CLAUSE_END = /;|,?\s+(?:while|whereas|but|although)\b|,\s+and\s+(?=⟨)/;

function statusIn(text: string): MembershipStatus | undefined {
  // An associate member or an observer is none of the four statuses: say nothing rather than "member".
  if (/\b(?:associated?\s+(?:members?|states?|partners?)|observers?|dialogue\s+partners?)\b/i.test(text))
    return undefined;
  if (
    /\b(?:not|never|no\s+longer)\b[^.;]{0,25}?\b(?:members?|part|in)\b|\bnon-members?\b|\bis\s+not\b|\bisn['’]t\b|\bremains?\s+outside\b|\bstay(?:s|ed)?\s+outside\b|\bleft\b|\bwithdr[ae]w\b/i.test(
      text,
    )
  )
    return 'non-member';
  if (/\bcandidates?\b/i.test(text)) return 'candidate';
  if (/\b(?:applied|applicants?|application|aspir\w*|seeks?|seeking)\b/i.test(text)) return 'applicant';
  if (/\b(?:members?|joined|part\s+of|belongs?\s+to|belong\s+to|acceded|member\s+states?|founding)\b/i.test(text))
    return 'member';
  return undefined;
}

/** Standing in organizations, one fact per organization named with a status in this sentence. */
export function extractMemberships(sentence: SentenceContext): Membership[] {
  const text = sentence.marked.marked;
  // Every status needs one of these words: most sentences are skipped before any organization is looked for.
  if (!STATUS_WORD.test(text)) return [];
  // Names are read with countries written out: "Organization of American States", "Council of the Baltic Sea States".
  const organizationsIn = (part: string) =>
    findListedOrganizations(
      part.replace(/⟨(\d+)⟩/g, (_, i: string) => sentence.marked.mentions[Number(i)]?.text ?? ''),
    );
  if (
    !organizationsIn(text).length ||
    /\bsupport(?:s|ed|ing)?\b|\baccession\s+(?:talks|process|negotiations)\b/i.test(text)
  )
    return [];
  const provenance = [provenanceOf(sentence)];
  const statuses = new Map<string, Record<string, MembershipStatus>>();
  const set = (organization: string, code: string, status: MembershipStatus) => {
    const entry = statuses.get(organization) ?? {};
    entry[code] = status;
    statuses.set(organization, entry);
  };

  const neither = NEITHER.exec(text);
  const both = neither ?? BOTH.exec(text) ?? /⟨(\d+)⟩\s+and\s+(?:the\s+)?⟨(\d+)⟩\s+are\b/.exec(text);
  const bothPair =
    both &&
    (both[1] === undefined ||
      (inPair(sentence, sentence.marked.mentions[Number(both[1])]?.code) &&
        inPair(sentence, sentence.marked.mentions[Number(both[2])]?.code)));
  let clauses = text;
  if (both && bothPair) {
    // The pair's clause ends where one country goes on alone: "..., while Chile is an observer of ...".
    const rest = text.slice(both.index);
    const cut = CLAUSE_END.exec(rest);
    const scope = cut ? rest.slice(0, cut.index) : rest;
    const status = neither ? 'non-member' : statusIn(scope);
    if (status) {
      for (const org of organizationsIn(scope)) {
        for (const code of sentence.pair) set(org.name, code, status);
      }
    }
    if (!cut) return [...statuses].map(([organization, s]) => ({ organization, statuses: s, provenance }));
    clauses = rest.slice(cut.index);
  }

  // One clause per country named as a subject: "A is an EU candidate and B an EU member", "A is in NATO, B is not".
  const subjects = [...clauses.matchAll(/⟨(\d+)⟩(?!['’])/g)].filter((m) => {
    const mention = sentence.marked.mentions[Number(m[1])];
    return mention && mention.form !== 'people' && mention.form !== 'adjective';
  });
  let previousOrganizations: string[] = [];
  let previousStatus: MembershipStatus | undefined;
  subjects.forEach((m, i) => {
    const code = sentence.marked.mentions[Number(m[1])]?.code;
    const clause = clauses.slice(m.index + m[0].length, subjects[i + 1]?.index ?? clauses.length);
    const organizations = organizationsIn(clause).map((o) => o.name);
    // "A is a member of the Council of Europe, as is B": B's standing is A's.
    const likeBefore = AS_IS.test(clauses.slice(Math.max(0, m.index - 20), m.index));
    const status = statusIn(clause) ?? (likeBefore && !organizations.length ? previousStatus : undefined);
    const named = organizations.length ? organizations : previousOrganizations;
    if (organizations.length) previousOrganizations = organizations;
    previousStatus = status;
    if (likeBefore && status && inPair(sentence, code)) {
      for (const organization of named) set(organization, code, status);
      return;
    }
    if (
      !status ||
      !inPair(sentence, code) ||
      !/^\s*(?:,\s*)?(?:is|was|has|have|are|an?|remains|joined|became|applied|also|however|itself|,)/.test(clause)
    )
      return;
    for (const organization of named) set(organization, code, status);
  });
  return [...statuses].map(([organization, s]) => ({ organization, statuses: s, provenance }));
}
