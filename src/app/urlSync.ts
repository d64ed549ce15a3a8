/**
 * Keeps the URL and the store in step. Meaningful changes (filters, zone, language, layers, the
 * choropleth) push a history entry; camera moves, the tab, the list's order and the pins only replace
 * the current one, so Back and Forward step through what the user did rather than every pan or tab.
 * Unknown values in a URL are ignored with a quiet notice. A link's pins are shown without
 * overwriting the visitor's stored shortlist; Back and Forward leave the pins as they are.
 */
import type { FilterState } from '../domain/filters';
import { DEFAULT_SORT } from '../domain/sortZones';
import {
  defaultTab,
  PANEL_IDS,
  type PanelId,
  echoIgnored,
  parseUrlState,
  serializeUrlState,
  type UrlLayer,
  type UrlState,
  URL_LAYERS,
} from '../domain/urlState';
import { detectLang } from '../i18n/detect';
import type { AppState, AppStore } from '../store';
import { DEFAULT_BASEMAP } from '../store/basemapSlice';
import { DEFAULT_LAYERS } from '../store/viewSlice';

function toUrlState(s: AppState): UrlState {
  const layers = URL_LAYERS.filter((l) => s.layers[l]);
  const layersAreDefault = URL_LAYERS.every((l) => s.layers[l] === DEFAULT_LAYERS[l]);
  return {
    camera: s.camera,
    filters: s.filters,
    zone: s.selection?.id ?? null,
    lang: s.lang,
    layers: layersAreDefault ? null : layers,
    fit: s.fit,
    tab: (PANEL_IDS as readonly string[]).includes(s.activePanel) ? (s.activePanel as PanelId) : null,
    choropleth: s.choropleth.on ? { unit: s.choropleth.unit, measure: s.choropleth.measure } : null,
    pins: [...s.pinned],
    sort: s.listSort,
    // Named when it differs from this site's default, so a link shows every visitor the same map (or
    // offers it); while the visitor has not answered an offer, the link keeps asking for its map.
    basemap: s.basemapOffer ?? (s.basemap === DEFAULT_BASEMAP ? null : s.basemap),
    tiles: s.tiles,
  };
}

/** The part of the URL whose change deserves its own history entry. */
const meaningful = (u: UrlState) =>
  serializeUrlState({ ...u, camera: null, tab: null, pins: null, sort: null });

function applyUrlState(
  store: AppStore,
  u: UrlState,
  browserLanguages: readonly string[],
  initial: boolean,
): void {
  const s = store.getState();
  s.setLang(detectLang(u.lang, browserLanguages));
  s.setFilters(u.filters);
  s.setFit(u.fit);
  s.setActivePanel(u.tab ?? defaultTab(u.fit));
  s.setChoropleth(u.choropleth ? { on: true, ...u.choropleth } : { on: false });
  s.setListSort(u.sort ?? DEFAULT_SORT);
  s.setTiles(u.tiles ?? null);
  s.setLayers(
    u.layers
      ? (Object.fromEntries(URL_LAYERS.map((l) => [l, u.layers!.includes(l)])) as Record<UrlLayer, boolean>)
      : DEFAULT_LAYERS,
  );
  // Opening a link without a base map shows the visitor's own; Back to such an entry, this site's
  // default (the entry was made while it showed). An online map the visitor has not chosen is offered.
  s.applyLinkBasemap(u.basemap ?? (initial ? null : DEFAULT_BASEMAP));
  // With no camera in the link, show the linked zone.
  s.select(u.zone, { fly: !u.camera });
  if (u.camera) {
    if (s.camera) s.requestCamera({ camera: u.camera });
    else s.setCamera(u.camera);
  }
}

/**
 * Drops ids the data does not know (a zone, district, commune or pin), saying which. Only the unknown
 * ids go: the rest of a list stays. Pins from the link are named like any link value; pins from the
 * browser's storage are counted, and the stored list is corrected.
 */
function dropUnknownIds(store: AppStore, linkPins: readonly string[] | null): string[] {
  const s = store.getState();
  if (s.data.status !== 'ready') return [];
  const ignored: string[] = [];
  if (s.selection && !s.data.zones.some((z) => z.properties.id === s.selection!.id)) {
    ignored.push(`zone=${s.selection.id}`);
    s.select(null);
  }
  const known = {
    districts: new Set(s.data.places.districts.map((d) => d.id)),
    communes: new Set(s.data.places.communes.map((c) => c.id)),
  };
  let filters: FilterState = s.filters;
  for (const group of ['districts', 'communes'] as const) {
    const kept = filters[group].filter((id) => known[group].has(id));
    if (kept.length !== filters[group].length) {
      for (const id of filters[group]) if (!known[group].has(id)) ignored.push(`${group.slice(0, -1)}=${id}`);
      filters = { ...filters, [group]: kept };
    }
  }
  if (filters !== s.filters) s.setFilters(filters);
  const zones = new Set(s.data.zones.map((z) => z.properties.id));
  const unknownPins = s.pinned.filter((id) => !zones.has(id));
  if (unknownPins.length) {
    const fromLink = linkPins !== null;
    s.setPinned(
      s.pinned.filter((id) => zones.has(id)),
      { save: !fromLink },
    );
    if (fromLink) for (const id of unknownPins) ignored.push(`pins=${id}`);
    else s.notify({ key: 'shortlist.unknown', params: { count: unknownPins.length } });
  }
  return ignored;
}

export function startUrlSync(store: AppStore, win: Window = window): () => void {
  const browserLanguages = win.navigator.languages ?? [win.navigator.language];
  const notifyIgnored = (ignored: string[]) => {
    const { shown, more } = echoIgnored(ignored);
    if (!shown.length) return;
    const s = store.getState();
    const values = shown.join(', ');
    // The total comes first, so it shows even when a long notice is cut.
    s.notify(
      more
        ? { key: 'url.ignoredMore', params: { values, count: more, total: shown.length + more } }
        : { key: 'url.ignored', params: { values } },
      'info',
      true,
    );
  };

  const initial = parseUrlState(win.location.search);
  // The zone tile tree is chosen once, when the page opens (the data loads from it).
  store.getState().setTiles(initial.state.tiles ?? null);
  applyUrlState(store, initial.state, browserLanguages, true);
  // A link's pins are shown, not stored: the visitor's own shortlist is overwritten only when they pin.
  if (initial.state.pins !== null) store.getState().setPinned(initial.state.pins, { save: false });
  notifyIgnored(initial.ignored);

  // Components make links from the store's copy of the address: only this module reads window.location.
  // Set after the change that moved it, in a task of its own: a second store update inside a filter
  // change would run every subscriber again in the same long task.
  let shareTimer: ReturnType<typeof setTimeout> | undefined;
  const sharePageUrl = () => {
    if (shareTimer !== undefined) return;
    shareTimer = setTimeout(() => {
      shareTimer = undefined;
      if (store.getState().pageUrl !== win.location.href) store.getState().setPageUrl(win.location.href);
    }, 0);
  };
  let applying = false;
  let lastMeaningful = meaningful(toUrlState(store.getState()));
  let checkedIds = false;
  const unsubscribe = store.subscribe((s) => {
    if (!checkedIds && s.data.status === 'ready') {
      checkedIds = true;
      notifyIgnored(dropUnknownIds(store, initial.state.pins));
    }
    if (applying) return;
    const u = toUrlState(store.getState());
    const url = `${win.location.pathname}${serializeUrlState(u)}${win.location.hash}`;
    if (url === `${win.location.pathname}${win.location.search}${win.location.hash}`) return sharePageUrl();
    const m = meaningful(u);
    if (m !== lastMeaningful) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
    lastMeaningful = m;
    sharePageUrl();
  });
  store.getState().setPageUrl(win.location.href);

  const onPop = () => {
    applying = true;
    try {
      const { state, ignored } = parseUrlState(win.location.search);
      applyUrlState(store, state, browserLanguages, false);
      lastMeaningful = meaningful(toUrlState(store.getState()));
      notifyIgnored(ignored);
    } finally {
      applying = false;
    }
    sharePageUrl();
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    clearTimeout(shareTimer);
    win.removeEventListener('popstate', onPop);
  };
}
