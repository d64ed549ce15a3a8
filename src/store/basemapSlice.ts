/**
 * The base map: what is shown, the visitor's own choice (kept in localStorage), the deployer's
 * default, and an online map a shared link asked for that the visitor has not accepted yet.
 */
import type { StateCreator } from 'zustand';
import {
  type Basemap,
  deployerDefault,
  linkBasemap,
  type OnlineBasemap,
  PROVIDERS,
  readBasemapChoice,
  writeBasemapChoice,
} from '../domain/basemap';
import type { FallbackReason } from '../domain/basemapHealth';
import type { AppState } from './index';

/** Set at build time; unset in every test, so the bundled map is the default there. */
export const DEFAULT_BASEMAP: Basemap = deployerDefault(import.meta.env.VITE_DEFAULT_BASEMAP);

export type BasemapSlice = {
  basemap: Basemap;
  /** An online map a link asked for, waiting for the visitor's yes or no. */
  basemapOffer: OnlineBasemap | null;
  /** The visitor picks a base map: shown, and kept for later visits. */
  chooseBasemap: (basemap: Basemap) => void;
  /** A link (or Back/Forward) names a base map, or none: see `linkBasemap`. */
  applyLinkBasemap: (link: Basemap | null) => void;
  answerBasemapOffer: (accept: boolean) => void;
  /** The online map failed: back to the bundled map, with one notice. The visitor's choice is kept. */
  basemapFailed: (basemap: OnlineBasemap, reason: FallbackReason) => void;
};

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

/** The visitor's own base map: their stored choice, else the deployer's default. */
export const ownBasemap = (): Basemap => readBasemapChoice(storage()) ?? DEFAULT_BASEMAP;

export const createBasemapSlice: StateCreator<AppState, [], [], BasemapSlice> = (set, get) => ({
  basemap: ownBasemap(),
  basemapOffer: null,
  chooseBasemap: (basemap) => {
    writeBasemapChoice(storage(), basemap);
    set({ basemap, basemapOffer: null });
  },
  applyLinkBasemap: (link) => {
    const { basemap, offer } = linkBasemap(link, ownBasemap());
    set({ basemap, basemapOffer: offer });
  },
  answerBasemapOffer: (accept) => {
    const offer = get().basemapOffer;
    if (offer && accept) get().chooseBasemap(offer);
    else set({ basemapOffer: null });
  },
  basemapFailed: (basemap, reason) => {
    const s = get();
    if (s.basemap !== basemap) return;
    set({ basemap: 'offline' });
    s.notify({ key: `basemap.fallback.${reason}`, params: { provider: PROVIDERS[basemap].name } });
  },
});
