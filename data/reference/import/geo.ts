// Distances on the globe and the middle of a cluster of points, for placing missions in the city a reader knows.

/** A point in degrees. */
export interface Point {
  lat: number;
  lng: number;
}

const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLng = (b.lng - a.lng) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The component-wise median of points: one stray coordinate does not move it. */
export const centre = (points: Point[]): Point => ({
  lat: median(points.map((p) => p.lat)),
  lng: median(points.map((p) => p.lng)),
});
