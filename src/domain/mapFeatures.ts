/**
 * The one projection from zones to the flat properties the style reads (the app, the tile builder and
 * the property test all use it). A zone with a footprint gives two features with its id: the shape
 * ("area") and its label point ("point"); any other zone gives its point. Nested facts stay in the store.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { currentValue } from './facts';
import { type ZoneFacets, zoneFacets } from './filters';
import { shortName } from './names';
import { approximateRadiusPx } from './symbology';
import { isApproximate } from './vocab';
import type { ZoneFeature } from './zone';

/** Sectors are stored as "|a|b|" so a substring test works inside the style engine. */
export const encodeSectors = (sectors: readonly string[]) => `|${sectors.join('|')}|`;

export type MapZoneProps = {
  id: string;
  /** "area": a footprint's shape; "point": the label point of a footprint, or an approximate position. */
  role: 'area' | 'point';
  kind: string;
  status: string;
  sectors: string;
  district: string;
  commune: string;
  /** Status letter per timeline year (src/domain/timeline.ts), for the year filter. */
  tl: string;
  approx: boolean;
  /** Ring radius in px of an approximate zone (its size follows the area, capped). */
  ar: number;
  /** Hectares used to stack overlapping zones, smallest on top (official area, else mapped, else 0). */
  size: number;
  label_vi: string;
  label_en: string;
};

/** `facets`: the zones' facets when already computed (the app's, with plan dates on the timeline). */
export function toMapFeatures(
  zones: readonly ZoneFeature[],
  facets?: ReadonlyMap<string, ZoneFacets>,
): FeatureCollection<Geometry, MapZoneProps> {
  const features: Feature<Geometry, MapZoneProps>[] = [];
  for (const z of zones) {
    const p = z.properties;
    const f = facets?.get(p.id) ?? zoneFacets(p);
    const area = currentValue(p.areaHa);
    const approx = isApproximate(p.location.method);
    const base = {
      id: p.id,
      kind: p.kind,
      status: f.status,
      sectors: encodeSectors(f.sectors),
      district: p.district ?? '',
      commune: p.commune ?? '',
      tl: f.timeline ?? '',
      approx,
      ar: approx ? approximateRadiusPx(area) : 0,
      size: area ?? p.mappedAreaHa ?? 0,
      label_vi: shortName(p.name.vi),
      label_en: shortName(p.name.en ?? p.name.vi),
    };
    if (z.geometry.type !== 'Point')
      features.push({ type: 'Feature', geometry: z.geometry, properties: { ...base, role: 'area' } });
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.anchor },
      properties: { ...base, role: 'point' },
    });
  }
  return { type: 'FeatureCollection', features };
}
