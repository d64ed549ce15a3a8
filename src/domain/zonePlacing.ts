/**
 * Where a zone is: its geometry from the way the data locates it (a footprint or point from
 * OpenStreetMap, a published point, or the centre of the unit it is placed in), the point its label
 * and joins hang on, and its district and commune with where each comes from. Pure: no file system.
 */
import type { FeatureCollection, Position } from 'geojson';
import { type AreaGeometry, findContaining, innerPoint, labelPoint } from './geo';
import type { OsmSites } from './osm';
import type { ZoneFeature, ZoneSourceFeature } from './zone';

export type AdminProps = { id: string; [k: string]: unknown };
export type AdminCollection = FeatureCollection<AreaGeometry, AdminProps>;
/** What placing needs of the data build's input: the units and the OSM sites. */
export type PlacingInput = {
  districts: AdminCollection;
  communes: AdminCollection;
  osm?: { sites: OsmSites };
};

export type Resolved = {
  geometry: ZoneFeature['geometry'];
  /** For a unit's centre: the unit, whose extent bounds where the zone may really be. */
  unit?: AreaGeometry;
};

export function resolveGeometry(f: ZoneSourceFeature, input: PlacingInput): Resolved | { error: string } {
  const loc = f.properties.location;
  if (loc.method === 'commune_centroid' || loc.method === 'district_centroid') {
    const [layer, id] =
      loc.method === 'commune_centroid' ? [input.communes, loc.commune] : [input.districts, loc.district];
    const area = layer.features.find((a) => a.properties.id === id);
    if (!area)
      return { error: `unknown ${loc.method === 'commune_centroid' ? 'commune' : 'district'} id "${id}"` };
    return {
      geometry: { type: 'Point', coordinates: innerPoint(area.geometry) as [number, number] },
      unit: area.geometry,
    };
  }
  if (loc.method === 'osm_footprint' || loc.method === 'osm_point') {
    const site = input.osm?.sites.features.find((s) => s.properties.osm === loc.osm!.id);
    if (!site) return { error: `OSM object ${loc.osm!.id} is not in geodata/osm/` };
    const isPoint = site.geometry.type === 'Point';
    if (isPoint !== (loc.method === 'osm_point'))
      return { error: `${loc.method} but ${loc.osm!.id} is a ${isPoint ? 'point' : 'polygon'} in OSM` };
    return { geometry: site.geometry as ZoneFeature['geometry'] };
  }
  return { geometry: f.geometry! };
}

export function anchorOf(geometry: ZoneFeature['geometry']): Position {
  return geometry.type === 'Point' ? geometry.coordinates : labelPoint(geometry);
}

/**
 * A zone's district and commune, and where each comes from. A footprint or a published point is
 * joined spatially. A unit's centre says nothing finer than the unit: a district centre gives the
 * district (as the source names it) and no commune; a commune centre gives the commune the source's
 * former commune went to, and the district the sources name when they name exactly one.
 */
export function placesOf(
  p: ZoneSourceFeature['properties'],
  anchor: Position,
  input: PlacingInput,
): Pick<ZoneFeature['properties'], 'district' | 'districtBasis' | 'commune' | 'communeBasis'> {
  const loc = p.location;
  if (loc.method === 'district_centroid')
    return { district: loc.district!, districtBasis: 'source', commune: null, communeBasis: null };
  if (loc.method === 'commune_centroid') {
    const one = p.districtsReported.length === 1 ? p.districtsReported[0]! : null;
    return {
      district: one,
      districtBasis: one ? 'source' : null,
      commune: loc.commune!,
      communeBasis: 'source',
    };
  }
  const district = findContaining(input.districts.features, anchor)?.properties.id ?? null;
  const commune = findContaining(input.communes.features, anchor)?.properties.id ?? null;
  return {
    district,
    districtBasis: district ? 'geometry' : null,
    commune,
    communeBasis: commune ? 'geometry' : null,
  };
}
