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

/** Pixel radius of a zone whose area is unknown, and the floor for tiny zones at low zoom. */
export const MIN_SYMBOL_RADIUS_PX = 4;
export const UNKNOWN_AREA_RADIUS_PX = 3;
