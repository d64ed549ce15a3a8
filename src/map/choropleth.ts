/**
 * The choropleth: former districts or 2025 communes shaded by the count or the known hectares of the
 * zones that pass the filters. Its own fill layers (one per unit) sit below the zone layers, on the
 * administrative sources the style already has; colour is a data-driven `match` on the unit id, so
 * neither the sources nor the zones are touched. Zero is unshaded and "zones but area unknown" is
 * grey: neither can be mistaken for the lightest class.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { memoizeLast } from '../domain/memo';
import {
  type AreaUnit,
  type ChoroplethClasses,
  choroplethClasses,
  type Measure,
  type Stats,
} from '../domain/stats';
import type { AppState, AppStore } from '../store';
import { selectStats } from '../store/plannerSelectors';
import { CHOROPLETH_LAYERS, type LayerId, type LayerSpec } from './layerIds';
import type { ZoneMap } from './ZoneMap';

export { CHOROPLETH_LAYERS };

const NONE_COLOR = 'rgba(0,0,0,0)';

const SOURCES: Record<AreaUnit, string> = { district: 'districts-2020', commune: 'communes-2025' };
/** Drawn above the city's land fill, below the airport, rivers, roads and every zone layer. */
const BEFORE: LayerId[] = ['airport-fill', 'zones-area'];

export function choroplethLayer(unit: AreaUnit): LayerSpec {
  return {
    id: CHOROPLETH_LAYERS[unit],
    type: 'fill',
    source: SOURCES[unit],
    layout: { visibility: 'none' },
    paint: { 'fill-color': NONE_COLOR, 'fill-opacity': 0.8 },
  };
}

export type Choropleth = ChoroplethClasses & { unit: AreaUnit; measure: Measure };

export function buildChoropleth(stats: Stats, unit: AreaUnit, measure: Measure): Choropleth {
  return { ...choroplethClasses(stats, measure), unit, measure };
}

export function fillColor(ch: Choropleth): ExpressionSpecification | string {
  if (ch.colors.size === 0) return NONE_COLOR;
  return ['match', ['get', 'id'], ...[...ch.colors].flat(), NONE_COLOR] as unknown as ExpressionSpecification;
}

type Adapter = Pick<ZoneMap, 'addLayer' | 'setLayerShown' | 'setPaint'>;

export function bindChoropleth(adapter: Adapter, store: AppStore): () => void {
  const build = memoizeLast(buildChoropleth);
  const color = memoizeLast(fillColor);
  for (const unit of Object.keys(CHOROPLETH_LAYERS) as AreaUnit[])
    adapter.addLayer(choroplethLayer(unit), BEFORE);
  // The adapter applies only what changed.
  const apply = (s: AppState) => {
    const { on, unit, measure } = s.choropleth;
    for (const u of Object.keys(CHOROPLETH_LAYERS) as AreaUnit[])
      adapter.setLayerShown(CHOROPLETH_LAYERS[u], on && u === unit);
    if (on)
      adapter.setPaint(CHOROPLETH_LAYERS[unit], 'fill-color', color(build(selectStats(s), unit, measure)));
  };
  apply(store.getState());
  return store.subscribe((s) => apply(s));
}
