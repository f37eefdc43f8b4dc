// A generated corpus in the seed article's shape (`= A–B relations =`, sections, paragraphs, `- ` items) for
// random real country pairs, with sentences made from templates: the ingest benchmark's input.
import countries from 'world-countries';

/** One generated article and the pair it is about. */
export type CorpusArticle = { pair: [string, string]; text: string };

type Country = { code: string; name: string; demonym: string; capital: string; currency: string };

const COUNTRIES: Country[] = countries
  .filter((c) => c.independent && c.capital[0] && c.demonyms?.eng?.m)
  .map((c) => ({
    code: c.cca2,
    name: c.name.common,
    demonym: c.demonyms?.eng?.m ?? c.name.common,
    capital: c.capital[0] ?? c.name.common,
    currency: Object.keys(c.currencies ?? {})[0] ?? 'USD',
  }));

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const ORGANIZATIONS = ['United Nations', 'OSCE', 'Council of Europe', 'WTO', 'NATO', 'OECD', 'Non-Aligned Movement'];
const OFFICES = [
  'Prime Minister',
  'President',
  'Foreign Minister',
  'Minister of Defence',
  'Minister of Trade',
  'Speaker of Parliament',
  'Minister for Development Cooperation',
];
const TOPICS = [
  'energy security',
  'regional stability',
  'investment',
  'migration',
  'climate policy',
  'tourism',
  'education exchanges',
  'the fight against organised crime',
];
const GOODS = ['machinery', 'pharmaceuticals', 'textiles', 'fruit', 'fish', 'steel', 'furniture', 'electronics'];
const AGREEMENT_TOPICS = [
  'the avoidance of double taxation',
  'visa-free travel for diplomats',
  'cultural cooperation',
  'the mutual protection of investments',
  'defence cooperation',
  'air services',
];
const DISASTERS = ['earthquake', 'floods', 'wildfires', 'drought', 'storm'];
const AID_ITEMS = ['tents', 'water pumps', 'ambulances', 'generators', 'blankets', 'field kitchens'];
const SYLLABLES = 'ka ri mo te la na vi so de ra lu be an mar el to is ven gor da li sa po ne'.split(' ');

/** A small seeded generator (mulberry32), so the same seed always yields the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (p: number) => next() < p;
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  };
  return { int, pick, chance, shuffle };
}

type Random = ReturnType<typeof random>;

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const name = (r: Random) =>
  `${capitalize(r.pick(SYLLABLES) + r.pick(SYLLABLES))} ${capitalize(r.pick(SYLLABLES) + r.pick(SYLLABLES) + r.pick(SYLLABLES))}`;
const year = (r: Random, from = 1950) => r.int(from, 2024);
const date = (r: Random, from?: number) => {
  const y = year(r, from);
  switch (r.int(0, 3)) {
    case 0:
      return `${y}`;
    case 1:
      return `${r.pick(MONTHS)} ${y}`;
    case 2:
      return `${r.int(1, 28)} ${r.pick(MONTHS)} ${y}`;
    default:
      return `${r.pick(MONTHS)} ${r.int(1, 28)}, ${y}`;
  }
};
/** A date with the preposition it takes: "in 1999", "in May 1999", "on 3 May 1999". */
const when = (r: Random, from?: number) => {
  const d = date(r, from);
  return /^\d{4}$|^[A-Z][a-z]+ \d{4}$/.test(d) ? `in ${d}` : `on ${d}`;
};
const money = (r: Random, c: Country) =>
  r.pick([
    `${r.int(2, 90)} million ${c.currency}`,
    `€${r.int(1, 40)} million`,
    `US$${r.int(100, 900)},000`,
    `${r.int(1, 9)}.${r.int(1, 9)} billion ${c.currency}`,
  ]);
const count = (r: Random) =>
  r.pick([`${r.int(2, 90)},${String(r.int(0, 999)).padStart(3, '0')}`, `${r.int(100, 999)}`]);

function lead(r: Random, a: Country, b: Country): string {
  const sentences = [
    r.pick([
      `${a.name} maintains an embassy in ${b.capital}.`,
      `${a.name} is represented in ${b.name} by its embassy in ${b.capital}.`,
      `${a.name} covers ${b.name} from its embassy in ${r.pick(COUNTRIES).capital}.`,
    ]),
    r.pick([
      `${b.name} has an embassy in ${a.capital}.`,
      `${b.name} keeps an honorary consulate in ${a.capital}.`,
      `${b.name} is accredited to ${a.name} from ${r.pick(COUNTRIES).capital}.`,
    ]),
    r.pick([
      `Both states belong to the ${r.pick(ORGANIZATIONS)}.`,
      `${a.name} and ${b.name} are full members of the ${r.pick(ORGANIZATIONS)} and the ${r.pick(ORGANIZATIONS)}.`,
      `${a.name} is a candidate for membership of the EU, which ${b.name} joined in ${year(r, 1973)}.`,
    ]),
    r.pick([
      `Formal diplomatic ties were established ${when(r)}.`,
      `The two governments first exchanged ambassadors in ${year(r)}.`,
      `${a.name} and ${b.name} opened diplomatic relations on ${r.int(1, 28)} ${r.pick(MONTHS)} ${year(r)}.`,
    ]),
    r.pick([
      `An agreement on ${r.pick(AGREEMENT_TOPICS)} was concluded ${when(r)}.`,
      `In ${year(r)} the two sides signed a treaty on ${r.pick(AGREEMENT_TOPICS)}.`,
    ]),
  ];
  return r.shuffle(sentences).slice(0, r.int(4, 5)).join(' ');
}

function visits(r: Random, a: Country, b: Country): string[] {
  const [host, guest] = r.chance(0.5) ? [a, b] : [b, a];
  const paragraph = () =>
    r.pick([
      `In ${r.pick(MONTHS)} ${year(r, 1990)}, the ${guest.demonym} ${r.pick(OFFICES)} ${name(r)} paid an official visit to ${host.name}. Talks centred on ${r.pick(TOPICS)}.`,
      `${guest.demonym} ${r.pick(OFFICES)} ${name(r)} travelled to ${host.capital} in ${year(r, 1990)} for talks with ${r.pick(OFFICES)} ${name(r)} on ${r.pick(TOPICS)}.`,
      `The first visit by a ${guest.demonym} head of state to ${host.name} took place in ${year(r, 1960)}, when President ${name(r)} arrived in ${host.capital}.`,
      `During a visit to ${host.capital} ${when(r, 2000)}, ${guest.demonym} ${r.pick(OFFICES)} ${name(r)} said: "Our countries share a long history, and we intend to deepen our work on ${r.pick(TOPICS)} in the years ahead." The visit ended with a joint declaration.`,
      `${name(r)}, ${r.pick(OFFICES)} of ${host.name}, received the ${guest.demonym} ${r.pick(OFFICES)} ${name(r)} ${when(r, 1995)}. The two discussed ${r.pick(TOPICS)} and ${r.pick(TOPICS)}.`,
    ]);
  return Array.from({ length: r.int(2, 5) }, paragraph);
}

function trade(r: Random, a: Country, b: Country): string[] {
  return [
    r.pick([
      `Bilateral trade reached ${money(r, a)} in ${year(r, 2000)}.`,
      `Trade between the two countries was worth ${money(r, b)} in ${year(r, 2000)}, up from ${money(r, b)} a decade earlier.`,
    ]),
    `${a.name} sells mostly ${r.pick(GOODS)} and ${r.pick(GOODS)} to ${b.name}, and buys ${r.pick(GOODS)} in return.`,
    `A joint economic commission has met ${r.int(2, 12)} times since ${year(r, 1990)}; its last session, ${when(r, 2015)}, dealt with ${r.pick(TOPICS)}.`,
  ].slice(0, r.int(2, 3));
}

function assistance(r: Random, a: Country, b: Country): string[] {
  const paragraphs = [
    `Since ${year(r, 1991)}, ${a.name} has given ${money(r, a)} in grants to ${b.name} for ${r.pick(TOPICS)}.`,
    `After the ${year(r, 1995)} ${r.pick(DISASTERS)} in ${b.name}, ${a.name} sent ${r.int(5, 400)} ${r.pick(AID_ITEMS)} and a team of rescue workers.`,
    `${a.name} funds a programme on ${r.pick(TOPICS)} in ${b.name} worth ${money(r, a)}, launched ${when(r, 2000)}.`,
  ];
  return r.shuffle(paragraphs).slice(0, r.int(2, 3));
}

function diaspora(r: Random, a: Country, b: Country): string[] {
  return [
    r.pick([
      `Around ${count(r)} people of ${a.demonym} origin live in ${b.name}.`,
      `The ${b.demonym} community in ${a.name} numbers roughly ${count(r)}.`,
      `According to the ${year(r, 1990)} census, ${count(r)} residents of ${b.name} were born in ${a.name}.`,
    ]),
  ];
}

const SECTIONS = [
  { headings: ['High-level visits', 'State visits', 'Official visits'], write: visits },
  { headings: ['Trade', 'Economic relations'], write: trade },
  { headings: ['Assistance and cooperation', 'Development cooperation'], write: assistance },
  { headings: ['Diaspora', 'Migration'], write: diaspora },
];

function article(r: Random, a: Country, b: Country): string {
  const parts = [`= ${a.name}–${b.name} relations =`, lead(r, a, b)];
  for (const section of r.shuffle([...SECTIONS]).slice(0, r.int(3, SECTIONS.length))) {
    parts.push(`==${r.pick(section.headings)}==\n${section.write(r, a, b).join('\n\n')}`);
  }
  const seeAlso = [`- Foreign relations of ${a.name}`, `- Foreign relations of ${b.name}`];
  if (r.chance(0.5)) seeAlso.push(`- ${a.demonym} diaspora`);
  parts.push(`==See also==\n${seeAlso.join('\n')}`);
  if (r.chance(0.5)) parts.push(`==External links==\n- "${a.demonym} Ministry of Foreign Affairs: ${b.name}"`);
  return `${parts.join('\n\n')}\n`;
}

/** `count` articles about distinct random pairs of real countries; the same `seed` gives the same corpus. */
export function generateCorpus(count: number, seed = 6): CorpusArticle[] {
  const r = random(seed);
  const seen = new Set<string>();
  const corpus: CorpusArticle[] = [];
  while (corpus.length < count) {
    const a = r.pick(COUNTRIES);
    const b = r.pick(COUNTRIES);
    const id = [a.code, b.code].sort().join('-');
    if (a === b || seen.has(id)) continue;
    seen.add(id);
    corpus.push({ pair: [a.code, b.code], text: article(r, a, b) });
  }
  return corpus;
}
