/**
 * Straight-line distances from each zone to the places investors ask about. Pure turf: the reference
 * layers are passed in. Every distance is "as the crow flies" from the zone's representative point
 * (its anchor), never a travel distance.
 */
import { centroid, distance, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, Position } from 'geojson';

export const DISTANCE_KEYS = ['airport', 'centre', 'nationalRoad', 'railway', 'port'] as const;
export type DistanceKey = (typeof DISTANCE_KEYS)[number];
/**
 * Kilometres; null when the reference could not be found in the loaded layers. `uncertaintyKm` is
 * set when the zone sits at a commune's or district's centre: the true site may be that far off, so
 * these are whole-kilometre approximations, never facts.
 */
export type ZoneDistances = Readonly<Record<DistanceKey, number | null>> & {
  readonly uncertaintyKm: number | null;
};

/** Nội Bài International Airport in geodata/base/aerodromes-osm.geojson (OSM way 37376190). */
export const NOI_BAI_OSM_ID = 'way/37376190';
/** The city centre: the 2025 ward of Hoàn Kiếm in geodata/admin/communes-2025.geojson. */
export const HOAN_KIEM_WARD_ID = 'phuong-hoan-kiem';

/**
 * Hải Phòng lies outside our data. No citable coordinate for the Hoàng Diệu port area was found, so,
 * as agreed, the reference is Hải Phòng's city centre as the Wikipedia article's infobox gives it
 * ("Coordinates: 20°51′N 106°41′E / 20.850°N 106.683°E", read on sco.wikipedia.org/wiki/Hai_Phong),
 * which agrees to a minute with the Pomorski leksikon's entry for the port and city (20°50′N 106°41′E).
 * It is a city-level point, not a terminal.
 */
export const HAI_PHONG_REFERENCE = {
  coordinates: [106.683, 20.85] as Position,
  source: 'https://sco.wikipedia.org/wiki/Hai_Phong',
  crossCheck: 'https://pl.lzmk.hr/clanak/haiphong',
} as const;

export type ReferencePoints = { airport: Position | null; centre: Position | null; port: Position };
type AnyCollection = FeatureCollection<Geometry | null, Record<string, unknown> | null>;

function findFeature(fc: AnyCollection, key: string, value: string): Feature<Geometry> | undefined {
  const f = fc.features.find((x) => x.properties?.[key] === value && x.geometry);
  return f as Feature<Geometry> | undefined;
}

/** The airport's and Hoàn Kiếm's polygon centroids (turf: the mean of the vertices), and Hải Phòng. */
export function referencePoints(aerodromes: AnyCollection, communes: AnyCollection): ReferencePoints {
  const airport = findFeature(aerodromes, 'osm_id', NOI_BAI_OSM_ID);
  const ward = findFeature(communes, 'id', HOAN_KIEM_WARD_ID);
  return {
    airport: airport ? centroid(airport).geometry.coordinates : null,
    centre: ward ? centroid(ward).geometry.coordinates : null,
    port: HAI_PHONG_REFERENCE.coordinates,
  };
}

export const kmBetween = (a: Position, b: Position): number => distance(a, b, { units: 'kilometers' });

type Line = Feature<LineString | MultiLineString>;

/** Lines of a collection whose `kind` property matches (roads: 'national_road'; railways: 'railway'). */
export function linesOfKind(fc: AnyCollection, kind: string): Line[] {
  return fc.features.filter(
    (f): f is Line =>
      f.properties?.kind === kind &&
      (f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString'),
  );
}

/** Shortest straight-line distance in km from a point to any of the lines; null when there are none. */
export function nearestLineKm(point: Position, lines: readonly Line[]): number | null {
  let best: number | null = null;
  for (const line of lines) {
    const parts =
      line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
    for (const coordinates of parts) {
      if (coordinates.length < 2) continue;
      const d = pointToLineDistance(point, { type: 'LineString', coordinates }, { units: 'kilometers' });
      if (best === null || d < best) best = d;
    }
  }
  return best;
}

export type ReferenceLayers = {
  points: ReferencePoints;
  nationalRoads: readonly Line[];
  railways: readonly Line[];
};

export function referenceLayers(input: {
  aerodromes: AnyCollection;
  communes: AnyCollection;
  roads: AnyCollection;
  railways: AnyCollection;
}): ReferenceLayers {
  return {
    points: referencePoints(input.aerodromes, input.communes),
    nationalRoads: linesOfKind(input.roads, 'national_road'),
    railways: linesOfKind(input.railways, 'railway'),
  };
}

export function zoneDistances(
  anchor: Position,
  ref: ReferenceLayers,
  uncertaintyKm: number | null = null,
): ZoneDistances {
  const { airport, centre, port } = ref.points;
  return {
    uncertaintyKm,
    airport: airport ? kmBetween(anchor, airport) : null,
    centre: centre ? kmBetween(anchor, centre) : null,
    nationalRoad: nearestLineKm(anchor, ref.nationalRoads),
    railway: nearestLineKm(anchor, ref.railways),
    port: kmBetween(anchor, port),
  };
}

type Placed = { properties: { id: string; anchor: Position; uncertaintyKm?: number | null } };

/** Distances for every zone, by id. */
export function distancesById(zones: readonly Placed[], ref: ReferenceLayers): Map<string, ZoneDistances> {
  return new Map(
    zones.map((z) => [
      z.properties.id,
      zoneDistances(z.properties.anchor, ref, z.properties.uncertaintyKm ?? null),
    ]),
  );
}

/** Distances looked up by zone id; computed on first request, since most zones are never looked at. */
export type DistanceLookup = { get(id: string): ZoneDistances | undefined };

export function lazyDistancesById(zones: readonly Placed[], ref: ReferenceLayers): DistanceLookup {
  const placed = new Map(zones.map((z) => [z.properties.id, z.properties]));
  const cache = new Map<string, ZoneDistances>();
  return {
    get(id) {
      const known = cache.get(id);
      if (known) return known;
      const p = placed.get(id);
      if (!p) return undefined;
      const d = zoneDistances(p.anchor, ref, p.uncertaintyKm ?? null);
      cache.set(id, d);
      return d;
    },
  };
}
