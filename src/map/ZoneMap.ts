/**
 * The one object that owns the MapLibre map. The app pushes plain data in through setters; each
 * setter remembers what it last applied and does nothing when nothing changed. Until the style has
 * loaded, setters only record what is wanted; `load` applies it. The zones' own state lives here; the
 * diffed primitives the features use are in diffedMap.ts, the one click handler in clickDispatch.ts,
 * the camera moves in camera.ts, the label layer's layout filter in labelFilter.ts.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { EMPTY_FILTERS, type FilterState } from '../domain/filters';
import type { Padding } from '../domain/framing';
import type { BBox } from '../domain/geo';
import type { Lang } from '../domain/lang';
import { LOCALISED_LABELS } from './baseLabelLayers';
import { CameraMoves, capturePrint, type FlyTarget, type PrintShot } from './camera';
import { ClickDispatch, type ClickRank, type ClickTarget, type MapClick, zonesUnder } from './clickDispatch';
import { DiffedMap, type MapLike } from './diffedMap';
import { LabelFilter } from './labelFilter';
import { MapErrors } from './mapErrors';
import {
  type LayerGroup,
  STACK_SOURCE,
  ZONE_FOCUS_SOURCE,
  ZONE_SELECTED_SOURCE,
  statusOpacityPaint,
  TOGGLEABLE_LAYERS,
  ZONE_HIT_LAYERS,
  ZONE_LABEL_LAYER,
  ZONE_LABEL_SOURCE,
  ZONE_SOURCE,
} from './layers';
import { hiddenChanges, hiddenOf, labelPointsOf, zoneFeaturesOf, zoneIdsOf } from './paintFilter';

export type { MapLike } from './diffedMap';
export type { PrintShot } from './camera';
export { zonesUnder } from './clickDispatch';

export type ZoneMapHandlers = {
  onZoneClick: (id: string) => void;
  /** Several zones under one click (a shared point, overlapping shapes): the user chooses. */
  onZoneChoice: (ids: string[], point: { x: number; y: number }) => void;
  onMoveEnd: (camera: { center: [number, number]; zoom: number }) => void;
  onError: (message: string) => void;
};

type ZoneData = FeatureCollection<Geometry>;

export { ONLINE_SOURCE_PREFIX } from './mapErrors';

const HIT_SLACK_PX = 4;

export class ZoneMap extends DiffedMap {
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
    /** The zone each overlay source holds, and the data it was taken from (null: empty). */
    overlays: Record<string, { id: string | null; from: ZoneData | null }>;
    lang?: Lang;
    layers: Partial<Record<LayerGroup, boolean>>;
  } = {
    hidden: new Set(),
    overlays: {},
    layers: {},
  };
  /** Each zone id of the applied zones, once. */
  private zoneIds: string[] = [];
  private readonly camera = new CameraMoves(this.map);
  private readonly errors: MapErrors;
  private readonly clicks: ClickDispatch;
  private readonly labelFilter = new LabelFilter(this.map);

  constructor(
    map: MapLike,
    private readonly handlers: ZoneMapHandlers,
  ) {
    super(map);
    this.clicks = new ClickDispatch(map);
    map.on('click', (e: MapClick) => this.clicks.dispatch(e));
    // Hanoi's zones come first: symbols over shapes, smallest first; hidden zones are no hits.
    this.clicks.add('zones', {
      layers: () => ZONE_HIT_LAYERS,
      slack: HIT_SLACK_PX,
      take: (hits, at) => {
        const ids = zonesUnder(this.visibleHits(hits));
        if (ids.length === 1) this.handlers.onZoneClick(ids[0]!);
        else if (ids.length > 1) this.handlers.onZoneChoice(ids, at.point);
        return ids.length > 0;
      },
      accepts: (hits) => this.visibleHits(hits).length > 0,
    });
    map.on('moveend', () => {
      const c = map.getCenter();
      handlers.onMoveEnd({ center: [c.lng, c.lat], zoom: map.getZoom() });
    });
    // A hand over whatever a click would open: a drawn zone (hidden ones are still in the tiles), an
    // imported feature, a tiled zone, a neighbouring province's site.
    map.on('mousemove', (e: MapMouseEvent) => {
      const over = this.loaded && this.clicks.hovers(e.point);
      const canvas = map.getCanvas();
      if (canvas.style.cursor !== (over ? 'pointer' : '')) canvas.style.cursor = over ? 'pointer' : '';
    });
    map.on('zoom', () => {
      if (this.loaded) this.labelFilter.apply(this.want.filter);
    });
    this.errors = new MapErrors(handlers.onError);
    map.on('error', (e) => this.errors.handle(e as { sourceId?: string; error?: { message?: string } }));
  }

  protected override onLoad(): void {
    this.sync();
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

  // The camera moves, in camera.ts.
  flyTo(target: FlyTarget): void {
    this.camera.flyTo(target);
  }
  show(bounds: BBox): void {
    this.camera.show(bounds);
  }
  frame(frame: BBox, extent: BBox): void {
    this.camera.frame(frame, extent);
  }
  setCoverPadding(padding: () => Padding): void {
    this.camera.setCoverPadding(padding);
  }

  /** Runs `fn`; the map errors it causes (a layer the style rejects) are returned, not reported. */
  collectErrors(fn: () => void): string[] {
    return this.errors.collect(fn);
  }

  /** The print sheet's map image (see `capturePrint`), once the style has loaded; returns a cancel. */
  capturePrint(bounds: BBox, aspect: number, done: (shot: PrintShot | null) => void): () => void {
    let cancel = () => {};
    let cancelled = false;
    this.whenLoaded(() => {
      if (!cancelled) cancel = capturePrint(this.map, bounds, aspect, done);
    });
    return () => {
      cancelled = true;
      cancel();
    };
  }

  /** Adds a click target at its rank in the one click dispatch (clickDispatch.ts); returns its removal. */
  onClick(rank: ClickRank, target: ClickTarget): () => void {
    return this.clicks.add(rank, target);
  }

  destroy(): void {
    this.map.remove();
  }

  /** Hits on zones the filters hide are not hits: those zones are in the tiles, but not drawn. */
  private visibleHits<T extends Pick<MapGeoJSONFeature, 'properties'>>(hits: T[]): T[] {
    const { hidden } = this.applied;
    return hidden.size ? hits.filter((h) => !hidden.has(String(h.properties.id))) : hits;
  }

  /** One zone drawn again on top from its own source: taken again when the zone changes or, while there is one, when new data comes. */
  private syncOverlay(source: string, id: string | null, role?: 'point'): void {
    const from = id === null ? null : this.want.zones;
    const was = this.applied.overlays[source] ?? { id: null, from: null };
    if (id === was.id && from === was.from) return;
    this.map.getSource<GeoJSONSource>(source)?.setData(zoneFeaturesOf(this.want.zones, id, role));
    this.applied.overlays[source] = { id, from };
  }

  private sync(): void {
    if (!this.loaded) return;
    const { want, applied, map } = this;
    if (want.zones && want.zones !== applied.zones) {
      map.getSource<GeoJSONSource>(ZONE_SOURCE)?.setData(want.zones);
      map.getSource<GeoJSONSource>(ZONE_LABEL_SOURCE)?.setData(labelPointsOf(want.zones));
      applied.zones = want.zones;
      this.zoneIds = zoneIdsOf(want.zones);
      // New data starts from no feature-state: hidden is set again below, and the selection and
      // the focus ring are taken from the new data.
      map.removeFeatureState({ source: ZONE_SOURCE });
      applied.hidden = new Set();
      applied.visible = undefined;
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
    this.labelFilter.apply(want.filter);
    if (want.filter !== applied.filter) {
      // On the timeline, fill strength shows the status the zone had that year.
      if (want.filter.year !== (applied.filter?.year ?? null))
        for (const [layer, prop, value] of statusOpacityPaint(want.filter.year))
          map.setPaintProperty(layer, prop, value);
      applied.filter = want.filter;
    }
    // A selected zone the filters hide is not drawn, like the zone itself.
    const selected = want.selected !== null && !applied.hidden.has(want.selected) ? want.selected : null;
    this.syncOverlay(ZONE_SELECTED_SOURCE, selected);
    this.syncOverlay(ZONE_FOCUS_SOURCE, want.focused, 'point');
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
