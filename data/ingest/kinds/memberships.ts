// Each side's standing in international organisations: member, associate, observer, candidate, applicant, non-member.
import type { Membership, MembershipStatus } from '../../schema/index.ts';
import { inPair, provenanceOf, type SentenceContext } from '../context/sentence-context.ts';
import { type Capture, captured } from '../pattern/match-pattern.ts';
import { RuleSet } from '../pattern/rule-set.ts';
import type { Tag } from '../tag/tag.ts';

const MACROS = {
  BE: '{be|remain|become} [{also|both|still|now|currently|each|all|already|however}] [{also|both}]',
  MEMBER: '[{a|an}] [{full|founding|active|permanent|original|fellow}] [-] {member|member state|party|participant}',
  ORGS: '[the] {ORGNAME+:orgs}',
  SUBJECTS:
    '({PAIR} | {COUNTRY.name:who} and [the] {COUNTRY.name:who} | both | the two | each {country|state|nation|side} | neither {country|state|nation|side|of} [{the}] [{two|country|state}])',
};

type Meaning = { status?: MembershipStatus; both?: boolean; like?: boolean };

/** The phrasings of standings, as data; `status` is what the rule says, `both` that it speaks of the pair. */
const MEMBERSHIP_RULES = new RuleSet<Meaning>(
  [
    { pattern: 'neither ...4 {be} [a] {member|part} (of|in) @ORGS', status: 'non-member', both: true },
    { pattern: '@SUBJECTS ...2 @BE @MEMBER (of|in) @ORGS', status: 'member', both: true },
    { pattern: '@SUBJECTS ...2 {be} [{also|both}] part of @ORGS', status: 'member', both: true },
    {
      pattern: '@SUBJECTS ...2 @BE @MEMBER (of|in) ...4 {among|including|include|such as} [them] @ORGS',
      status: 'member',
      both: true,
    },
    { pattern: '@SUBJECTS ...2 {belong} to [the] {ORG+:orgs}', status: 'member', both: true },
    { pattern: '{COUNTRY.name:who} @BE not [{a|an}] {member|part} (of|in) @ORGS', status: 'non-member' },
    {
      pattern: '{COUNTRY.name:who} {be} [{also|still}] (no longer | never) [been] [{a|an}] {member|part} (of|in) @ORGS',
      status: 'non-member',
    },
    { pattern: '{COUNTRY.name:who} {leave|withdraw} [from] @ORGS', status: 'former' },
    {
      pattern: '{COUNTRY.name:who} @BE [{a|an}] {associate|associated} {member|state|partner} (of|in|to) @ORGS',
      status: 'associate',
    },
    { pattern: '{COUNTRY.name:who} @BE [{a|an}] {observer} [{state|member}] (of|in|at|to) @ORGS', status: 'observer' },
    {
      pattern: '{COUNTRY.name:who} @BE [{a|an}] [official] {candidate} (for|to) [{join|membership}] [{in|of}] @ORGS',
      status: 'candidate',
    },
    { pattern: '{COUNTRY.name:who} @BE [{a|an}] {candidate} for {ORG+:orgs} membership', status: 'candidate' },
    { pattern: '{COUNTRY.name:who} @BE [{a|an}] {ORG+:orgs} {candidate|applicant|member}:word' },
    {
      pattern: '(and|,|while|whereas) {COUNTRY.name:who} [{be}] [{a|an}] {ORG+:orgs} {candidate|applicant|member}:word',
    },
    {
      pattern:
        '{COUNTRY.name:who} [{have}] [{also|formally|officially}] {apply} for [{full}] membership (of|in|to) @ORGS',
      status: 'applicant',
    },
    { pattern: '{COUNTRY.name:who} [{have}] [{also|formally|officially}] {apply} to join @ORGS', status: 'applicant' },
    {
      pattern: '{COUNTRY.name:who} @BE [{a|an}] {applicant} (for|to) [membership] [{of|in}] @ORGS',
      status: 'applicant',
    },
    { pattern: '{COUNTRY.name:who} {join|accede} [to] @ORGS', status: 'member' },
    { pattern: '{COUNTRY.name:who} @BE @MEMBER (of|in) @ORGS', status: 'member' },
    { pattern: '{COUNTRY.name:who} {be} [{also}] part of @ORGS', status: 'member' },
    { pattern: '{COUNTRY.name:who} {belong} to [the] {ORG+:orgs}', status: 'member' },
    // "..., as is Poland", "whereas Norway is not", "Norway was a founding member in 1949": the clause before's organisations.
    { pattern: ', {as|and} {be|do|have} [the] {COUNTRY.name:who}', like: true },
    { pattern: '{while|whereas|but} {COUNTRY.name:who} {be} not', status: 'non-member', like: true },
    {
      pattern: '{and|while|whereas|but} {COUNTRY.name:who} {be} [{also|already}] [{a|an}] [{full|founding}] {member} $',
      status: 'member',
      like: true,
    },
    {
      pattern:
        '{while|whereas|but} {COUNTRY.name:who} {be} [{a|an}] {associate|associated} [{member|state|partner}] !{of|in|to|at}',
      status: 'associate',
      like: true,
    },
    {
      pattern:
        '{while|whereas|but} {COUNTRY.name:who} {be} [{a|an}] [official] {candidate} [{country|state|member}] !{of|in|to|at|for}',
      status: 'candidate',
      like: true,
    },
    {
      pattern:
        '{while|whereas|but} {COUNTRY.name:who} {be} [{a|an}] {observer} [{state|member|country}] !{of|in|to|at}',
      status: 'observer',
      like: true,
    },
    {
      pattern: '{COUNTRY.name:who} {be} [{also}] {a|an} [{full}] {founding|original} member',
      status: 'member',
      like: true,
    },
  ],
  MACROS,
);

const WORD_STATUS: Record<string, MembershipStatus> = {
  candidate: 'candidate',
  applicant: 'applicant',
  member: 'member',
};

function read(sentence: SentenceContext): Membership[] {
  const { tagged } = sentence;
  if (
    !tagged.hasAny([
      'member',
      'membership',
      'part',
      'belong',
      'join',
      'apply',
      'candidate',
      'observer',
      'leave',
      'withdraw',
      'accede',
    ])
  )
    return [];
  // Support for a bid, or talks about it, is no standing.
  if (tagged.hasAny(['support', 'accession']) && !tagged.keys.has('member')) return [];
  const statuses = new Map<string, Record<string, MembershipStatus>>();
  const set = (org: string, code: string, status: MembershipStatus) => {
    const entry = statuses.get(org) ?? {};
    entry[code] = status;
    statuses.set(org, entry);
  };
  const claimed: [number, number][] = [];
  let lastOrgs: string[] = [];
  let lastStatus: MembershipStatus | undefined;
  const matches = MEMBERSHIP_RULES.run(sentence).sort((a, b) => a.match.start - b.match.start);
  for (const { rule, match } of matches) {
    if (claimed.some(([s, e]) => match.start < e && match.end > s)) continue;
    // An item of a member list that names no organisation ("the Roman Catholic Church") is skipped.
    const orgs = (match.captures.get('orgs') ?? [])
      .map((c: Capture) => c.tag as Tag<'ORG'> & { value: { skip?: boolean } })
      .filter((t) => !t.value.skip)
      .map((t) => t.value.label);
    const word = captured(match, 'word');
    const status =
      rule.status ?? (word ? WORD_STATUS[tagged.tokens[word.start]?.lemma ?? ''] : undefined) ?? lastStatus;
    const named = orgs.length ? orgs : rule.like ? lastOrgs : [];
    if (!status || named.length === 0) continue;
    const who = (match.captures.get('who') ?? []).map((c) => (c.tag as Tag<'COUNTRY'>).value.code);
    const codes = rule.both && who.length === 0 ? [...sentence.article.pair] : who;
    if (codes.length === 0 || !codes.every((code) => inPair(sentence, code))) {
      lastOrgs = named;
      lastStatus = status;
      continue;
    }
    claimed.push([match.start, match.end]);
    for (const org of named) for (const code of codes) set(org, code, status);
    lastOrgs = named;
    lastStatus = status;
  }
  const provenance = [provenanceOf(sentence)];
  return [...statuses].map(([organization, s]) => ({ organization, statuses: s, provenance }));
}

/** The memberships kind: rules and reader. */
export const memberships = { rules: [MEMBERSHIP_RULES], read };
