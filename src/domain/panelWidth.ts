/**
 * The side panel's width on wide screens: a default that grows with the screen (wider still for the
 * tabs that hold tables), or the width the user dragged it to, kept in localStorage. What comes back
 * from storage is untrusted, so it is parsed with zod; every width is clamped so the filters and a
 * usable map always stay beside the panel.
 */
import { z } from 'zod';

export const PANEL_WIDTH_KEY = 'hanoi-industrial-zones.panelWidth';
export const PANEL_MIN = 320;
export const PANEL_MAX = 960;
/** The filter column's width (app.css) and the narrowest map worth keeping beside the panel. */
export const FILTERS_WIDTH = 290;
export const MAP_MIN = 360;
/** One arrow-key step, and one Page Up/Down step, in px. */
export const PANEL_STEP = 20;
export const PANEL_PAGE = 100;

const PanelWidthSchema = z
  .object({ version: z.literal(1), width: z.number().int().min(PANEL_MIN).max(PANEL_MAX) })
  .strict();

/** The widest the panel may be on a screen this wide (never below PANEL_MIN). */
export const maxPanelWidth = (viewport: number): number =>
  Math.max(PANEL_MIN, Math.min(PANEL_MAX, Math.floor(viewport - FILTERS_WIDTH - MAP_MIN)));

export const clampPanelWidth = (width: number, viewport: number): number =>
  Math.round(Math.min(maxPanelWidth(viewport), Math.max(PANEL_MIN, width)));

/** Tabs that hold wide tables start wider on wide screens. */
const WIDE_PANELS: ReadonlySet<string> = new Set(['compare', 'plan']);

/** The width before the user drags: 26 % of the screen (380–560 px), 46 % up to 640 px for tables. */
export function defaultPanelWidth(viewport: number, panel: string): number {
  const wanted =
    WIDE_PANELS.has(panel) && viewport >= 1200
      ? Math.min(0.46 * viewport, 640)
      : Math.min(Math.max(0.26 * viewport, 380), 560);
  return clampPanelWidth(wanted, viewport);
}

type Reader = Pick<Storage, 'getItem'>;
type Writer = Pick<Storage, 'setItem' | 'removeItem'>;

/** The stored width, or null when none is stored or what is stored does not parse. */
export function readPanelWidth(storage: Reader | null): number | null {
  try {
    const raw = storage?.getItem(PANEL_WIDTH_KEY) ?? null;
    if (raw === null) return null;
    const parsed = PanelWidthSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.width : null;
  } catch {
    return null; // storage switched off, or not JSON: the default width is fine
  }
}

/** Stores the width (null forgets it); false when storage refused. */
export function writePanelWidth(storage: Writer | null, width: number | null): boolean {
  try {
    if (!storage) return false;
    if (width === null) storage.removeItem(PANEL_WIDTH_KEY);
    else storage.setItem(PANEL_WIDTH_KEY, JSON.stringify({ version: 1, width: Math.round(width) }));
    return true;
  } catch {
    return false;
  }
}
