// The committed reference data as one document per state: the missions it sends, its standings, its borders.
import type { CountryDocument, CountryMembership, Mission, Provenance, Source } from '../schema/index.ts';
import type { ReferenceCountry } from './import/import-countries.ts';
import type { ReferenceMission } from './import/import-missions.ts';
import type { ReferenceOrganization } from './import/import-organizations.ts';

/** The committed files of data/reference, as read. */
export interface ReferenceFiles {
  countries: ReferenceCountry[];
  organizations: ReferenceOrganization[];
  missions: ReferenceMission[];
  /** data/reference/curation/datasets.json: the two datasets as sources (ids `wikidata` and `internacia`). */
  datasets: Source[];
}

const wikidata = (item: string): Provenance => ({ source: 'wikidata', item, method: 'dataset' });
const internacia = (file: string): Provenance => ({ source: 'internacia', item: file, method: 'dataset' });

/** A stable source id for a page a curator cites. */
function curatedSourceId(url: string): string {
  let hash = 2166136261;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 16777619);
  return `curated-${(hash >>> 0).toString(36)}`;
}

/**
 * The missions a reference mission stands for: itself in its host, and one non-resident accreditation for each
 * other state it covers ("Denmark covers Albania from its embassy in Vienna").
 */
function missionFacts(m: ReferenceMission): Mission[] {
  const provenance = [wikidata(m.item)];
  const resident: Mission = {
    sender: m.sender,
    host: m.host,
    kind: m.kind,
    ...(m.city ? { city: m.city } : {}),
    ...(m.district ? { district: m.district } : {}),
    residency: 'resident',
    ...(m.opened ? { opened: m.opened } : {}),
    status: 'open',
    provenance,
  };
  const covered = (m.covers ?? []).map(
    (host): Mission => ({
      sender: m.sender,
      host,
      kind: m.kind,
      residency: 'non-resident',
      accreditedFrom: { country: m.host, ...(m.city ? { city: m.city } : {}) },
      status: 'open',
      provenance,
    }),
  );
  return [resident, ...covered];
}

/** One document per state of `files.countries`, in code order. `articles` lists, per state, its article pairs. */
export function countryDocuments(files: ReferenceFiles, articles: ReadonlyMap<string, string[]>): CountryDocument[] {
  const sent = new Map<string, Mission[]>();
  for (const m of files.missions) {
    const list = sent.get(m.sender) ?? [];
    list.push(...missionFacts(m));
    sent.set(m.sender, list);
  }
  const standings = new Map<string, CountryMembership[]>();
  /** Per state, the pages its curated standings cite: url to title. */
  const cited = new Map<string, Map<string, string>>();
  for (const org of files.organizations) {
    const titles = new Map(org.checked.map((c) => [c.url, c.title]));
    for (const [code, member] of Object.entries(org.members)) {
      const provenance: Provenance[] = [];
      if (member.listed) provenance.push(internacia(org.file));
      if (member.source) {
        provenance.push({ source: curatedSourceId(member.source), item: member.source, method: 'curated' });
        cited.set(code, (cited.get(code) ?? new Map()).set(member.source, titles.get(member.source) ?? ''));
      }
      const list = standings.get(code) ?? [];
      list.push({
        organization: org.organization,
        ...(org.acronym && org.acronym === org.organization ? { name: org.name } : {}),
        status: member.status,
        ...(member.since ? { since: member.since } : {}),
        ...(member.note ? { note: member.note } : {}),
        provenance,
      });
      standings.set(code, list);
    }
  }
  return files.countries.map((country) => {
    const curatedSources = [...(cited.get(country.code) ?? [])]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([url, title]): Source => ({ id: curatedSourceId(url), title: title || new URL(url).hostname, url }));
    return {
      schemaVersion: 1,
      code: country.code,
      name: country.name,
      missions: sent.get(country.code) ?? [],
      memberships: standings.get(country.code) ?? [],
      borders: country.borders.map((b) => ({ country: b.code, provenance: b.files.map(internacia) })),
      profile: internacia(profileFile(country.code)),
      articles: articles.get(country.code) ?? [],
      sources: [...files.datasets, ...curatedSources],
    };
  });
}

/** Internacia files Kosovo under KV. */
const profileFile = (code: string) => `countries/${code === 'XK' ? 'KV' : code}.yaml`;
