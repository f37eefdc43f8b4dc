// The Wikidata missions dataset (database_of_embassies.csv, or a live snapshot in its shape) as compact facts with alpha-2 codes, normalised kinds,
// cities a reader knows and dates at their real precision; everything it cannot map is counted in the report.
import { parse } from 'csv-parse/sync';
import { MissionKind } from '../../schema/index.ts';
import type { Point } from './geo.ts';
import { type PlaceCuration, placeMissions, type RawPlace } from './place-names.ts';
import { itemId, type StateCodes } from './state-codes.ts';
import { wikidataDate } from './wikidata-date.ts';

/** One mission of the dataset, as the committed reference data keeps it. */
export interface ReferenceMission {
  /** The mission's Wikidata item. */
  item: string;
  sender: string;
  host: string;
  kind: MissionKind;
  city?: string;
  district?: string;
  opened?: string;
  /** Other states the mission covers (non-resident accreditation), sorted. */
  covers?: string[];
}

/** What the import skipped or could not map, by reason and name, with counts. */
export interface MissionsReport {
  rows: number;
  imported: number;
  skipped: Record<string, Record<string, number>>;
}

/** data/reference/curation/mission-kinds.json. */
export interface KindCuration {
  kinds: Record<string, MissionKind>;
}

const RESIDENT_KINDS = new Set<MissionKind>(['embassy', 'high-commission', 'nunciature']);

/** Reads the `;`-separated CSV and imports every row it can map. Pure. */
export function importMissions(
  csv: string,
  codes: StateCodes,
  capitals: ReadonlyMap<string, string>,
  curation: { kinds: KindCuration; places: PlaceCuration },
): { missions: ReferenceMission[]; report: MissionsReport } {
  const rows = parse(csv, {
    delimiter: ';',
    // The file never quotes: a field may hold a bare " (a Hebrew name's geresh), and none holds a ';' (both the
    // original generator and fetch-missions.ts write ',' for it).
    quote: false,
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as Record<string, string | undefined>[];
  const skipped: Record<string, Record<string, number>> = {};
  const skip = (reason: string, name: string) => {
    const byName = skipped[reason] ?? {};
    skipped[reason] = byName;
    byName[name || '(empty)'] = (byName[name || '(empty)'] ?? 0) + 1;
  };

  const kept: { mission: ReferenceMission; place: RawPlace }[] = [];
  for (const row of rows) {
    const field = (name: string) => (row[name] ?? '').trim();
    const sender = codes.resolveItem(field('operatorQID'));
    const host = codes.resolveItem(field('countryQID'));
    if (sender.kind !== 'state') {
      skip(sender.kind === 'territory' ? 'sender is not a state' : 'sender names no state', field('operator'));
      continue;
    }
    if (host.kind !== 'state') {
      skip(host.kind === 'territory' ? 'host is not a state' : 'host names no state', field('country'));
      continue;
    }
    if (sender.code === host.code) {
      skip('sender and host are the same state', `${field('operator')} in ${field('country')}`);
      continue;
    }
    const type = field('type').toLowerCase();
    const kind = curation.kinds.kinds[type];
    if (kind === undefined) skip('type not in mission-kinds.json (imported as other)', field('type'));

    const covers = new Set<string>();
    const names = field('jurisdictions').split('|');
    field('jurisdictionQIDs')
      .split('|')
      .forEach((qid, i) => {
        if (!qid.trim()) return;
        const covered = codes.resolveItem(qid);
        if (covered.kind === 'state') {
          if (covered.code !== host.code && covered.code !== sender.code) covers.add(covered.code);
        } else skip('jurisdiction that is no state (left out)', names[i] ?? qid);
      });

    const lat = Number.parseFloat(field('latitude'));
    const lng = Number.parseFloat(field('longitude'));
    const point: Point | undefined = Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : undefined;
    // Only a live snapshot has the precision; the shared CSV lost it, and wikidataDate then reads the timestamp.
    const precision = Number.parseInt(field('creationPrecision'), 10);
    const opened = wikidataDate(field('creation'), Number.isNaN(precision) ? undefined : precision);
    const mission: ReferenceMission = {
      item: itemId(field('QID')),
      sender: sender.code,
      host: host.code,
      kind: kind ?? 'other',
      ...(opened ? { opened } : {}),
      ...(covers.size ? { covers: [...covers].sort() } : {}),
    };
    kept.push({
      mission,
      place: { host: host.code, name: field('city'), point, resident: RESIDENT_KINDS.has(mission.kind) },
    });
  }

  const places = placeMissions(
    kept.map((k) => k.place),
    capitals,
    curation.places,
  );
  const missions = kept.map(({ mission }, i) => {
    const { city, district } = places[i] ?? {};
    const { item, sender, host, kind, ...rest } = mission;
    return { item, sender, host, kind, ...(city ? { city } : {}), ...(district ? { district } : {}), ...rest };
  });
  // Embassies before consulates: the order of the kinds in the schema.
  const kindRank = (kind: MissionKind) => MissionKind.options.indexOf(kind);
  missions.sort(
    (a, b) =>
      a.sender.localeCompare(b.sender) ||
      a.host.localeCompare(b.host) ||
      kindRank(a.kind) - kindRank(b.kind) ||
      (a.city ?? '').localeCompare(b.city ?? '') ||
      a.item.localeCompare(b.item, 'en', { numeric: true }),
  );
  return { missions, report: { rows: rows.length, imported: missions.length, skipped } };
}
