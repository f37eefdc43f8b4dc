// The query's answer in the shape of database_of_embassies.csv plus a creationPrecision column, so the import reads
// a live snapshot exactly as it reads the shared copy.
import type { SparqlBinding } from './sparql-results.ts';

/** The shared CSV's columns, in its order, then the inception's precision. */
export const CSV_COLUMNS = [
  'operator',
  'operatorQID',
  'jurisdictions',
  'jurisdictionQIDs',
  'country',
  'countryQID',
  'city',
  'cityQID',
  'address',
  'latitude',
  'longitude',
  'phone',
  'email',
  'website',
  'facebook',
  'twitter',
  'youtube',
  'picture',
  'pictureAuthor',
  'pictureLicense',
  'pictureLicenseURL',
  'type',
  'typeQID',
  'creation',
  'QID',
  'creationPrecision',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/**
 * A value as one unquoted field: `;` becomes `,` and a line break a space, as the original generator wrote them.
 * Quoting would keep them, but the import reads the shared CSV unquoted (it holds bare `"`), and one parser for
 * both files is worth more than a semicolon in an address.
 */
export const csvField = (value: string): string => value.replace(/;/g, ',').replace(/\r\n?|\n/g, ' ');

/** The number of `http://www.wikidata.org/entity/Q35`, for sorting by item. */
const itemNumber = (uri: string): number => Number(/Q(\d+)$/.exec(uri)?.[1] ?? Number.NaN);

const byItem = (a: string, b: string): number =>
  (itemNumber(a) || 0) - (itemNumber(b) || 0) || (a < b ? -1 : a > b ? 1 : 0);

/** WKT `Point(lon lat)` as [latitude, longitude]; empty for another globe (`<globe> Point(...)`) or no value. */
function latLng(wkt: string): [string, string] {
  const match = /^Point\(\s*(\S+)\s+(\S+)\s*\)$/.exec(wkt.trim());
  return match ? [match[2] as string, match[1] as string] : ['', ''];
}

/** The jurisdictions' names and QIDs in QID order, so reruns diff cleanly; as given when the lists do not pair up. */
function jurisdictions(names: string, items: string): [string, string] {
  const nameList = names ? names.split('|') : [];
  const itemList = items ? items.split('|') : [];
  if (nameList.length !== itemList.length) return [names, items];
  const pairs = itemList.map((item, i) => [nameList[i] as string, item] as const).sort((a, b) => byItem(a[1], b[1]));
  return [pairs.map((p) => p[0]).join('|'), pairs.map((p) => p[1]).join('|')];
}

function toRow(binding: SparqlBinding): Row {
  const value = (name: string) => binding[name]?.value ?? '';
  const [latitude, longitude] = latLng(value('coordinates'));
  const [names, items] = jurisdictions(value('jurisdictions'), value('jurisdictionQIDs'));
  return {
    operator: value('operator'),
    operatorQID: value('operatorQID'),
    jurisdictions: names,
    jurisdictionQIDs: items,
    country: value('country'),
    countryQID: value('countryQID'),
    city: value('city'),
    cityQID: value('cityQID'),
    address: value('address'),
    latitude,
    longitude,
    phone: value('phone'),
    email: value('email'),
    website: value('website'),
    facebook: value('facebook'),
    twitter: value('twitter'),
    youtube: value('youtube'),
    picture: value('image'),
    pictureAuthor: '',
    pictureLicense: '',
    pictureLicenseURL: '',
    type: value('type'),
    typeQID: value('typeQID'),
    creation: value('creation'),
    QID: value('QID'),
    creationPrecision: value('creationPrecision'),
  };
}

/**
 * The CSV text of the answer's bindings, one row per mission and operator, sorted by mission then operator QID.
 * A mission with two best-rank inceptions at the same time but different precisions comes twice from the query:
 * the finer precision is kept.
 */
export function missionsCsv(bindings: readonly SparqlBinding[]): { text: string; rows: number } {
  const rows = bindings
    .map(toRow)
    .filter((row) => row.QID)
    .sort(
      (a, b) =>
        byItem(a.QID, b.QID) ||
        byItem(a.operatorQID, b.operatorQID) ||
        (Number(b.creationPrecision) || 0) - (Number(a.creationPrecision) || 0),
    )
    .filter(
      (row, i, sorted) => i === 0 || row.QID !== sorted[i - 1]?.QID || row.operatorQID !== sorted[i - 1]?.operatorQID,
    );
  const lines = rows.map((row) => CSV_COLUMNS.map((column) => csvField(row[column])).join(';'));
  return { text: `${[CSV_COLUMNS.join(';'), ...lines].join('\n')}\n`, rows: rows.length };
}
