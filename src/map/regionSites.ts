/**
 * Context, off by default: the industrial sites of the provinces around Hanoi (the national OSM list,
 * bus routes dropped), as circles sized by mapped area. They are never part of Hanoi's zones, filters,
 * counts or statistics. The file loads only when the layer is first switched on.
 */
import { NEIGHBOUR_PROVINCES } from '../domain/regionSites';
import { REGION_COLOR } from '../domain/symbology';
import { pickLabel } from '../domain/lang';
import type { AppStore } from '../store';
import { FONT } from './fonts';
import { halo } from './baseLabelLayers';
import { type LayerSpec, REGION_LABEL_LAYER, REGION_LAYER, ZONE_AREA_LAYER } from './layerIds';
import type { MapEnv, MapTextKey } from './mapEnv';
import type { ZoneMap } from './ZoneMap';

export { REGION_LABEL_LAYER, REGION_LAYER };
export const REGION_SOURCE = 'region-sites';
export const REGION_ATTRIBUTION = '© OpenStreetMap contributors (ODbL)';

export const REGION_LAYERS: LayerSpec[] = [
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
  adapter: Pick<ZoneMap, 'addSource' | 'addLayers' | 'setLayerShown' | 'onClick' | 'showPopup'>,
  store: AppStore,
  env: MapEnv,
): () => void {
  let added = false;
  const apply = () => {
    const want = store.getState().layers.region;
    // The file is fetched only when the layer is first switched on.
    if (want && !added) {
      adapter.addSource(REGION_SOURCE, {
        type: 'geojson',
        data: env.dataUrl('region-sites.geojson'),
        attribution: REGION_ATTRIBUTION,
      });
      // Under Hanoi's zones: context, never on top of them.
      adapter.addLayers(REGION_LAYERS, [ZONE_AREA_LAYER]);
      added = true;
    }
    if (added) for (const layer of REGION_LAYERS) adapter.setLayerShown(layer.id, want);
  };
  // Last in the click order: Hanoi's zones, the user's features and the tiled zones come first.
  const offClick = adapter.onClick('region', {
    layers: () => (added && store.getState().layers.region ? [REGION_LAYER] : []),
    take: ([hit], at) => {
      adapter.showPopup(at.lngLat, popupContent(hit!.properties as Props, store, env.text), {
        className: 'region-popup-wrap',
        maxWidth: '280px',
      });
      return true;
    },
  });
  apply();
  const unsubscribe = store.subscribe(apply);
  return () => {
    unsubscribe();
    offClick();
  };
}
