// @vitest-environment happy-dom
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { LayerInfo } from '../domain/sources';
import { ZONE_LABEL_MIN_ZOOM, ZONE_TILE_LAYER } from '../domain/zoneTiles';
import {
  LABEL_LAYERS,
  statusOpacityIn,
  TOGGLEABLE_LAYERS,
  ZONE_FILTERED_LAYERS,
  ZONE_HIT_LAYERS,
  ZONE_LABEL_LAYER,
} from './layers';
import { TILE_SOURCE_LAYER } from './tiledZones';
import { LOCALISED_LABELS } from './baseLabelLayers';
import { buildStyle } from './style';

const layers: LayerInfo[] = [
  'hanoi-boundary',
  'communes-2025',
  'districts-2020',
  'neighbour-provinces-2025',
  'red-river-gshhg',
  'rivers-wdbii',
  'roads',
  'railways',
  'aerodromes',
  'places',
].map((id) => ({
  id,
  role: 'base' as const,
  title: { vi: id, en: id },
  file: `${id}.geojson`,
  licence: 'L',
  attribution: `© ${id}`,
  asOf: '2025',
}));

const zonesCredit: LayerInfo = {
  id: 'osm-industrial-2026',
  role: 'data',
  title: { vi: 'OSM', en: 'OSM' },
  file: 'osm/x.geojson',
  licence: 'ODbL 1.0',
  attribution: '© OpenStreetMap contributors',
  asOf: '2026-08-31',
};
const style = buildStyle({ dataUrl: (f) => `http://127.0.0.1/data/${f}`, layers: [...layers, zonesCredit] });

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('stays valid with the base-map labels in either language', () => {
    for (const lang of ['vi', 'en'] as const) {
      const switched = {
        ...style,
        layers: style.layers.map((l) =>
          LOCALISED_LABELS[l.id] && l.type === 'symbol'
            ? { ...l, layout: { ...l.layout, 'text-field': LOCALISED_LABELS[l.id]!(lang) } }
            : l,
        ),
      };
      expect(validateStyleMin(switched), lang).toEqual([]);
    }
  });

  it('needs no glyph server: labels use bundled font faces', () => {
    expect(style.glyphs).toBeUndefined();
    expect(Object.keys((style as { 'font-faces'?: object })['font-faces'] ?? {})).toEqual([
      'Noto Sans Regular',
    ]);
  });

  it('loads only bundled data from the given base URL', () => {
    const urls = Object.values(style.sources).flatMap((s) =>
      'data' in s && typeof s.data === 'string' ? [s.data] : [],
    );
    // One file per layer, plus the label points of the two administrative layers and the Red River's centre line.
    expect(urls.length).toBe(layers.length + 3);
    for (const u of urls) expect(u.startsWith('http://127.0.0.1/data/')).toBe(true);
  });

  it('carries every layer attribution, and names every layer the code refers to', () => {
    const ids = new Set(style.layers.map((l) => l.id));
    for (const id of [
      ...ZONE_FILTERED_LAYERS,
      ...ZONE_HIT_LAYERS,
      ...Object.values(TOGGLEABLE_LAYERS).flat(),
    ])
      expect(ids.has(id), id).toBe(true);
    const attributions = Object.values(style.sources).map((s) =>
      'attribution' in s ? s.attribution : undefined,
    );
    for (const l of layers) expect(attributions).toContain(l.attribution);
    // The zones' OSM footprints are credited on the zone source itself.
    expect((style.sources.zones as { attribution?: string }).attribution).toBe(
      '© OpenStreetMap contributors',
    );
  });
});

describe('the zone tile tree', () => {
  it('is read with the layer name and label zoom scripts/build-tiles.ts writes (src/domain/zoneTiles.ts)', () => {
    expect(LABEL_LAYERS.find((l) => l.id === ZONE_LABEL_LAYER)?.minzoom).toBe(ZONE_LABEL_MIN_ZOOM);
    expect(TILE_SOURCE_LAYER).toBe(ZONE_TILE_LAYER);
  });
});

describe('timeline paint', () => {
  it('is a valid paint expression for any year', () => {
    for (const year of [1994, 2012, 2030]) {
      const withYear = {
        ...style,
        layers: style.layers.map((l) =>
          l.id === 'zones-ring'
            ? { ...l, paint: { ...l.paint, 'circle-opacity': statusOpacityIn(year) } }
            : l,
        ),
      };
      expect(validateStyleMin(withYear as typeof style)).toEqual([]);
    }
  });
});
