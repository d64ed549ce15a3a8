/** Builds the offline style: bundled data, bundled fonts, no request off the machine. */
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerInfo } from '../domain/sources';
import { fontFaces } from './fonts';
import { CENTRELINE_LAYERS, centrelineSourceId } from '../domain/centreline';
import { LABELLED_UNITS, labelSourceId } from '../domain/labelledUnits';
import {
  BASE_LAYERS,
  LABEL_LAYERS,
  STACK_LAYERS,
  STACK_SOURCE,
  ZONE_LABEL_SOURCE,
  ZONE_LAYERS,
  ZONE_SOURCE,
} from './layers';

/** The registry entry that credits the zones' OSM footprints (geodata/layers.json). */
export const ZONE_DATA_LAYER = 'osm-industrial-2026';

export type StyleOptions = {
  /** Absolute URL of a bundled data file. */
  dataUrl: (file: string) => string;
  layers: readonly LayerInfo[];
};

export function buildStyle({ dataUrl, layers }: StyleOptions): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  const base = layers.filter((l) => l.role === 'base');
  for (const layer of base)
    sources[layer.id] = {
      type: 'geojson',
      data: dataUrl(`${layer.id}.geojson`),
      attribution: layer.attribution,
    };
  for (const layer of base)
    if (CENTRELINE_LAYERS.includes(layer.id))
      sources[centrelineSourceId(layer.id)] = {
        type: 'geojson',
        data: dataUrl(`${centrelineSourceId(layer.id)}.geojson`),
      };
  for (const layer of base)
    if (LABELLED_UNITS.includes(layer.id))
      sources[labelSourceId(layer.id)] = {
        type: 'geojson',
        data: dataUrl(`${labelSourceId(layer.id)}.geojson`),
      };
  sources[ZONE_SOURCE] = {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    promoteId: 'id',
    // Where the zones use OSM footprints, the credit shows with them.
    attribution: layers.find((l) => l.id === ZONE_DATA_LAYER)?.attribution,
  };
  sources[ZONE_LABEL_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  sources[STACK_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  return {
    version: 8,
    name: 'Hanoi industrial zones (offline)',
    'font-faces': fontFaces(),
    sources,
    layers: [...BASE_LAYERS, ...ZONE_LAYERS, ...LABEL_LAYERS, ...STACK_LAYERS],
  } as StyleSpecification;
}
