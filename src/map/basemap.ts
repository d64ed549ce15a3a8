/**
 * The base map under our layers: the bundled one, or an online one the user chose (OpenStreetMap's
 * raster tiles, or OpenFreeMap's vector map). Nothing is requested from an online map's host until it
 * is shown. Its requests go through `onlineFetch`, and src/domain/basemapHealth.ts decides when it
 * has failed: then the store falls back to the bundled map and says so once, in plain words.
 */
import { addProtocol, removeProtocol, type SourceSpecification } from 'maplibre-gl';
import { type Basemap, type OnlineBasemap } from '../domain/basemap';
import {
  checkHang,
  type FallbackReason,
  type Health,
  HEALTH,
  NEW_HEALTH,
  type Outcome,
  requested,
  settled,
} from '../domain/basemapHealth';
import type { AppStore } from '../store';
import type { Binder } from './binder';
import { type LayerId, type LayerSpec, type OnlineLayerId, OSM_LAYER } from './layerIds';
import {
  fetchOnline,
  fromProtocol,
  ONLINE_PROTOCOL,
  OnlineFailure,
  parseJson,
  viaProtocol,
} from './onlineFetch';
import {
  adaptStyle,
  nameExpression,
  OFM_SOURCE,
  OFM_STYLE_URL,
  parseStyle,
  parseTileJson,
} from './openFreeMap';
import { ONLINE_SOURCE_PREFIX, type ZoneMap } from './ZoneMap';

export const OSM_SOURCE = `${ONLINE_SOURCE_PREFIX}osm`;
export { OSM_LAYER };
const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">OpenStreetMap contributors</a>';

/** Our layers an online map draws better: hidden while one shows (the roads too, via bindStore). */
export const OFFLINE_ONLY_LAYERS = [
  'neighbours-fill',
  'hanoi-fill',
  'airport-fill',
  'red-river-fill',
  'red-river-line',
  'rivers-line',
  'red-river-label',
  'red-river-line-label',
  'rivers-label',
  'places-label',
  'airport-label',
] as const satisfies readonly LayerId[];
/** Online layers go just above our background, under everything else of ours. */
const BELOW: LayerId = 'neighbours-fill';
const RETRY_DELAY_MS = 500;
const HANG_CHECK_MS = 1000;

type Drawn = {
  source: SourceSpecification;
  sourceId: string;
  layers: LayerSpec[];
  nameLayers: OnlineLayerId[];
};

/** One showing of an online map: its requests, its health, what it added to the map. */
type Session = {
  basemap: OnlineBasemap;
  health: Health;
  abort: AbortController;
  ticker: ReturnType<typeof setInterval>;
  drawn: Drawn | null;
};

const REASON: Record<Exclude<Outcome, 'ok'>, FallbackReason> = {
  failed: 'unreachable',
  timeout: 'timeout',
  portal: 'portal',
};

const delay = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });

function osmDrawn(): Drawn {
  return {
    sourceId: OSM_SOURCE,
    source: {
      type: 'raster',
      tiles: [viaProtocol(OSM_TILES)],
      tileSize: 256,
      maxzoom: 19,
      attribution: OSM_ATTRIBUTION,
    },
    layers: [{ id: OSM_LAYER, type: 'raster', source: OSM_SOURCE }],
    nameLayers: [],
  };
}

export const bindBasemap: Binder = (adapter: ZoneMap, store: AppStore) => {
  let session: Session | null = null;
  let shown: Basemap = 'offline';
  let lang = store.getState().lang;

  const fallBack = (s: Session, reason: FallbackReason) => {
    if (s !== session) return;
    store.getState().basemapFailed(s.basemap, reason);
  };
  const record = (s: Session, outcome: Outcome) => {
    if (s !== session || s.health.verdict) return;
    s.health = settled(s.health, outcome);
    if (s.health.verdict) fallBack(s, s.health.verdict);
  };

  // MapLibre asks for basemap://…; a request of an ended showing is cancelled, never counted.
  addProtocol(ONLINE_PROTOCOL, async (params, abortController) => {
    const s = session;
    if (!s) throw new DOMException('aborted', 'AbortError');
    s.health = requested(s.health, performance.now());
    for (let attempt = 0; ; attempt++) {
      try {
        const data = await fetchOnline(fromProtocol(params.url), {
          signal: abortController.signal,
          timeoutMs: HEALTH.requestTimeoutMs,
        });
        record(s, 'ok');
        return { data };
      } catch (e) {
        if (!(e instanceof OnlineFailure)) throw e;
        // One retry for a failed tile: an isolated failure is not the network going away.
        if (e.outcome === 'failed' && attempt === 0) {
          await delay(RETRY_DELAY_MS, abortController.signal);
          continue;
        }
        record(s, e.outcome);
        throw e;
      }
    }
  });

  const draw = (s: Session, drawn: Drawn) =>
    adapter.whenLoaded(() => {
      if (s !== session) return;
      // A layer the style rejects is left out; without its source there is no map to show.
      adapter.collectErrors(() => {
        adapter.addSource(drawn.sourceId, drawn.source);
        adapter.addLayers(drawn.layers, [BELOW]);
      });
      if (!adapter.hasSource(drawn.sourceId)) return fallBack(s, 'style');
      s.drawn = drawn;
    });

  const loadOpenFreeMap = async (s: Session) => {
    const get = async (url: string) =>
      parseJson(await fetchOnline(url, { signal: s.abort.signal, timeoutMs: HEALTH.firstTileMs }));
    try {
      const style = parseStyle(await get(OFM_STYLE_URL));
      const tileJson = parseTileJson(await get(style.tileJsonUrl));
      if (s === session) draw(s, { sourceId: OFM_SOURCE, ...adaptStyle(style, tileJson, lang) });
    } catch (e) {
      if (s.abort.signal.aborted) return;
      fallBack(s, e instanceof OnlineFailure ? REASON[e.outcome] : 'style');
    }
  };

  const end = (s: Session) => {
    s.abort.abort();
    clearInterval(s.ticker);
    const drawn = s.drawn;
    if (!drawn) return;
    adapter.removeLayers(drawn.layers.map((l) => l.id));
    adapter.removeSource(drawn.sourceId);
  };

  const start = (basemap: OnlineBasemap) => {
    const s: Session = {
      basemap,
      health: NEW_HEALTH,
      abort: new AbortController(),
      ticker: setInterval(() => {
        if (s !== session || s.health.verdict) return;
        s.health = checkHang(s.health, performance.now());
        if (s.health.verdict) fallBack(s, s.health.verdict);
      }, HANG_CHECK_MS),
      drawn: null,
    };
    session = s;
    if (basemap === 'osm') draw(s, osmDrawn());
    else void loadOpenFreeMap(s);
  };

  const apply = () => {
    const state = store.getState();
    if (state.lang !== lang) {
      lang = state.lang;
      for (const id of session?.drawn?.nameLayers ?? [])
        adapter.setLayout(id, 'text-field', nameExpression(lang));
    }
    if (state.basemap === shown) return;
    shown = state.basemap;
    const want = shown;
    if (session) end(session);
    session = null;
    if (want !== 'offline') start(want);
    for (const layer of OFFLINE_ONLY_LAYERS) adapter.setLayerShown(layer, want === 'offline');
  };
  apply();
  const unsubscribe = store.subscribe(apply);
  return () => {
    unsubscribe();
    if (session) end(session);
    session = null;
    removeProtocol(ONLINE_PROTOCOL);
  };
};
