/**
 * Stand-ins for the online base maps, served by Playwright's router: nothing leaves the machine. The
 * OpenFreeMap stand-in is a tiny style shaped like its "liberty" style (a vector source by TileJSON,
 * a raster source, icons, a pattern) over vector tiles cut here from a few shapes around Hanoi. Each
 * tile request can be told to succeed, fail, hang or answer with a captive portal's web page.
 */
import type { BrowserContext, Route } from '@playwright/test';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';

export const OFM_HOST = 'tiles.openfreemap.org';
export const OSM_HOST = 'tile.openstreetmap.org';

export type Answer = 'ok' | 'fail' | 'abort' | 'hang' | 'html';

const STYLE = {
  version: 8,
  sources: {
    ne2_shaded: { type: 'raster', tiles: [`https://${OFM_HOST}/natural_earth/{z}/{x}/{y}.png`], maxzoom: 6 },
    openmaptiles: { type: 'vector', url: `https://${OFM_HOST}/planet` },
  },
  sprite: `https://${OFM_HOST}/sprites/test/ofm`,
  glyphs: `https://${OFM_HOST}/fonts/{fontstack}/{range}.pbf`,
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#f2efe9' } },
    { id: 'natural_earth', type: 'raster', source: 'ne2_shaded', maxzoom: 7 },
    {
      id: 'park',
      type: 'fill',
      source: 'openmaptiles',
      'source-layer': 'park',
      paint: { 'fill-color': '#d8e8c8' },
    },
    {
      id: 'wetland',
      type: 'fill',
      source: 'openmaptiles',
      'source-layer': 'landcover',
      paint: { 'fill-pattern': 'wetland_bg_11' },
    },
    {
      id: 'water',
      type: 'fill',
      source: 'openmaptiles',
      'source-layer': 'water',
      paint: { 'fill-color': '#9ebdff' },
    },
    {
      id: 'road',
      type: 'line',
      source: 'openmaptiles',
      'source-layer': 'transportation',
      paint: { 'line-color': '#f5b971', 'line-width': 4 },
    },
    {
      id: 'road_one_way_arrow',
      type: 'symbol',
      source: 'openmaptiles',
      'source-layer': 'transportation',
      layout: { 'icon-image': 'arrow' },
    },
    {
      id: 'label_town',
      type: 'symbol',
      source: 'openmaptiles',
      'source-layer': 'place',
      layout: {
        'icon-image': 'circle_11',
        'text-field': ['coalesce', ['get', 'name_en'], ['get', 'name']],
        'text-font': ['Noto Sans Regular'],
        'text-size': 14,
      },
      paint: { 'text-color': '#333333' },
    },
  ],
};

const TILEJSON = { tiles: [`https://${OFM_HOST}/planet/fake/{z}/{x}/{y}.pbf`], minzoom: 0, maxzoom: 14 };

const box = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const fc = (features: { geometry: object; properties?: object }[]) => ({
  type: 'FeatureCollection' as const,
  features: features.map((f) => ({ type: 'Feature' as const, properties: {}, ...f })),
});
const LAYERS = {
  // A broad band of water along the Red River's course, so every zone view has some in it.
  water: fc([{ geometry: box(105.74, 21.0, 105.9, 21.11) }, { geometry: box(105.5, 20.98, 105.56, 21.02) }]),
  park: fc([{ geometry: box(105.4, 20.9, 106.0, 21.3) }]),
  transportation: fc([
    {
      geometry: {
        type: 'LineString',
        coordinates: [
          [105.3, 21.02],
          [106.0, 21.05],
        ],
      },
    },
  ]),
  place: fc([
    {
      geometry: { type: 'Point', coordinates: [105.85, 21.03] },
      properties: { name: 'Hà Nội', 'name:vi': 'Hà Nội', 'name:en': 'Hanoi', name_en: 'Hanoi' },
    },
  ]),
};
const INDEXES = Object.entries(LAYERS).map(
  ([name, data]) => [name, new GeoJSONVT(data as never, { maxZoom: 14, extent: 4096, buffer: 64 })] as const,
);

function tile(z: number, x: number, y: number): Buffer | null {
  const layers = Object.fromEntries(
    INDEXES.flatMap(([name, index]) => {
      const t = index.getTile(z, x, y);
      return t && t.features.length ? [[name, t]] : [];
    }),
  );
  return Object.keys(layers).length ? Buffer.from(fromGeojsonVt(layers, { version: 2, extent: 4096 })) : null;
}

// A 1×1 PNG stands in for OpenStreetMap's raster tiles.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);
const PORTAL = '<!doctype html><html><body><h1>Đăng nhập Wi-Fi</h1><form>…</form></body></html>';

/** What the routes saw: every URL, and how many tile requests. */
export type Traffic = { urls: string[]; tiles: number };

async function answer(route: Route, how: Answer, ok: () => Promise<void>): Promise<void> {
  if (how === 'hang') return; // never answered: the app must give up on its own
  if (how === 'fail') return route.abort('connectionrefused');
  if (how === 'abort') return route.abort('aborted');
  if (how === 'html') return route.fulfill({ status: 200, contentType: 'text/html', body: PORTAL });
  return ok();
}

/**
 * Routes both online maps. `tiles(n)` says how the n-th tile request (from 1) is answered; `style`
 * how OpenFreeMap's style is.
 */
export async function routeOnlineMaps(
  context: BrowserContext,
  { tiles = () => 'ok', style = 'ok' }: { tiles?: (n: number) => Answer; style?: Answer } = {},
): Promise<Traffic> {
  const traffic: Traffic = { urls: [], tiles: 0 };
  await context.route(`https://${OFM_HOST}/**`, async (route) => {
    const url = new URL(route.request().url());
    traffic.urls.push(url.href);
    if (url.pathname === '/styles/liberty') return answer(route, style, () => route.fulfill({ json: STYLE }));
    if (url.pathname === '/planet') return route.fulfill({ json: TILEJSON });
    const m = /^\/planet\/fake\/(\d+)\/(\d+)\/(\d+)\.pbf$/.exec(url.pathname);
    if (!m) return route.fulfill({ status: 404, body: '' });
    const how = tiles(++traffic.tiles);
    return answer(route, how, async () => {
      const body = tile(Number(m[1]), Number(m[2]), Number(m[3]));
      return body
        ? route.fulfill({ body, contentType: 'application/x-protobuf' })
        : route.fulfill({ status: 204, body: '' });
    });
  });
  await context.route(`https://${OSM_HOST}/**`, async (route) => {
    traffic.urls.push(route.request().url());
    const how = tiles(++traffic.tiles);
    return answer(route, how, () => route.fulfill({ body: PNG, contentType: 'image/png' }));
  });
  return traffic;
}
