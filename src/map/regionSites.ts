/**
 * Context, off by default: the industrial sites of the provinces around Hanoi (the national OSM list,
 * bus routes dropped), as circles sized by mapped area. They are never part of Hanoi's zones, filters,
 * counts or statistics. The file loads only when the layer is first switched on.
 */
import type { LayerSpecification, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { Popup } from 'maplibre-gl';
import { NEIGHBOUR_PROVINCES } from '../domain/regionSites';
import { REGION_COLOR } from '../domain/symbology';
import { pickLabel } from '../domain/lang';
import type { AppStore } from '../store';
import { FONT } from './fonts';
import { halo } from './baseLabelLayers';
import type { MapEnv, MapTextKey } from './mapEnv';
import type { ZoneMap } from './ZoneMap';

export const REGION_SOURCE = 'region-sites';
export const REGION_LAYER = 'region-sites-circle';
export const REGION_LABEL_LAYER = 'region-sites-label';
export const REGION_ATTRIBUTION = '© OpenStreetMap contributors (ODbL)';

export const REGION_LAYERS: LayerSpecification[] = [
  {
    id: REGION_LAYER,
    type: 'circle',
    source: REGION_SOURCE,
    paint: {
      // Area in ha → radius; sites mapped only as points get the smallest circle.
      'circle-radius': [
        'interpolate',
        ['linear'],
        ['sqrt', ['coalesce', ['get', 'areaHa'], 0]],
        0,
        3,
        10,
        6,
        25,
        12,
      ],
      'circle-color': REGION_COLOR,
      'circle-opacity': 0.35,
      'circle-stroke-color': REGION_COLOR,
      'circle-stroke-width': 1.2,
    },
  },
  {
    id: REGION_LABEL_LAYER,
    type: 'symbol',
    source: REGION_SOURCE,
    minzoom: 10,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [FONT],
      'text-size': 11,
      'text-anchor': 'top',
      'text-offset': [0, 0.8],
      'text-optional': true,
    },
    paint: { 'text-color': '#3f375f', ...halo },
  },
];

type Props = {
  name?: unknown;
  provinceCode?: unknown;
  areaHa?: unknown;
  osmUrl?: unknown;
  category?: unknown;
};

function popupContent(p: Props, store: AppStore, text: MapEnv['text']): HTMLElement {
  const { lang } = store.getState();
  const t = (key: MapTextKey, params?: Record<string, string>) => text(lang, key, params);
  const root = document.createElement('div');
  root.className = 'region-popup';
  const title = document.createElement('strong');
  title.textContent = String(p.name ?? '');
  const province = NEIGHBOUR_PROVINCES[String(p.provinceCode)];
  const lines = [
    t('region.province', { name: province ? pickLabel(lang, province) : String(p.provinceCode) }),
    typeof p.areaHa === 'number'
      ? t('region.area', {
          value: new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
            maximumFractionDigits: 1,
          }).format(p.areaHa),
        })
      : t('region.noArea'),
    t('region.context'),
  ];
  root.append(title);
  for (const line of lines) {
    const el = document.createElement('p');
    el.textContent = line;
    root.append(el);
  }
  const link = document.createElement('a');
  link.href = String(p.osmUrl ?? 'https://www.openstreetmap.org/');
  link.target = '_blank';
  link.rel = 'noreferrer noopener';
  link.textContent = t('region.osmLink');
  root.append(link);
  return root;
}

export function bindRegionSites(
  adapter: Pick<ZoneMap, 'map' | 'whenLoaded'>,
  store: AppStore,
  env: MapEnv,
): () => void {
  const { map } = adapter;
  let added = false;
  let shown: boolean | null = null;
  const apply = () => {
    const want = store.getState().layers.region;
    if (want === shown) return;
    adapter.whenLoaded(() => {
      if (want && !added) {
        map.addSource(REGION_SOURCE, {
          type: 'geojson',
          data: env.dataUrl('region-sites.geojson'),
          attribution: REGION_ATTRIBUTION,
        });
        // Under Hanoi's zones: context, never on top of them.
        const before = map.getLayer('zones-area') ? 'zones-area' : undefined;
        for (const layer of REGION_LAYERS) map.addLayer(layer, before);
        added = true;
      }
      if (added)
        for (const layer of REGION_LAYERS)
          map.setLayoutProperty(layer.id, 'visibility', want ? 'visible' : 'none');
    });
    shown = want;
  };
  const onClick = (e: MapMouseEvent) => {
    if (!added || !store.getState().layers.region) return;
    const zonesHit = map.queryRenderedFeatures(e.point, {
      layers: ['zones-area', 'zones-dot', 'zones-ring'],
    });
    if (zonesHit.length) return; // Hanoi's zones come first.
    const hit = map.queryRenderedFeatures(e.point, { layers: [REGION_LAYER] })[0];
    if (!hit) return;
    new Popup({ className: 'region-popup-wrap', maxWidth: '280px' })
      .setLngLat(e.lngLat)
      .setDOMContent(popupContent(hit.properties as Props, store, env.text))
      .addTo(map as MapLibreMap);
  };
  map.on('click', onClick);
  apply();
  const unsubscribe = store.subscribe(apply);
  return () => {
    unsubscribe();
    map.off('click', onClick);
  };
}
