import fs from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  DISTANCE_KEYS,
  distancesById,
  HAI_PHONG_REFERENCE,
  kmBetween,
  lazyDistancesById,
  nearestLineKm,
  referenceLayers,
  referencePoints,
  zoneDistances,
} from './distances';

/** Haversine, written out independently of turf, on a sphere of radius 6371.0088 km (turf's). */
function haversineKm([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const a =
    Math.sin(rad(lat2! - lat1!) / 2) ** 2 +
    Math.cos(rad(lat1!)) * Math.cos(rad(lat2!)) * Math.sin(rad(lon2! - lon1!) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}
const within1pct = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThan(0.01);

const read = (path: string) => JSON.parse(fs.readFileSync(path, 'utf8')) as FeatureCollection;
const aerodromes = read('geodata/base/aerodromes-osm.geojson');
const communes = read('geodata/admin/communes-2025.geojson');
const roads = read('geodata/base/roads.geojson');
const railways = read('geodata/base/railways.geojson');

describe('straight-line distances', () => {
  it('agree with an independent haversine within 1 % on known pairs', () => {
    // One degree of latitude along a meridian is about 111.2 km on this sphere.
    within1pct(kmBetween([105.8, 21], [105.8, 22]), 111.19);
    const pairs: [Position, Position][] = [
      [
        [105.85, 21.03],
        [106.683, 20.85],
      ],
      [
        [105.5, 21.0],
        [105.9, 21.3],
      ],
    ];
    for (const [a, b] of pairs) within1pct(kmBetween(a, b), haversineKm(a, b));
  });

  it('puts Hoàn Kiếm about 21 km from Nội Bài airport, as the crow flies', () => {
    const refs = referencePoints(aerodromes as never, communes as never);
    expect(refs.airport).not.toBeNull();
    expect(refs.centre).not.toBeNull();
    // The two centroids lie where one expects them: the airport north of the Red River, the ward at the lake.
    expect(refs.airport![1]).toBeGreaterThan(21.2);
    expect(refs.centre![1]).toBeCloseTo(21.03, 1);
    const km = kmBetween(refs.centre!, refs.airport!);
    within1pct(km, haversineKm(refs.centre!, refs.airport!));
    within1pct(km, 21.18);
  });

  it('measures Hoàn Kiếm to Hải Phòng at about 89 km', () => {
    const refs = referencePoints(aerodromes as never, communes as never);
    within1pct(kmBetween(refs.centre!, HAI_PHONG_REFERENCE.coordinates), 88.97);
  });

  it('finds the nearest line by perpendicular distance, not by vertex', () => {
    const line = {
      type: 'Feature' as const,
      properties: { kind: 'railway' },
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [105.0, 21.0],
          [106.0, 21.0],
        ],
      },
    };
    // 0.1° north of the middle of the segment: about 11.1 km, far from both ends.
    within1pct(nearestLineKm([105.5, 21.1], [line])!, 11.12);
    expect(nearestLineKm([105.5, 21.1], [])).toBeNull();
  });

  it('gives every kind of distance for a zone, using only national roads', () => {
    const ref = referenceLayers({
      aerodromes: aerodromes as never,
      communes: communes as never,
      roads: roads as never,
      railways: railways as never,
    });
    expect(ref.nationalRoads.length).toBe(31);
    const d = zoneDistances([105.76, 21.17], ref);
    for (const k of DISTANCE_KEYS) expect(d[k]).toBeGreaterThanOrEqual(0);
    expect(d.airport).toBeLessThan(10);
  });

  it('measures the nearest railway on the bundled railway layer, against an independent computation', () => {
    const ref = referenceLayers({
      aerodromes: aerodromes as never,
      communes: communes as never,
      roads: roads as never,
      railways: railways as never,
    });
    // Every line of the layer is a railway; none is dropped as another kind.
    expect(ref.railways.length).toBe(railways.features.length);
    expect(ref.railways.length).toBe(10);
    // Expected figures: point-to-segment distances on a local equirectangular projection (Python, by
    // hand), a method independent of turf's. Beside Hà Nội station, on the Hà Nội – Giáp Bát line:
    expect(zoneDistances([105.841, 21.024], ref).railway).toBeCloseTo(0.18, 1);
    // Hòa Lạc, west of the city: the nearest line is the western bypass (Giáp Bát – Đông Anh).
    within1pct(zoneDistances([105.52, 21.0], ref).railway!, 21.53);
    // Thường Tín, beside the North–South line.
    within1pct(zoneDistances([105.9, 20.8], ref).railway!, 1.606);
    // A zone at a unit's centre keeps the figure, marked by its uncertainty (read as approximate).
    const approx = zoneDistances([105.52, 21.0], ref, 6);
    expect(approx.uncertaintyKm).toBe(6);
    within1pct(approx.railway!, 21.53);
  });

  it('says null, not 0, when a reference is missing from the layers', () => {
    const empty = { type: 'FeatureCollection', features: [] } as never;
    const ref = referenceLayers({ aerodromes: empty, communes: empty, roads: empty, railways: empty });
    const d = zoneDistances([105.76, 21.17], ref);
    expect(d.airport).toBeNull();
    expect(d.centre).toBeNull();
    expect(d.nationalRoad).toBeNull();
    expect(d.railway).toBeNull();
    expect(d.port).toBeGreaterThan(0);
  });
});

describe('lazyDistancesById', () => {
  it('gives the same distances as the eager computation, only for known zones', () => {
    const ref = referenceLayers({
      aerodromes: aerodromes as never,
      communes: communes as never,
      roads: roads as never,
      railways: railways as never,
    });
    const zones = [
      { properties: { id: 'a', anchor: [105.76, 21.17] } },
      { properties: { id: 'b', anchor: [105.52, 21.0] } },
    ];
    const lazy = lazyDistancesById(zones, ref);
    const eager = distancesById(zones, ref);
    expect(lazy.get('b')).toEqual(eager.get('b'));
    expect(lazy.get('b')).toBe(lazy.get('b')); // computed once, then remembered
    expect(lazy.get('nope')).toBeUndefined();
  });
});
