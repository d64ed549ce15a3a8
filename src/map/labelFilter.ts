/**
 * The zones' label layer is the one zone layer filtered in layout: labels take space from each
 * other, so a hidden zone's label must leave the layout, not only the paint. A layout filter
 * re-tiles the labels and costs a frame of its own, so while the map is zoomed out beyond the labels'
 * zooms (where none is drawn) it waits until the map zooms in towards them.
 */
import type { FilterSpecification } from 'maplibre-gl';
import { EMPTY_FILTERS, type FilterState } from '../domain/filters';
import { ZONE_LABEL_MIN_ZOOM } from '../domain/zoneTiles';
import type { MapLike } from './diffedMap';
import { filterExpression } from './filterExpression';
import { LABEL_LAYERS, ZONE_LABEL_LAYER } from './layers';

/** How far below the labels' first zoom their filter is set: their tiles are ready when they show. */
const LEAD_ZOOM = 0.5;

/** The label layer's own filter (label points only); the user's filter is ANDed onto it. */
const BASE_FILTER = (LABEL_LAYERS.find((l) => l.id === ZONE_LABEL_LAYER) as { filter: FilterSpecification })
  .filter;

export class LabelFilter {
  /** The filter the layer has; it starts unfiltered. */
  private applied: FilterState = EMPTY_FILTERS;

  constructor(private readonly map: Pick<MapLike, 'getZoom' | 'setFilter'>) {}

  /** Gives the label layer `filter`, unless it has it or the map is too far out to draw labels. */
  apply(filter: FilterState): void {
    if (filter === this.applied || this.map.getZoom() < ZONE_LABEL_MIN_ZOOM - LEAD_ZOOM) return;
    this.map.setFilter(ZONE_LABEL_LAYER, [
      'all',
      BASE_FILTER,
      filterExpression(filter),
    ] as FilterSpecification);
    this.applied = filter;
  }
}
