/**
 * The one object that owns the MapLibre map. The app pushes plain data in through setters; each
 * setter remembers what it last applied and does nothing when nothing changed. Until the style has
 * loaded, setters only record what is wanted; `load` applies it.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type {
  FilterSpecification,
  GeoJSONSource,
  LayerSpecification,
  SourceSpecification,
  Map as MapLibreMap,
  MapGeoJSONFeature,
  MapMouseEvent,
} from 'maplibre-gl';
import { EMPTY_FILTERS, type FilterState } from '../domain/filters';
import { alreadyFramed, FRAMING, type Padding } from '../domain/framing';
import type { BBox } from '../domain/geo';
import type { Lang } from '../domain/lang';
import { ZONE_LABEL_MIN_ZOOM } from '../domain/zoneTiles';
import { LOCALISED_LABELS } from './baseLabelLayers';
import { filterExpression } from './filterExpression';
import {
  LABEL_LAYERS,
  type LayerGroup,
  STACK_SOURCE,
  statusOpacityPaint,
  TOGGLEABLE_LAYERS,
  ZONE_DOT_LAYER,
  ZONE_HIT_LAYERS,
  ZONE_LABEL_LAYER,
  ZONE_LABEL_SOURCE,
  ZONE_RING_LAYER,
  ZONE_SOURCE,
} from './layers';
import { hiddenChanges, hiddenOf, labelPointsOf, zoneIdsOf } from './paintFilter';

/** The part of MapLibre's Map the adapter uses: a fake that records calls can stand in for it. */
export type MapLike = Pick<
  MapLibreMap,
  | 'on'
  | 'off'
  | 'getSource'
  | 'setFilter'
  | 'setFeatureState'
  | 'removeFeatureState'
  | 'setLayoutProperty'
  | 'queryRenderedFeatures'
  | 'flyTo'
  | 'fitBounds'
  | 'cameraForBounds'
  | 'project'
  | 'getCenter'
  | 'getZoom'
  | 'getBearing'
  | 'getCanvas'
  | 'remove'
  | 'addSource'
  | 'addLayer'
  | 'getLayer'
  | 'removeLayer'
  | 'removeSource'
  | 'setPaintProperty'
  | 'moveLayer'
>;

export type ZoneMapHandlers = {
  onZoneClick: (id: string) => void;
  /** Several zones under one click (a shared point, overlapping shapes): the user chooses. */
  onZoneChoice: (ids: string[], point: { x: number; y: number }) => void;
  onMoveEnd: (camera: { center: [number, number]; zoom: number }) => void;
  onError: (message: string) => void;
};

type ZoneData = FeatureCollection<Geometry>;
type LayoutProp = Parameters<MapLibreMap['setLayoutProperty']>[1];
type PaintProp = Parameters<MapLibreMap['setPaintProperty']>[1];
type LayoutValue = Parameters<MapLibreMap['setLayoutProperty']>[2];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];

/** Sources of the online base maps: their failures are not reported as map errors. */
export const ONLINE_SOURCE_PREFIX = 'online-';

/** A framed zone is never shown closer than this: its surroundings stay in view. */
const FRAME_MAX_ZOOM = FRAMING.maxZoom;
/** A resize this soon after a frame (a bottom sheet opening) frames again. */
const REFRAME_AFTER_RESIZE_MS = 1500;

/** The label layer's own filter (label points only); the user's filter is ANDed onto it. */
const LABEL_BASE_FILTER = (
  LABEL_LAYERS.find((l) => l.id === ZONE_LABEL_LAYER) as { filter: FilterSpecification }
).filter;

/** How far below the labels' first zoom their filter is set: their tiles are ready when they show. */
const LABEL_FILTER_LEAD_ZOOM = 0.5;

const HIT_SLACK_PX = 4;
const POINT_LAYERS: readonly string[] = [ZONE_DOT_LAYER, ZONE_RING_LAYER];

/**
 * The zones a click is on, as the user sees them: symbols are drawn over shapes, so a symbol hit
 * wins over the shape under it; among the rest, the smallest first (it is drawn on top).
 */
export function zonesUnder(hits: readonly Pick<MapGeoJSONFeature, 'properties' | 'layer'>[]): string[] {
  const onPoints = hits.filter((h) => POINT_LAYERS.includes(h.layer.id));
  const chosen = onPoints.length ? onPoints : hits;
  const sorted = [...chosen].sort((a, b) => Number(a.properties.size) - Number(b.properties.size));
  return [...new Set(sorted.map((h) => String(h.properties.id)))];
}

export class ZoneMap {
  private loaded = false;
  private loadCallbacks: (() => void)[] = [];
  private want: {
    zones: ZoneData | null;
    stacks: ZoneData | null;
    filter: FilterState;
    visible: ReadonlySet<string> | null;
    selected: string | null;
    focused: string | null;
    lang: Lang;
    layers: Partial<Record<LayerGroup, boolean>>;
  } = {
    zones: null,
    stacks: null,
    filter: EMPTY_FILTERS,
    visible: null,
    selected: null,
    focused: null,
    lang: 'vi',
    layers: {},
  };
  private applied: {
    zones?: ZoneData;
    stacks?: ZoneData;
    filter?: FilterState;
    visible?: ReadonlySet<string> | null;
    /** The zones that carry feature-state `hidden` now. */
    hidden: Set<string>;
    selected?: string | null;
    focused?: string | null;
    lang?: Lang;
    layers: Partial<Record<LayerGroup, boolean>>;
  } = {
    hidden: new Set(),
    layers: {},
  };
  /** Each zone id of the applied zones, once. */
  private zoneIds: string[] = [];
  /** What the feature layers' setters last applied, per source, layer and property. */
  private appliedData = new Map<string, unknown>();
  private appliedProps = new Map<string, unknown>();
  private reportedErrors = new Set<string>();
  /** What covers the map (panels, legend), as padding; MapView measures the page. */
  private padding: () => Padding = () => ({ top: 24, right: 24, bottom: 24, left: 24 });
  private lastFrame: { frame: BBox; at: number } | null = null;
  private collected: string[] | null = null;
  /** The filter the label layer has (see applyLabelFilter); the layer starts unfiltered. */
  private labelFilter: FilterState = EMPTY_FILTERS;

  constructor(
    /** Feature modules in src/map/ add their own sources and layers through this, after `whenLoaded`. */
    readonly map: MapLike,
    private readonly handlers: ZoneMapHandlers,
  ) {
    map.on('load', () => {
      this.loaded = true;
      this.sync();
      for (const cb of this.loadCallbacks.splice(0)) cb();
    });
    map.on('click', (e: MapMouseEvent) => this.handleClick(e));
    map.on('moveend', () => {
      const c = map.getCenter();
      handlers.onMoveEnd({ center: [c.lng, c.lat], zoom: map.getZoom() });
    });
    // A pointer over a zone that is drawn; hidden zones are still in the tiles, so ask the hits.
    map.on('mousemove', (e: MapMouseEvent) => {
      const over =
        this.loaded &&
        this.visibleHits(this.map.queryRenderedFeatures(e.point, { layers: [...ZONE_HIT_LAYERS] })).length >
          0;
      const canvas = map.getCanvas();
      if (canvas.style.cursor !== (over ? 'pointer' : '')) canvas.style.cursor = over ? 'pointer' : '';
    });
    map.on('zoom', () => {
      if (this.loaded) this.applyLabelFilter();
    });
    map.on('resize', () => {
      const last = this.lastFrame;
      if (last && performance.now() - last.at < REFRAME_AFTER_RESIZE_MS)
        map.fitBounds(last.frame, { padding: this.padding(), maxZoom: FRAME_MAX_ZOOM });
    });
    map.on('error', (e) => {
      const sourceId = (e as { sourceId?: string }).sourceId;
      const message = e.error?.message ?? 'unknown error';
      // The online base maps judge their own failures (src/map/basemap.ts) and say so in plain words.
      if (sourceId?.startsWith(ONLINE_SOURCE_PREFIX)) return;
      if (this.collected) return void this.collected.push(message);
      const key = sourceId ?? message;
      if (this.reportedErrors.has(key)) return;
      this.reportedErrors.add(key);
      handlers.onError(sourceId ? `${sourceId}: ${message}` : message);
    });
  }

  /** Runs `cb` once the style has loaded (at once if it already has). */
  whenLoaded(cb: () => void): void {
    if (this.loaded) cb();
    else this.loadCallbacks.push(cb);
  }

  setZones(zones: ZoneData): void {
    this.want.zones = zones;
    this.sync();
  }

  /** Points where several zones sit, with how many pass the filters (src/domain/stacks.ts). */
  setStacks(stacks: ZoneData): void {
    this.want.stacks = stacks;
    this.sync();
  }

  /** The filter: it chooses the labels drawn and, with a year, the fill strength. */
  setFilter(filter: FilterState): void {
    this.want.filter = filter;
    this.sync();
  }

  /**
   * The zones the filters let through (the list's set): the others are hidden on the paint side,
   * without re-tiling. `null` (not known yet) hides nothing.
   */
  setVisibleZones(ids: ReadonlySet<string> | null): void {
    this.want.visible = ids;
    this.sync();
  }

  setSelected(id: string | null): void {
    this.want.selected = id;
    this.sync();
  }

  /** The zone a keyboard user has stepped to on the map: ringed until they open it or move on. */
  setFocused(id: string | null): void {
    this.want.focused = id;
    this.sync();
  }

  /**
   * A feature's own source (choropleth, fit rings, user layers...), added once. Like every setter
   * below, it waits for the style, and does nothing when nothing changed.
   */
  addSource(id: string, spec: SourceSpecification): void {
    this.whenLoaded(() => {
      if (!this.map.getSource(id)) this.map.addSource(id, spec);
    });
  }

  /** A feature's own layer, added once, under `before` (the first of them the map has). */
  addLayer(spec: LayerSpecification, before: readonly string[] = []): void {
    this.whenLoaded(() => {
      if (this.map.getLayer(spec.id)) return;
      this.map.addLayer(
        spec,
        before.find((id) => this.map.getLayer(id)),
      );
    });
  }

  /** New data for a GeoJSON source; the same object again is nothing new. */
  setSourceData(id: string, data: FeatureCollection | Geometry | Feature): void {
    this.whenLoaded(() => {
      if (this.appliedData.get(id) === data) return;
      this.map.getSource<GeoJSONSource>(id)?.setData(data);
      this.appliedData.set(id, data);
    });
  }

  /** Shows or hides one layer. */
  setLayerShown(layer: string, shown: boolean): void {
    this.setLayout(layer, 'visibility', shown ? 'visible' : 'none');
  }

  /** One layout property of one layer; an equal value (same object or same JSON) is no change. */
  setLayout(layer: string, prop: LayoutProp, value: LayoutValue): void {
    this.setProp('layout', layer, prop, value, () => this.map.setLayoutProperty(layer, prop, value));
  }

  /** One paint property of one layer; an equal value (same object or same JSON) is no change. */
  setPaint(layer: string, prop: PaintProp, value: PaintValue): void {
    this.setProp('paint', layer, prop, value, () => this.map.setPaintProperty(layer, prop, value));
  }

  private setProp(kind: string, layer: string, prop: string, value: unknown, apply: () => void): void {
    this.whenLoaded(() => {
      const key = `${kind}\u0000${layer}\u0000${prop}`;
      const before = this.appliedProps.get(key);
      if (
        this.appliedProps.has(key) &&
        (before === value || JSON.stringify(before) === JSON.stringify(value))
      )
        return;
      apply();
      this.appliedProps.set(key, value);
    });
  }

  /** The ids of the zones drawn in the current view, each once. */
  zonesInView(): string[] {
    if (!this.loaded) return [];
    const hits = this.visibleHits(this.map.queryRenderedFeatures({ layers: [...ZONE_HIT_LAYERS] }));
    return [...new Set(hits.map((h) => String(h.properties.id)))];
  }

  setLanguage(lang: Lang): void {
    this.want.lang = lang;
    this.sync();
  }

  setLayerVisible(group: LayerGroup, visible: boolean): void {
    this.want.layers = { ...this.want.layers, [group]: visible };
    this.sync();
  }

  /** Moves the camera; without `exact`, never zooms out from where the user already is. */
  flyTo(target: { center: [number, number]; zoom?: number; exact?: boolean } | { bounds: BBox }): void {
    if ('bounds' in target) this.map.fitBounds(target.bounds, { padding: 60, maxZoom: 15 });
    else
      this.map.flyTo({
        center: target.center,
        zoom: target.exact
          ? (target.zoom ?? this.map.getZoom())
          : Math.max(target.zoom ?? 13, this.map.getZoom()),
      });
  }

  /** Runs `fn`; the map errors it causes (a layer the style rejects) are returned, not reported. */
  collectErrors(fn: () => void): string[] {
    const collected: string[] = [];
    this.collected = collected;
    try {
      fn();
    } finally {
      this.collected = null;
    }
    return collected;
  }

  /** How to learn what covers the map, as padding for frames. */
  setCoverPadding(padding: () => Padding): void {
    this.padding = padding;
  }

  /**
   * Shows `frame` (a zone with its surroundings) in the part of the map nothing covers, unless
   * `extent` (the zone itself) is already in that part at about the same zoom.
   */
  frame(frame: BBox, extent: BBox): void {
    const padding = this.padding();
    const camera = this.map.cameraForBounds(frame, { padding, maxZoom: FRAME_MAX_ZOOM });
    if (camera?.zoom === undefined) return;
    const canvas = this.map.getCanvas();
    const corners = [this.map.project([extent[0], extent[1]]), this.map.project([extent[2], extent[3]])];
    const inView = corners.every(
      (p) =>
        p.x >= padding.left &&
        p.x <= canvas.clientWidth - padding.right &&
        p.y >= padding.top &&
        p.y <= canvas.clientHeight - padding.bottom,
    );
    if (alreadyFramed({ inView, zoom: this.map.getZoom() }, camera.zoom)) return;
    this.map.fitBounds(frame, { padding, maxZoom: FRAME_MAX_ZOOM });
    this.lastFrame = { frame, at: performance.now() };
  }

  destroy(): void {
    this.map.remove();
  }

  private handleClick(e: MapMouseEvent): void {
    const { x, y } = e.point;
    // A few pixels of slack, so a finger's tap on a small symbol still counts.
    const box: [[number, number], [number, number]] = [
      [x - HIT_SLACK_PX, y - HIT_SLACK_PX],
      [x + HIT_SLACK_PX, y + HIT_SLACK_PX],
    ];
    const ids = zonesUnder(
      this.visibleHits(this.map.queryRenderedFeatures(box, { layers: [...ZONE_HIT_LAYERS] })),
    );
    if (ids.length === 1) this.handlers.onZoneClick(ids[0]!);
    else if (ids.length > 1) this.handlers.onZoneChoice(ids, { x, y });
  }

  /** Hits on zones the filters hide are not hits: those zones are in the tiles, but not drawn. */
  private visibleHits<T extends Pick<MapGeoJSONFeature, 'properties'>>(hits: T[]): T[] {
    const { hidden } = this.applied;
    return hidden.size ? hits.filter((h) => !hidden.has(String(h.properties.id))) : hits;
  }

  /**
   * Labels take space from each other: a hidden zone's label goes from the layout, not the paint.
   * A layout filter re-tiles the labels and costs a frame of its own, so while the map is zoomed out
   * beyond the labels' zooms (where none is drawn) it waits until the map zooms in towards them.
   */
  private applyLabelFilter(): void {
    const filter = this.want.filter;
    if (filter === this.labelFilter || this.map.getZoom() < ZONE_LABEL_MIN_ZOOM - LABEL_FILTER_LEAD_ZOOM)
      return;
    this.map.setFilter(ZONE_LABEL_LAYER, [
      'all',
      LABEL_BASE_FILTER,
      filterExpression(filter),
    ] as FilterSpecification);
    this.labelFilter = filter;
  }

  private sync(): void {
    if (!this.loaded) return;
    const { want, applied, map } = this;
    if (want.zones && want.zones !== applied.zones) {
      map.getSource<GeoJSONSource>(ZONE_SOURCE)?.setData(want.zones);
      map.getSource<GeoJSONSource>(ZONE_LABEL_SOURCE)?.setData(labelPointsOf(want.zones));
      applied.zones = want.zones;
      this.zoneIds = zoneIdsOf(want.zones);
      // New data starts from no feature-state: hidden, selected and focused are set again below.
      map.removeFeatureState({ source: ZONE_SOURCE });
      applied.hidden = new Set();
      applied.visible = undefined;
      applied.selected = undefined;
      applied.focused = undefined;
    }
    if (want.stacks && want.stacks !== applied.stacks) {
      map.getSource<GeoJSONSource>(STACK_SOURCE)?.setData(want.stacks);
      applied.stacks = want.stacks;
    }
    if (want.visible !== applied.visible) {
      const next = hiddenOf(this.zoneIds, want.visible);
      const { hide, show } = hiddenChanges(applied.hidden, next);
      for (const id of hide) map.setFeatureState({ source: ZONE_SOURCE, id }, { hidden: true });
      for (const id of show) map.setFeatureState({ source: ZONE_SOURCE, id }, { hidden: false });
      applied.hidden = next;
      applied.visible = want.visible;
    }
    this.applyLabelFilter();
    if (want.filter !== applied.filter) {
      // On the timeline, fill strength shows the status the zone had that year.
      if (want.filter.year !== (applied.filter?.year ?? null))
        for (const [layer, prop, value] of statusOpacityPaint(want.filter.year))
          map.setPaintProperty(layer, prop, value);
      applied.filter = want.filter;
    }
    for (const key of ['selected', 'focused'] as const) {
      if (want[key] === applied[key]) continue;
      const before = applied[key];
      if (before) map.removeFeatureState({ source: ZONE_SOURCE, id: before }, key);
      if (want[key]) map.setFeatureState({ source: ZONE_SOURCE, id: want[key] }, { [key]: true });
      applied[key] = want[key];
    }
    if (want.lang !== applied.lang) {
      map.setLayoutProperty(ZONE_LABEL_LAYER, 'text-field', ['get', `label_${want.lang}`]);
      for (const [layer, text] of Object.entries(LOCALISED_LABELS))
        map.setLayoutProperty(layer, 'text-field', text(want.lang));
      applied.lang = want.lang;
    }
    for (const [group, visible] of Object.entries(want.layers) as [LayerGroup, boolean][]) {
      if (applied.layers[group] === visible) continue;
      for (const layer of TOGGLEABLE_LAYERS[group])
        map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
      applied.layers[group] = visible;
    }
  }
}
