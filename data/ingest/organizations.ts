// International organizations as records name them: the common acronym where one exists, else the English name.

/** [record name, pattern matching the ways prose names it] */
const ORGANIZATIONS: [string, string][] = [
  ['NATO', 'NATO|North Atlantic Treaty Organi[sz]ation|North Atlantic Alliance'],
  ['EU', 'EU|European Union'],
  ['OECD', 'OECD|Organi[sz]ation for Economic Co-?operation and Development'],
  ['OSCE', 'OSCE|Organi[sz]ation for Security and Co-?operation in Europe'],
  ['WTO', 'WTO|World Trade Organi[sz]ation'],
  ['UN', 'UN|United Nations'],
  ['CBSS', 'CBSS|Council of (?:the )?Baltic Sea States'],
  ['Council of Europe', 'Council of Europe'],
  ['Nordic Council', 'Nordic Council'],
  ['Arctic Council', 'Arctic Council'],
  ['Union for the Mediterranean', 'Union for the Mediterranean|UfM'],
  ['EFTA', 'EFTA|European Free Trade Association'],
  ['EEA', 'EEA|European Economic Area'],
  ['Schengen Area', 'Schengen(?: Area| Agreement| zone)?'],
  ['Eurozone', 'Eurozone|euro ?area'],
  ['Commonwealth of Nations', 'Commonwealth of Nations|the Commonwealth(?! of Independent)'],
  ['Francophonie', '(?:Organisation internationale de la )?Francophonie'],
  ['African Union', 'African Union|AU'],
  ['ASEAN', 'ASEAN|Association of Southeast Asian Nations'],
  ['OAS', 'OAS|Organi[sz]ation of American States'],
  ['OIC', 'OIC|Organi[sz]ation of Islamic Co-?operation'],
  ['CIS', 'CIS|Commonwealth of Independent States'],
  ['CSTO', 'CSTO|Collective Security Treaty Organi[sz]ation'],
  ['SCO', 'SCO|Shanghai Co-?operation Organi[sz]ation'],
  ['BSEC', 'BSEC|Organi[sz]ation of the Black Sea Economic Co-?operation|Black Sea Economic Co-?operation'],
  ['CEI', 'CEI|Central European Initiative'],
  ['G20', 'G20|G-20|Group of Twenty'],
  ['G7', 'G7|G-7|Group of Seven'],
  ['BRICS', 'BRICS'],
  ['Mercosur', 'Mercosur'],
  ['Visegrád Group', 'Visegr[aá]d Group|V4'],
  ['Bucharest Nine', 'Bucharest Nine|B9'],
  ['Three Seas Initiative', 'Three Seas Initiative'],
  ['Non-Aligned Movement', 'Non-Aligned Movement'],
  ['Baltic Assembly', 'Baltic Assembly'],
  ['Adriatic Charter', 'Adriatic Charter|A5'],
  ['SEECP', 'SEECP|South-East European Co-?operation Process'],
];

// One pattern for all, so a sentence is scanned once: group i+1 matches ORGANIZATIONS[i].
const ANY = new RegExp(
  ORGANIZATIONS.map(([, pattern]) => `\\b(${pattern.replace(/\((?!\?)/g, '(?:')})\\b`).join('|'),
  'g',
);

// Every pattern above needs one of these: a cheap test that skips most sentences.
const MAYBE_ORGANIZATION =
  /[A-Z]{2}|G-?\d|[AB]\d|Council|Union|Organi|Nations|Nordic|Arctic|Commonwealth|Schengen|[Ee]uro|Francophonie|Movement|Group|Nine|Initiative|Charter|Assembly|Mercosur|Co-?operation|Association|Area/;

/** An organization named in text, with [start, end) offsets. */
export type OrganizationMention = { name: string; start: number; end: number };

/** Organizations named in `text`, left to right, each named by its record name. */
export function findOrganizations(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  if (!MAYBE_ORGANIZATION.test(text)) return found;
  for (const m of text.matchAll(ANY)) {
    const group = m.findIndex((value, i) => i > 0 && value !== undefined);
    const name = ORGANIZATIONS[group - 1]?.[0];
    if (!name) continue;
    found.push({ name, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
