// The city a reader knows for each mission: the dataset often names a district, a suburb or a street ("Mitte",
// "Minato-ku", "Povarskaya Street"), so missions are placed by their coordinates among the cities where the host's
// missions cluster, and the dataset's name is kept as the district.
import { normalizeName } from '../../facts/fact-identity.ts';
import { centre, distanceKm, type Point } from './geo.ts';

/** A mission as the dataset places it. */
export interface RawPlace {
  host: string;
  /** The dataset's `city`, possibly a district or a street; may be empty. */
  name: string;
  point: Point | undefined;
  /** Embassies, high commissions and nunciatures mark where a host's diplomatic corps sits. */
  resident: boolean;
}

/** Where a mission is, for a reader. */
export interface Placed {
  city: string | undefined;
  district: string | undefined;
}

/** Names of the same city in the dataset (`Kiev`, `Oslo municipality`): data/reference/curation/place-names.json. */
export interface PlaceCuration {
  aliases: Record<string, string>;
  suffixes: string[];
  districts: Record<string, string>;
  /** "6th arrondissement of Lyon": a pattern whose first group is the city; the whole name is the district. */
  patterns: string[];
}

/** The dataset's name with its alias applied and a kind-of-place ending dropped; a district pattern's city. */
function cleanName(name: string, curation: PlaceCuration, patterns: RegExp[]): string {
  for (const pattern of patterns) {
    const city = pattern.exec(name)?.[1];
    if (city) return city;
  }
  const alias = curation.aliases[name];
  if (alias !== undefined) return alias;
  const suffix = curation.suffixes.find((s) => name.endsWith(s) && name.length > s.length);
  return suffix ? name.slice(0, -suffix.length) : name;
}

/** Within this distance of the host's diplomatic centre, a mission is in its city (Herzliya is 10 km from Tel Aviv). */
const SEAT_KM = 12;
/** Within this distance of another city with several missions, a mission is in that city. */
const CITY_KM = 8;
/** How many missions make a place a city others nearby are placed in. */
const MIN_MISSIONS = 2;

interface Cluster {
  name: string;
  centre: Point;
  count: number;
  residents: number;
}

/**
 * Places every mission (same order as `places`). `capitals` gives each host's capital as a reader names it; the
 * capital's name replaces the name most of the host's embassies use when the two clusters are one city
 * ("Las Condes" is Santiago), and a place's own name is kept as its district.
 */
export function placeMissions(
  places: readonly RawPlace[],
  capitals: ReadonlyMap<string, string>,
  curation: PlaceCuration,
): Placed[] {
  const patterns = curation.patterns.map((source) => new RegExp(source, 'u'));
  const aliased = places.map((p) => cleanName(p.name, curation, patterns));
  /** The dataset's name stays as the district unless it only spells or names the kind of the city. */
  const withDistrict = (city: string | undefined, original: string): Placed => {
    const spelling = normalizeName(cleanName(original, { ...curation, patterns: [] }, [])) === normalizeName(city);
    return { city, district: city && original && !spelling ? original.trim() : undefined };
  };
  const clustersByHost = new Map<string, Cluster[]>();
  const pointsByHostName = new Map<string, Map<string, { points: Point[]; residents: number }>>();
  places.forEach((place, i) => {
    const name = aliased[i] as string;
    if (!name || !place.point) return;
    const byName = pointsByHostName.get(place.host) ?? new Map<string, { points: Point[]; residents: number }>();
    pointsByHostName.set(place.host, byName);
    const entry = byName.get(name) ?? { points: [], residents: 0 };
    entry.points.push(place.point);
    if (place.resident) entry.residents++;
    byName.set(name, entry);
  });
  const seats = new Map<string, Cluster>();
  for (const [host, byName] of pointsByHostName) {
    const clusters = [...byName].map(([name, { points, residents }]) => ({
      name,
      centre: centre(points),
      count: points.length,
      residents,
    }));
    clustersByHost.set(host, clusters);
    const seat = clusters.reduce<Cluster | undefined>(
      (best, c) => (best === undefined || c.residents > best.residents ? c : best),
      undefined,
    );
    if (!seat) continue;
    const capital = capitals.get(host);
    const capitalCluster = capital && clusters.find((c) => normalizeName(c.name) === normalizeName(capital));
    const sameCity = capitalCluster && distanceKm(capitalCluster.centre, seat.centre) <= SEAT_KM;
    seats.set(host, sameCity && capital ? { ...seat, name: capital } : seat);
  }

  // Names without coordinates take the city their coordinated namesakes were placed in.
  const learned = new Map<string, Map<string, number>>();
  const placed: (Placed | undefined)[] = places.map((place, i) => {
    const name = aliased[i] as string;
    if (!place.point) return undefined;
    const city = cityAt(place.point, name, seats.get(place.host), clustersByHost.get(place.host) ?? []);
    const result = withDistrict(city ?? (name || undefined), place.name);
    if (name && result.city) {
      const key = `${place.host}\u0000${name}`;
      const votes = learned.get(key) ?? new Map<string, number>();
      votes.set(result.city, (votes.get(result.city) ?? 0) + 1);
      learned.set(key, votes);
    }
    return result;
  });
  return places.map((place, i) => {
    const done = placed[i];
    if (done) return done;
    const name = aliased[i] as string;
    const votes = learned.get(`${place.host}\u0000${name}`);
    const city = votes
      ? [...votes].sort((a, b) => b[1] - a[1])[0]?.[0]
      : (curation.districts[name] ??
        cityNamedIn(name, [seats.get(place.host), ...(clustersByHost.get(place.host) ?? [])]));
    return withDistrict(city ?? (name || undefined), place.name);
  });
}

function cityAt(point: Point, name: string, seat: Cluster | undefined, clusters: Cluster[]): string | undefined {
  if (seat && distanceKm(point, seat.centre) <= SEAT_KM) return seat.name;
  // The place with the most missions nearby is the city; a district's own few missions do not make it one.
  let best: Cluster | undefined;
  for (const c of clusters) {
    if (c.count < MIN_MISSIONS || distanceKm(point, c.centre) > CITY_KM) continue;
    if (best === undefined || c.count > best.count) best = c;
  }
  return best?.name ?? cityNamedIn(name, clusters);
}

/** "6th arrondissement of Lyon" and "Budapest District VIII" name their city: a city the host has missions in. */
function cityNamedIn(name: string, clusters: readonly (Cluster | undefined)[]): string | undefined {
  const words = ` ${normalizeName(name)} `;
  let found: Cluster | undefined;
  for (const c of clusters) {
    if (!c || c.name === name || !words.includes(` ${normalizeName(c.name)} `)) continue;
    if (found === undefined || c.count > found.count) found = c;
  }
  return found?.name;
}
