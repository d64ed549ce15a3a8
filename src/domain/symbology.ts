/**
 * How zones look, shared by the map style and the legend so the two cannot drift apart.
 * Kind → hue (Okabe–Ito palette, safe for colour-blind readers); status → fill strength.
 */
import type { ZoneKind, ZoneStatus } from './vocab';

export const KIND_COLORS: Record<ZoneKind, string> = {
  kcn: '#0072b2',
  ccn: '#d55e00',
  hitech: '#009e73',
  it_park: '#cc79a7',
  agri_hitech: '#8a7a00',
  industrial_site: '#7f7f7f',
};

/** Further up the ladder → more solid. Off-ladder states are faint. */
export const STATUS_FILL_OPACITY: Record<ZoneStatus, number> = {
  operating: 0.85,
  under_construction: 0.6,
  established: 0.42,
  planned: 0.25,
  proposed: 0.1,
  stalled: 0.18,
  historical: 0.05,
  unknown: 0.15,
};

/**
 * How a zone is drawn depends on what its position is. A footprint (surveyed or mapped in OSM) is a
 * filled shape with an outline from city zoom on, and a solid dot when zoomed out. An approximate
 * position (a published point, a unit's centre) is a ring: its size follows the area but never
 * pretends to be the zone's extent.
 */
export const FOOTPRINT = {
  /** Shapes appear from this zoom; below it only the dot is drawn. */
  minzoom: 9.5,
  /** The dot fades out at this zoom, where the shape is large enough to see. */
  dotMaxzoom: 12,
  dotRadiusPx: 5,
  outlineWidthPx: 1.6,
} as const;

export const APPROXIMATE = {
  ringWidthPx: 2.5,
  /** The ring's fill is the status strength times this: lighter than a footprint's fill. */
  fillFactor: 0.4,
  minRadiusPx: 6,
  maxRadiusPx: 16,
} as const;

/** The ring radius of an approximate zone: grows with the log of the area, capped; 0 ha → the minimum. */
export function approximateRadiusPx(areaHa: number | undefined): number {
  if (!areaHa) return APPROXIMATE.minRadiusPx;
  const r = APPROXIMATE.minRadiusPx + 2 * Math.log2(1 + areaHa / 10);
  return Math.round(Math.min(APPROXIMATE.maxRadiusPx, r) * 10) / 10;
}

export const SELECTED_COLOR = '#111111';

/** The sites of the neighbouring provinces: one muted colour, apart from the zone kinds' hues. */
export const REGION_COLOR = '#5e548e';

/** The fit finder's ring around each passing zone: shared by its map layer and its legend entry. */
export const FIT_RING = { color: '#1b7837', widthPx: 3 } as const;
