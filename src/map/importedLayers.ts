/**
 * Draws the user's imported layers next to ours: one GeoJSON source and three layers per imported
 * layer, diffed by reference against what is already on the map; a text-only popup on click.
 * A layer's data is a Blob of GeoJSON text made in the import worker: the source is given a blob:
 * URL, so MapLibre's own worker reads and parses it and the page's thread never holds the features.
 * Attribute text reaches the page only through textContent, never as markup.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MapLibreMap,
  MapMouseEvent,
} from 'maplibre-gl';
import { Popup } from 'maplibre-gl';
import type { AttrFilter, ImportedLayer } from '../domain/import/layer';
import { translate } from '../i18n';
import type { AppState } from '../store';
import type { Binder } from './binders';
import { ZONE_LABEL_LAYER } from './layers';

export const userSourceId = (id: string) => `user-${id}`;
const POINT: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
const AREA: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const PARTS = [
  { suffix: 'fill', geometry: AREA },
  { suffix: 'line', geometry: ['!', POINT] as ExpressionSpecification },
  { suffix: 'circle', geometry: POINT },
] as const;
export const userLayerIds = (id: string) => PARTS.map((p) => `user-${id}-${p.suffix}`);

/** Same meaning as domain `matchesFilter`: the value, as text, contains the query, ignoring case. */
export function attrFilterExpression(filter: AttrFilter | null): ExpressionSpecification | null {
  if (!filter || filter.value === '') return null;
  return [
    'all',
    ['has', filter.key],
    ['in', filter.value.toLowerCase(), ['downcase', ['to-string', ['get', filter.key]]]],
  ];
}

export function userLayerSpecs(layer: ImportedLayer): LayerSpecification[] {
  const source = userSourceId(layer.id);
  const visibility = layer.visible ? 'visible' : 'none';
  const paints = {
    fill: { type: 'fill', paint: { 'fill-color': layer.color, 'fill-opacity': 0.25 } },
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
  return PARTS.map(
    (p) =>
      ({
        id: `user-${layer.id}-${p.suffix}`,
        source,
        layout: { visibility },
        filter: filterFor(p.geometry, layer.filter),
        ...paints[p.suffix],
      }) as LayerSpecification,
  );
}

function filterFor(geometry: ExpressionSpecification, filter: AttrFilter | null): FilterSpecification {
  const attr = attrFilterExpression(filter);
  return (attr ? ['all', geometry, attr] : geometry) as FilterSpecification;
}

function popupContent(
  layer: ImportedLayer,
  props: Record<string, unknown>,
  lang: AppState['lang'],
): HTMLElement {
  const root = document.createElement('div');
  root.className = 'import-popup';
  const title = document.createElement('strong');
  title.textContent = layer.name;
  root.append(title);
  const entries = Object.entries(props);
  if (entries.length === 0) {
    const p = document.createElement('p');
    p.textContent = translate(lang, 'import.popupEmpty');
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

export const bindImportedLayers: Binder = (adapter, store) => {
  const map = adapter.map;
  const drawn = new Map<string, ImportedLayer>();
  const urls = new Map<string, string>();
  const urlOf = (l: ImportedLayer) => {
    const old = urls.get(l.id);
    if (old) URL.revokeObjectURL(old);
    const url = URL.createObjectURL(l.data);
    urls.set(l.id, url);
    return url;
  };
  let lastZoom: AppState['importZoom'] = null;
  let active = true;

  const add = (l: ImportedLayer) => {
    map.addSource(userSourceId(l.id), { type: 'geojson', data: urlOf(l) });
    const before = map.getLayer(ZONE_LABEL_LAYER) ? ZONE_LABEL_LAYER : undefined;
    for (const spec of userLayerSpecs(l)) map.addLayer(spec, before);
  };
  const remove = (id: string) => {
    for (const layer of userLayerIds(id)) if (map.getLayer(layer)) map.removeLayer(layer);
    map.removeSource(userSourceId(id));
    const url = urls.get(id);
    if (url) URL.revokeObjectURL(url);
    urls.delete(id);
  };
  const update = (l: ImportedLayer, prev: ImportedLayer) => {
    if (l.data !== prev.data) map.getSource<GeoJSONSource>(userSourceId(l.id))?.setData(urlOf(l));
    if (l.visible !== prev.visible)
      for (const id of userLayerIds(l.id))
        map.setLayoutProperty(id, 'visibility', l.visible ? 'visible' : 'none');
    if (l.filter !== prev.filter)
      PARTS.forEach((p) => map.setFilter(`user-${l.id}-${p.suffix}`, filterFor(p.geometry, l.filter)));
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
    if (s.importZoom && s.importZoom !== lastZoom) adapter.flyTo({ bounds: s.importZoom.bbox });
    lastZoom = s.importZoom;
  };

  const onClick = (e: MapMouseEvent) => {
    if (!active || drawn.size === 0) return;
    const layers = [...drawn.keys()].flatMap(userLayerIds).filter((id) => map.getLayer(id));
    const hit = map.queryRenderedFeatures(e.point, { layers })[0];
    const layer = hit && drawn.get(hit.layer.id.replace(/^user-(.*)-(fill|line|circle)$/, '$1'));
    if (!hit || !layer) return;
    new Popup({ className: 'import-popup-wrap', maxWidth: '320px' })
      .setLngLat(e.lngLat)
      .setDOMContent(popupContent(layer, hit.properties, store.getState().lang))
      .addTo(map as MapLibreMap);
  };

  let unsubscribe = () => {};
  adapter.whenLoaded(() => {
    if (!active) return;
    apply(store.getState());
    unsubscribe = store.subscribe(apply);
    map.on('click', onClick);
  });
  return () => {
    active = false;
    unsubscribe();
    for (const url of urls.values()) URL.revokeObjectURL(url);
    urls.clear();
  };
};
