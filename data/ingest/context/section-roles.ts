// What a section is about, from the words of its heading: rules read "Economic relations" and "Aid" differently.

/** The part of an article a section is: amounts in an economy section are trade, lists in a missions section missions. */
export type SectionRole =
  | 'missions'
  | 'visits'
  | 'economy'
  | 'aid'
  | 'diaspora'
  | 'memberships'
  | 'agreements'
  | 'history'
  | 'skipped'
  | 'other';

/** Heading words (lemmas) and the role they give, the first that matches winning. */
export const SECTION_ROLES: [SectionRole, string[]][] = [
  [
    'skipped',
    ['see also', 'external link', 'reference', 'note', 'further reading', 'bibliography', 'source', 'citation'],
  ],
  ['missions', ['diplomatic mission', 'mission', 'embassy', 'consulate', 'diplomatic representation', 'resident']],
  ['visits', ['visit', 'high-level', 'high level', 'state visit', 'trip']],
  ['aid', ['assistance', 'aid', 'development cooperation', 'development', 'humanitarian', 'donation']],
  ['economy', ['economic', 'economy', 'trade', 'investment', 'business', 'commerce', 'commercial']],
  ['diaspora', ['diaspora', 'migration', 'community', 'immigration', 'emigration', 'people']],
  ['memberships', ['membership', 'multilateral', 'organization', 'international']],
  ['agreements', ['agreement', 'treaty', 'treaties']],
  ['history', ['history', 'historical', 'background']],
];
