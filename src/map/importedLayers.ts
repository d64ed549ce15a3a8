/**
 * Draws the user's imported layers next to ours: one vector source and three layers per imported
 * layer, diffed by reference against what is already on the map; a text-only popup on click.
 * The import worker cuts each layer into vector tiles on demand (src/import/tiles.ts); the map asks
 * for them through the `userlayer://` protocol and the store's tile source, so neither the page's
 * thread nor MapLibre's ever hands a whole layer around: each tile holds only what it shows.
 * (A GeoJSON source read from a URL would send the whole parsed layer back to the page.)
 * Attribute text reaches the page only through textContent, never as markup.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { addProtocol, removeProtocol } from 'maplibre-gl';
import { type AttrFilter, clustered, type ImportedLayer } from '../domain/import/layer';
import type { AppState } from '../store';
import type { Binder } from './binder';
import {
  type LayerSpec,
  USER_LAYER_PARTS,
  userLayerId,
  userLayerIds,
  userLayerOf,
  ZONE_LABEL_LAYER,
} from './layerIds';
import './importedLayers.css';

export const userSourceId = (id: string) => `user-${id}`;
const POINT: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
const AREA: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
/** The geometries each of an imported layer's three map layers draws. */
const GEOMETRY = {
  fill: AREA,
  line: ['!', POINT] as ExpressionSpecification,
  circle: POINT,
} satisfies Record<(typeof USER_LAYER_PARTS)[number], ExpressionSpecification>;
export { userLayerIds };
export const TILE_PROTOCOL = 'userlayer';
export const TILE_SOURCE_LAYER = 'data';
const TILE_MAX_ZOOM = 14;

/** Same meaning as domain `matchesFilter`: the value, as text, contains the query, ignoring case. */
export function attrFilterExpression(filter: AttrFilter | null): ExpressionSpecification | null {
  if (!filter || filter.value === '') return null;
  return [
    'all',
    ['has', filter.key],
    ['in', filter.value.toLowerCase(), ['downcase', ['to-string', ['get', filter.key]]]],
  ];
}

export function userLayerSpecs(layer: ImportedLayer): LayerSpec[] {
  const source = userSourceId(layer.id);
  const visibility = layer.visible ? 'visible' : 'none';
  if (clustered(layer))
    return [
      {
        id: userLayerId(layer.id, 'circle'),
        type: 'circle',
        source,
        'source-layer': TILE_SOURCE_LAYER,
        layout: { visibility },
        paint: {
          'circle-color': layer.color,
          'circle-opacity': 0.85,
          // A cluster's size grows with its count; a single point is as in any other layer.
          'circle-radius': [
            'case',
            ['has', 'point_count'],
            ['step', ['get', 'point_count'], 8, 100, 12, 1000, 16, 10000, 22],
            5,
          ],
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1.5,
        },
      } as LayerSpec,
    ];
  const paints = {
    // No antialiasing pass: the line layer draws every polygon's edge anyway, and on a software GL
    // (SwiftShader) the extra pass roughly doubled the fill's cost for 100,000 small polygons.
    fill: {
      type: 'fill',
      paint: { 'fill-color': layer.color, 'fill-opacity': 0.25, 'fill-antialias': false },
    },
    line: { type: 'line', paint: { 'line-color': layer.color, 'line-width': 2 } },
    circle: {
      type: 'circle',
      paint: {
        'circle-color': layer.color,
        'circle-radius': 5,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1.5,
      },
    },
  } as const;
  return USER_LAYER_PARTS.map(
    (part) =>
      ({
        id: userLayerId(layer.id, part),
        source,
        'source-layer': TILE_SOURCE_LAYER,
        layout: { visibility },
        filter: filterFor(GEOMETRY[part], layer.filter),
        ...paints[part],
      }) as LayerSpec,
  );
}

function filterFor(geometry: ExpressionSpecification, filter: AttrFilter | null): FilterSpecification {
  const attr = attrFilterExpression(filter);
  return (attr ? ['all', geometry, attr] : geometry) as FilterSpecification;
}

function popupContent(layer: ImportedLayer, props: Record<string, unknown>, emptyText: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'import-popup';
  const title = document.createElement('strong');
  title.textContent = layer.name;
  root.append(title);
  const entries = Object.entries(props);
  if (entries.length === 0) {
    const p = document.createElement('p');
    p.textContent = emptyText;
    root.append(p);
  }
  const dl = document.createElement('dl');
  for (const [k, v] of entries.slice(0, 60)) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v === null || v === undefined ? '—' : String(v);
    dl.append(dt, dd);
  }
  root.append(dl);
  return root;
}

export const bindImportedLayers: Binder = (adapter, store, env) => {
  const drawn = new Map<string, ImportedLayer>();
  /** Bumped when a clustered layer's filter changes: its tiles are cut again, with the filter. */
  const versions = new Map<string, number>();
  let lastZoom: AppState['importZoom'] = null;
  let active = true;

  const add = (l: ImportedLayer) => {
    const v = (versions.get(l.id) ?? 0) + 1;
    versions.set(l.id, v);
    const [w, s, e, n] = l.bbox;
    const pad = 0.001;
    adapter.addSource(userSourceId(l.id), {
      type: 'vector',
      tiles: [`${TILE_PROTOCOL}://${encodeURIComponent(l.id)}/${v}/{z}/{x}/{y}`],
      minzoom: 0,
      maxzoom: TILE_MAX_ZOOM,
      bounds: [
        Math.max(-180, w - pad),
        Math.max(-85, s - pad),
        Math.min(180, e + pad),
        Math.min(85, n + pad),
      ],
    });
    adapter.addLayers(userLayerSpecs(l), [ZONE_LABEL_LAYER]);
  };
  const remove = (id: string) => {
    adapter.removeLayers(userLayerIds(id));
    adapter.removeSource(userSourceId(id));
  };
  const update = (l: ImportedLayer, prev: ImportedLayer) => {
    if (l.data !== prev.data) {
      remove(l.id);
      return add(l);
    }
    if (l.visible !== prev.visible) for (const id of userLayerIds(l.id)) adapter.setLayerShown(id, l.visible);
    if (l.filter !== prev.filter && clustered(l)) {
      // Clusters are counted after filtering: the tiles are cut again with the new filter.
      remove(l.id);
      add(l);
    } else if (l.filter !== prev.filter)
      for (const part of USER_LAYER_PARTS)
        adapter.setLayerFilter(userLayerId(l.id, part), filterFor(GEOMETRY[part], l.filter));
  };

  const apply = (s: AppState) => {
    const now = new Set<string>();
    for (const l of s.imported) {
      now.add(l.id);
      const prev = drawn.get(l.id);
      if (!prev) add(l);
      else if (prev !== l) update(l, prev);
      drawn.set(l.id, l);
    }
    for (const id of [...drawn.keys()])
      if (!now.has(id)) {
        remove(id);
        drawn.delete(id);
      }
    if (s.importZoom && s.importZoom !== lastZoom) {
      if (s.importZoom.ifNotPlain) adapter.show(s.importZoom.bbox);
      else adapter.flyTo({ bounds: s.importZoom.bbox });
    }
    lastZoom = s.importZoom;
  };

  // After Hanoi's zones in the click order: a feature's popup, or a cluster opened by zooming in.
  const offClick = adapter.onClick('imported', {
    layers: () => (active ? [...drawn.keys()].flatMap(userLayerIds) : []),
    take: ([hit], at) => {
      const id = hit && userLayerOf(hit.layer.id);
      const layer = id === undefined ? undefined : drawn.get(id);
      if (!hit || !layer) return false;
      if (hit.properties.cluster) adapter.flyTo({ center: at.lngLat, zoom: adapter.zoom() + 2 });
      else
        adapter.showPopup(
          at.lngLat,
          popupContent(layer, hit.properties, env.text(store.getState().lang, 'import.popupEmpty')),
          { className: 'import-popup-wrap', maxWidth: '320px' },
        );
      return true;
    },
  });

  /** Tiles come from the import worker, through the store's tile source. */
  addProtocol(TILE_PROTOCOL, async (params) => {
    const m = /^userlayer:\/\/([^/]+)\/\d+\/(\d+)\/(\d+)\/(\d+)$/.exec(params.url);
    const layer = m ? drawn.get(decodeURIComponent(m[1]!)) : undefined;
    const source = store.getState().tileSource;
    if (!m || !layer || !source) return { data: new ArrayBuffer(0) };
    return { data: await source(layer, Number(m[2]), Number(m[3]), Number(m[4])) };
  });

  let unsubscribe = () => {};
  adapter.whenLoaded(() => {
    if (!active) return;
    apply(store.getState());
    unsubscribe = store.subscribe(apply);
  });
  return () => {
    active = false;
    offClick();
    unsubscribe();
    removeProtocol(TILE_PROTOCOL);
  };
};
