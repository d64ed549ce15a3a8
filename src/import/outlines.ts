/**
 * Viet Nam and its neighbours (geodata/context/vietnam-ne10m.geojson, from Natural Earth, public
 * domain; see geodata/context/SOURCE.md), bundled into the import worker only.
 */
import text from '../../geodata/context/vietnam-ne10m.geojson?raw';
import type { Outline } from '../domain/import/landCheck';

type Fc = {
  features: {
    properties: { kind: 'vn' | 'other'; name: string };
    geometry: { coordinates: number[][][][] };
  }[];
};

export const OUTLINES: Outline[] = (JSON.parse(text) as Fc).features.map((f) => ({
  kind: f.properties.kind,
  name: f.properties.name,
  polygons: f.geometry.coordinates,
}));
