/** Flattens zones into the plain properties the style reads. Nested facts stay in the store. */
import type { FeatureCollection, Geometry } from 'geojson';
import { currentValue } from '../domain/facts';
import { zoneFacets } from '../domain/filters';
import { equalAreaRadiusPxAtZ0 } from '../domain/geo';
import { shortName } from '../domain/names';
import { isApproximate } from '../domain/vocab';
import type { ZoneFeature } from '../domain/zone';
import { encodeSectors } from './filterExpression';

export type MapZoneProps = {
  id: string;
  kind: string;
  status: string;
  sectors: string;
  district: string;
  commune: string;
  /** Status letter per timeline year (src/domain/timeline.ts), for the year filter. */
  tl: string;
  approx: boolean;
  /** Pixel radius at zoom 0 of the equal-area circle; 0 when the area is unknown. */
  r0: number;
  label_vi: string;
  label_en: string;
};

export function toMapFeatures(zones: readonly ZoneFeature[]): FeatureCollection<Geometry, MapZoneProps> {
  return {
    type: 'FeatureCollection',
    features: zones.map((z) => {
      const p = z.properties;
      const facets = zoneFacets(p);
      const area = currentValue(p.areaHa);
      return {
        type: 'Feature',
        geometry: z.geometry,
        properties: {
          id: p.id,
          kind: p.kind,
          status: facets.status,
          sectors: encodeSectors(facets.sectors),
          district: p.district ?? '',
          commune: p.commune ?? '',
          tl: facets.timeline ?? '',
          approx: isApproximate(p.location.method),
          r0: area ? equalAreaRadiusPxAtZ0(area, p.anchor[1]) : 0,
          label_vi: shortName(p.name.vi),
          label_en: shortName(p.name.en ?? p.name.vi),
        },
      };
    }),
  };
}
