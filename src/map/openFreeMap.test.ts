// @vitest-environment happy-dom
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { FONT, fontFaces } from './fonts';
import { adaptStyle, OFM_ATTRIBUTION, OFM_SOURCE, parseStyle, parseTileJson } from './openFreeMap';
import { ONLINE_SOURCE_PREFIX } from './ZoneMap';

/** A small style shaped like OpenFreeMap's: a vector source by TileJSON, a raster one, icons, patterns. */
const FAKE_STYLE = {
  version: 8,
  sources: {
    ne: { type: 'raster', tiles: ['https://tiles.openfreemap.org/ne/{z}/{x}/{y}.png'] },
    omt: { type: 'vector', url: 'https://tiles.openfreemap.org/planet' },
  },
  sprite: 'https://tiles.openfreemap.org/sprites/x',
  glyphs: 'https://tiles.openfreemap.org/fonts/{fontstack}/{range}.pbf',
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#f0ede8' } },
    { id: 'shade', type: 'raster', source: 'ne' },
    { id: 'water', type: 'fill', source: 'omt', 'source-layer': 'water', paint: { 'fill-color': '#9ebdff' } },
    {
      id: 'wetland',
      type: 'fill',
      source: 'omt',
      'source-layer': 'landcover',
      paint: { 'fill-pattern': 'x' },
    },
    {
      id: 'road',
      type: 'line',
      source: 'omt',
      'source-layer': 'transportation',
      paint: { 'line-color': '#fff' },
    },
    {
      id: 'oneway',
      type: 'symbol',
      source: 'omt',
      'source-layer': 'transportation',
      layout: { 'icon-image': 'arrow' },
    },
    {
      id: 'road-shield',
      type: 'symbol',
      source: 'omt',
      'source-layer': 'transportation_name',
      layout: {
        'icon-image': 'shield',
        'icon-text-fit': 'both',
        'text-field': ['get', 'ref'],
        'text-font': ['Noto Sans Bold'],
      },
    },
    {
      id: 'place',
      type: 'symbol',
      source: 'omt',
      'source-layer': 'place',
      layout: {
        'icon-image': 'dot',
        'icon-size': 0.5,
        'text-field': ['coalesce', ['get', 'name_en'], ['get', 'name']],
        'text-font': ['Noto Sans Italic'],
      },
      paint: { 'icon-opacity': 0.5, 'text-color': '#333' },
    },
    { id: 'other', type: 'line', source: 'elsewhere', 'source-layer': 'x' },
  ],
};
const FAKE_TILEJSON = {
  tiles: ['https://tiles.openfreemap.org/planet/test/{z}/{x}/{y}.pbf'],
  minzoom: 0,
  maxzoom: 14,
};

describe('OpenFreeMap style', () => {
  const adapted = adaptStyle(parseStyle(FAKE_STYLE), parseTileJson(FAKE_TILEJSON), 'vi');

  it('keeps the vector layers it can draw without the sprite, and the background', () => {
    expect(adapted.layers.map((l) => l.id)).toEqual([
      'online-ofm-background',
      'online-ofm-water',
      'online-ofm-road',
      'online-ofm-place',
    ]);
    const place = adapted.layers.at(-1) as {
      layout: Record<string, unknown>;
      paint: Record<string, unknown>;
    };
    expect(Object.keys(place.layout).some((k) => k.startsWith('icon-'))).toBe(false);
    expect(Object.keys(place.paint)).toEqual(['text-color']);
    expect(place.layout['text-font']).toEqual([FONT]);
  });

  it('names places in the interface language, and can relabel them', () => {
    expect(adapted.nameLayers).toEqual(['online-ofm-place']);
    expect((adapted.layers.at(-1) as { layout: Record<string, unknown> }).layout['text-field']).toEqual([
      'coalesce',
      ['get', 'name:vi'],
      ['get', 'name'],
    ]);
  });

  it('fetches tiles through our request path, with our attribution', () => {
    expect(adapted.source).toMatchObject({
      type: 'vector',
      tiles: ['basemap://tiles.openfreemap.org/planet/test/{z}/{x}/{y}.pbf'],
      attribution: OFM_ATTRIBUTION,
    });
    expect(OFM_ATTRIBUTION).toMatch(/OpenFreeMap.*© OpenMapTiles.*© OpenStreetMap contributors/);
    expect(OFM_SOURCE.startsWith(ONLINE_SOURCE_PREFIX)).toBe(true);
  });

  it('is a valid style once added to ours (no sprite, no glyph server)', () => {
    const style = {
      version: 8,
      'font-faces': fontFaces(),
      sources: { [OFM_SOURCE]: adapted.source },
      layers: adapted.layers,
    };
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it('refuses a style or TileJSON that points elsewhere, or is not a style at all', () => {
    expect(() =>
      parseStyle({ ...FAKE_STYLE, sources: { omt: { type: 'vector', url: 'https://evil.example/x' } } }),
    ).toThrow();
    expect(() => parseStyle('<html>')).toThrow();
    expect(() => parseTileJson({ tiles: ['https://evil.example/{z}/{x}/{y}.pbf'] })).toThrow();
    expect(() => parseTileJson({ tiles: ['http://tiles.openfreemap.org/{z}/{x}/{y}.pbf'] })).toThrow();
  });
});
