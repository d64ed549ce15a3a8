/**
 * Which base map the map draws: the bundled one (offline, the default) or one of two online maps a
 * user may choose. The choice is kept in the URL and in localStorage; a deployer may make an online
 * map the default. A shared link never turns on a third-party map by itself: the visitor is asked.
 * Pure: the store applies these decisions, src/map draws them.
 */
import { z } from 'zod';

export const BASEMAPS = ['offline', 'osm', 'openfreemap'] as const;
export type Basemap = (typeof BASEMAPS)[number];
export const BasemapSchema = z.enum(BASEMAPS);
export type OnlineBasemap = Exclude<Basemap, 'offline'>;

export const isOnline = (b: Basemap): b is OnlineBasemap => b !== 'offline';

/** Who serves each online map: shown when the visitor is asked, and in the README's policy. */
export const PROVIDERS: Record<OnlineBasemap, { name: string; host: string }> = {
  osm: { name: 'OpenStreetMap', host: 'tile.openstreetmap.org' },
  openfreemap: { name: 'OpenFreeMap', host: 'tiles.openfreemap.org' },
};

/**
 * The deployer's default (`VITE_DEFAULT_BASEMAP` at build time). Unset, empty or unknown: the
 * bundled map, so nothing leaves the machine unless the deployer or the user says so.
 */
export function deployerDefault(raw: unknown): Basemap {
  const r = BasemapSchema.safeParse(typeof raw === 'string' ? raw.trim() : raw);
  return r.success ? r.data : 'offline';
}

export const BASEMAP_KEY = 'hanoi-industrial-zones.basemap';
const StoredSchema = z.object({ version: z.literal(1), basemap: BasemapSchema }).strict();

/** The visitor's own choice from an earlier visit; null when none (or unreadable: then it is forgotten). */
export function readBasemapChoice(storage: Pick<Storage, 'getItem'> | null): Basemap | null {
  try {
    const raw = storage?.getItem(BASEMAP_KEY) ?? null;
    if (raw === null) return null;
    const r = StoredSchema.safeParse(JSON.parse(raw));
    return r.success ? r.data.basemap : null;
  } catch {
    return null;
  }
}

/** Keeps the visitor's choice; false when storage refused. */
export function writeBasemapChoice(storage: Pick<Storage, 'setItem'> | null, basemap: Basemap): boolean {
  try {
    if (!storage) return false;
    storage.setItem(BASEMAP_KEY, JSON.stringify({ version: 1, basemap }));
    return true;
  } catch {
    return false;
  }
}

/**
 * What to show when a link names a base map. The visitor's own choice (else the deployer's default)
 * stands; a link may switch to the bundled map, or to the online map the visitor already uses, but
 * any other online map is only offered: the visitor is asked before a request goes to its host.
 */
export function linkBasemap(
  link: Basemap | null,
  own: Basemap,
): { basemap: Basemap; offer: OnlineBasemap | null } {
  if (link === null || link === own || !isOnline(link)) return { basemap: link ?? own, offer: null };
  return { basemap: own, offer: link };
}
