/** Builds the offline style: bundled data, bundled fonts, no request off the machine. */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerInfo } from '../domain/sources';
import { fontFaces } from './fonts';
import { CENTRELINE_LAYERS, centrelineSourceId } from '../domain/centreline';
import { LABELLED_UNITS, labelSourceId } from '../domain/labelledUnits';
import {
  BASE_LAYERS,
  LABEL_LAYERS,
  STACK_LAYERS,
  STACK_SOURCE,
  ZONE_FOCUS_SOURCE,
  ZONE_SELECTED_SOURCE,
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
  /**
   * Start the sources only close-in layers draw with no features (src/map/lazySources.ts fills them
   * when first needed): the app and the benchmark's bare page both draw the first view without them.
   */
  lazy?: boolean;
};

/** Layers starting at this zoom or later do not need their data at the start. */
export const DEFER_FROM_ZOOM = 10;

/** The sources every layer of which starts at DEFER_FROM_ZOOM or later (and that some layer uses). */
export function deferredSources(layers: readonly LayerSpecification[]): Set<string> {
  const early = new Set<string>();
  const used = new Set<string>();
  for (const l of layers) {
    if (!('source' in l) || typeof l.source !== 'string') continue;
    used.add(l.source);
    if ((l.minzoom ?? 0) < DEFER_FROM_ZOOM) early.add(l.source);
  }
  return new Set([...used].filter((s) => !early.has(s)));
}

/** Every layer of the offline style, bottom to top. */
export const STYLE_LAYERS = [...BASE_LAYERS, ...ZONE_LAYERS, ...LABEL_LAYERS, ...STACK_LAYERS];
/** Sources the app fills itself (the zones and their label points): never fetched as files. */
const APP_SOURCES: ReadonlySet<string> = new Set([ZONE_SOURCE, ZONE_LABEL_SOURCE]);
/** The sources the lazy style starts empty: `${id}.geojson` is fetched when a layer first needs it. */
export const LAZY_SOURCES: readonly string[] = [...deferredSources(STYLE_LAYERS)].filter(
  (id) => !APP_SOURCES.has(id),
);

export function buildStyle({ dataUrl, layers, lazy = false }: StyleOptions): StyleSpecification {
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
  if (lazy)
    for (const id of LAZY_SOURCES)
      if (sources[id])
        sources[id] = {
          ...sources[id],
          data: { type: 'FeatureCollection', features: [] },
        } as SourceSpecification;
  sources[ZONE_SOURCE] = {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    promoteId: 'id',
    // Where the zones use OSM footprints, the credit shows with them.
    attribution: layers.find((l) => l.id === ZONE_DATA_LAYER)?.attribution,
  };
  sources[ZONE_LABEL_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  sources[STACK_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  sources[ZONE_FOCUS_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  sources[ZONE_SELECTED_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  return {
    version: 8,
    name: 'Hanoi industrial zones (offline)',
    'font-faces': fontFaces(),
    sources,
    layers: STYLE_LAYERS,
  } as StyleSpecification;
}
