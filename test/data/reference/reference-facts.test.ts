// Real facts the reference data gives for pairs no article covers, on several continents, as a reader checks them.
import { describe, expect, it } from 'vitest';
import { RelationsRecord } from '../../../data/schema/index.ts';
import { documents, missionLine, pair } from './reference-pairs.ts';

const record = (a: string, b: string) => {
  const found = pair(a, b);
  if (!found) throw new Error(`no record for ${a}-${b}`);
  return found;
};
const statuses = (r: RelationsRecord, organization: string) =>
  r.memberships.find((m) => m.organization === organization)?.statuses;

describe('the reference data', () => {
  it('knows about 200 states, Kosovo, Palestine, Taiwan and the Holy See among them', () => {
    expect(documents.size).toBeGreaterThanOrEqual(195);
    for (const code of ['XK', 'PS', 'TW', 'VA', 'DK', 'JP', 'BR', 'KE', 'NZ']) expect(documents.has(code)).toBe(true);
    expect(documents.has('GL')).toBe(false);
  });

  it('gives every pair it joins a record the schema accepts', () => {
    const codes = [...documents.keys()];
    for (const a of codes.slice(0, 40)) {
      for (const b of codes) {
        if (a >= b) continue;
        const joined = pair(a, b);
        if (joined) expect(RelationsRecord.safeParse(joined).success, `${a}-${b}`).toBe(true);
      }
    }
  });
});

describe('missions, both ways, from Wikidata', () => {
  it('Japan and South Korea: embassies in Tokyo and Seoul, placed in the city with the district kept', () => {
    const lines = record('JP', 'KR').missions.map(missionLine);
    expect(lines).toContain('JP→KR embassy Seoul (Jongno District) resident');
    expect(lines).toContain('KR→JP embassy Tokyo (Minato-ku) resident');
    expect(lines).toContain('JP→KR consulate-general Busan resident');
    expect(lines).toContain('KR→JP consulate-general Osaka (Kyūtarō-machi) resident');
  });

  it('France and Germany: the embassy in Berlin opened 1871 (a year, as Wikidata knows it), consulates both ways', () => {
    const lines = record('FR', 'DE').missions.map(missionLine);
    expect(lines).toContain('FR→DE embassy Berlin (Mitte) resident opened 1871');
    expect(lines).toContain('DE→FR embassy Paris resident');
    expect(lines).toContain('DE→FR consulate-general Lyon (6th arrondissement of Lyon) resident');
    expect(lines).toContain('FR→DE consulate-general Hamburg resident');
  });

  it('Denmark covers Albania, Slovakia and Kosovo from its embassy in Vienna', () => {
    for (const covered of ['AL', 'SK', 'XK']) {
      const [a, b] = ['DK', covered].sort() as [string, string];
      const vienna = record(a, b).missions.find((m) => m.sender === 'DK' && m.residency === 'non-resident');
      expect(vienna).toMatchObject({
        host: covered,
        kind: 'embassy',
        accreditedFrom: { country: 'AT', city: 'Vienna' },
        provenance: [{ source: 'wikidata', item: 'Q104630248', method: 'dataset' }],
      });
    }
  });

  it('New Zealand keeps a high commission in Canberra, a Commonwealth mission kind', () => {
    expect(record('AU', 'NZ').missions.map(missionLine)).toContain('NZ→AU high-commission Canberra resident');
  });

  it('Chile and Peru: embassies placed in Lima and Santiago, not in their districts', () => {
    expect(record('CL', 'PE').missions.map(missionLine)).toEqual([
      'CL→PE embassy Lima (San Isidro) resident',
      'PE→CL embassy Santiago (Providencia) resident',
    ]);
  });

  it('names the dataset and its snapshot for every mission', () => {
    const r = record('FR', 'DE');
    expect(r.sources.find((s) => s.id === 'wikidata')).toMatchObject({ license: 'CC0 1.0', retrieved: '2024-08-29' });
    for (const m of r.missions) expect(m.provenance[0]?.item).toMatch(/^Q\d+$/);
  });
});

describe('organisations and borders, from Internacia with sourced corrections', () => {
  it('France and Germany: both in the EU and NATO, neighbours by land', () => {
    const r = record('DE', 'FR');
    expect(statuses(r, 'EU')).toEqual({ DE: 'member', FR: 'member' });
    expect(statuses(r, 'NATO')).toEqual({ DE: 'member', FR: 'member' });
    expect(r.borders).toMatchObject([{ shared: true }]);
    expect(r.borders[0]?.provenance.map((p) => p.item)).toEqual(['countries/DE.yaml', 'countries/FR.yaml']);
  });

  it('France and the United Kingdom differ on the EU: a member, and a former member since 31 January 2020', () => {
    const eu = record('FR', 'GB').memberships.find((m) => m.organization === 'EU');
    expect(eu?.statuses).toEqual({ FR: 'member', GB: 'former' });
    expect(eu?.since?.GB).toBe('2020-01-31');
    expect(eu?.provenance.some((p) => p.method === 'curated')).toBe(true);
  });

  it('Albania, an EU candidate since 2014, and Denmark, a member since 1973', () => {
    const eu = record('AL', 'DK').memberships.find((m) => m.organization === 'EU');
    expect(eu?.statuses).toEqual({ AL: 'candidate', DK: 'member' });
    expect(eu?.since).toMatchObject({ AL: '2014-06-27', DK: '1973' });
  });

  it('Kenya and Uganda: East African Community and African Union members, sharing a border', () => {
    const r = record('KE', 'UG');
    expect(statuses(r, 'EAC')).toEqual({ KE: 'member', UG: 'member' });
    expect(statuses(r, 'African Union')).toEqual({ KE: 'member', UG: 'member' });
    expect(r.borders[0]?.shared).toBe(true);
  });

  it('Argentina and Brazil: Mercosur members and neighbours; Japan and South Korea share no land border', () => {
    const r = record('AR', 'BR');
    expect(statuses(r, 'Mercosur')).toEqual({ AR: 'member', BR: 'member' });
    expect(r.borders[0]?.shared).toBe(true);
    expect(record('JP', 'KR').borders[0]?.shared).toBe(false);
  });

  it('Kosovo, with no profile code of its own in Internacia, borders Albania, Serbia, Montenegro and North Macedonia', () => {
    const neighbours = documents.get('XK')?.borders.map((b) => b.country);
    expect(neighbours).toEqual(['AL', 'ME', 'MK', 'RS']);
  });

  it('leaves out organisations where both are only observers', () => {
    expect(record('JP', 'KR').memberships.map((m) => m.organization)).not.toContain('SAARC');
  });

  it('has nothing for a pair with no mission, no organisation in common and no border', () => {
    expect(pair('BR', 'XK')).toBeUndefined();
  });
});
