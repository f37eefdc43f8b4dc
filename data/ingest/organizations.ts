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
  ['NB8', 'NB8|Nordic-Baltic Eight'],
  ['JEF', 'JEF|Joint Expeditionary Force'],
  ['Barents Euro-Arctic Council', 'Barents Euro-Arctic Council|BEAC'],
  ['OPEC', 'OPEC|Organi[sz]ation of (?:the )?Petroleum Exporting Countries'],
  ['APEC', 'APEC|Asia-Pacific Economic Co-?operation'],
  ['G77', 'G77|G-77|Group of 77'],
  ['SAARC', 'SAARC|South Asian Association for Regional Co-?operation'],
  ['BIMSTEC', 'BIMSTEC'],
  ['IORA', 'IORA|Indian Ocean Rim Association'],
  ['East Asia Summit', 'East Asia Summit'],
  ['ARF', 'ASEAN Regional Forum'],
  ['Quad', 'Quad|Quadrilateral Security Dialogue'],
  ['CELAC', 'CELAC|Community of Latin American and Caribbean States'],
  ['UNASUR', 'UNASUR|Union of South American Nations'],
  ['Pacific Alliance', 'Pacific Alliance'],
  ['Andean Community', 'Andean Community'],
  ['ALADI', 'ALADI|Latin American Integration Association'],
  ['CARICOM', 'CARICOM|Caribbean Community'],
  ['USMCA', 'USMCA|United States–Mexico–Canada Agreement'],
  ['NAFTA', 'NAFTA|North American Free Trade Agreement'],
  ['EAC', 'EAC|East African Community'],
  ['COMESA', 'COMESA|Common Market for Eastern and Southern Africa'],
  ['IGAD', 'IGAD|Intergovernmental Authority on Development'],
  ['SADC', 'SADC|Southern African Development Community'],
  ['ECOWAS', 'ECOWAS|Economic Community of West African States'],
  ['Arab League', 'Arab League|League of Arab States'],
  ['GCC', 'GCC|Gulf Co-?operation Council'],
  ['CPLP', 'CPLP|Community of Portuguese Language Countries'],
  ['Organization of Turkic States', 'Organi[sz]ation of Turkic States|Turkic Council'],
  ['EAEU', 'EAEU|Eurasian Economic Union'],
  ['GUAM', 'GUAM'],
  ['CEFTA', 'CEFTA|Central European Free Trade Agreement'],
  ['Benelux', 'Benelux'],
  ['IMF', 'IMF|International Monetary Fund'],
  ['World Bank', 'World Bank'],
  ['Ibero-American Summit', 'Ibero-American Summit'],
  ['Organization of Ibero-American States', 'Organi[sz]ation of Ibero-American States|OEI'],
  ['Latin Union', 'Latin Union'],
];

// One pattern for all, so a sentence is scanned once: group i+1 matches ORGANIZATIONS[i].
const ANY = new RegExp(
  ORGANIZATIONS.map(([, pattern]) => `\\b(${pattern.replace(/\((?!\?)/g, '(?:')})\\b`).join('|'),
  'g',
);

// Every pattern above needs one of these: a cheap test that skips most sentences.
const MAYBE_ORGANIZATION =
  /[A-Z]{2}|Eight|Force|Summit|Alliance|Community|League|Bank|Fund|Benelux|Quad|Forum|Agreement|G-?\d|[AB]\d|Council|Union|Organi|Nations|Nordic|Arctic|Commonwealth|Schengen|[Ee]uro|Francophonie|Movement|Group|Nine|Initiative|Charter|Assembly|Mercosur|Co-?operation|Association|Area/;

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

// Words that make a capitalised phrase an organization's name rather than a place or a people.
const ORGANIZATION_WORD =
  /\b(?:Council|Union|Organi[sz]ation|Association|Forum|Community|Group|Initiative|Partnership|Alliance|Bank|Agency|Conference|Movement|Commonwealth|Assembly|Pact|Process|Dialogue|Area|Institute|Fund|Summit|Co-?operation|Charter|League|Court|Network|Platform|Framework|Commission|Committee|Federation|Bloc|Triangle|Format|Secretariat|Organi[sz]ation|Eight|Nine|Six|Seven|Twelve|Twenty)\b/;
const SMALL_WORD = /^(?:of|the|for|and|in|on|de|la|du|des|del|on)$/;
// After "members of", "part of", "member states of": the list runs to the end of the clause.
const LIST_OF =
  /\b(?:(?:founding\s+|full\s+|active\s+)?(?:members?|member\s+states?|parties|participants|partners)|part|signator(?:y|ies))\s+(?:of|in)\s+([^.;:]+)/gi;

/** Whether a list element reads as an organization's name: capitalised words with an organization word, or an acronym. */
function looksLikeOrganization(name: string): boolean {
  if (/^[A-Z][A-Z0-9]{1,7}$/.test(name)) return true;
  const words = name.split(' ');
  if (words.length > 8 || !ORGANIZATION_WORD.test(name)) return false;
  if (SMALL_WORD.test(words.at(-1) ?? '')) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^\d/.test(w) || SMALL_WORD.test(w));
}

/**
 * Organizations named in `text`: the known ones by their record name, and in a "members of X, Y and Z" list
 * also the ones not known, by their English name as written, without a leading "the".
 */
export function findListedOrganizations(text: string): OrganizationMention[] {
  const found = findOrganizations(text);
  if (!/\b(?:members?|part|parties|participants|partners|signator)/i.test(text)) return found;
  for (const list of text.matchAll(LIST_OF)) {
    const listStart = (list.index ?? 0) + list[0].length - (list[1] ?? '').length;
    const items = (list[1] ?? '').split(
      /,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+(?=the\s|\p{Lu})/u,
    );
    let at = listStart;
    for (const raw of items) {
      const start = text.indexOf(raw, at);
      if (start < 0) continue;
      at = start + raw.length;
      const name = raw
        .replace(/\s*\([^)]*\)?\s*$/, '')
        .replace(/^(?:the|both)\s+/i, '')
        .trim();
      const end = start + raw.length;
      if (!name || found.some((f) => f.start < end && f.end > start) || !looksLikeOrganization(name)) continue;
      found.push({ name, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
