/**
 * A footprint's own area beside the official one. An OSM footprint is what a mapper drew, so it may
 * cover only part of a zone or more than it; where the two differ by more than a quarter, the zone's
 * panel says so in words.
 */
export const AREA_DIFFERENCE_NOTED = 0.25;

export type AreaComparison = {
  official: number;
  mapped: number;
  /** mapped / official */
  ratio: number;
  /** 'smaller': the map shows less than the official area; 'larger': more; null: within a quarter. */
  difference: 'smaller' | 'larger' | null;
};

export function compareAreas(official: number | undefined, mapped: number | null): AreaComparison | null {
  if (official === undefined || mapped === null || official <= 0) return null;
  const ratio = mapped / official;
  const difference =
    ratio < 1 - AREA_DIFFERENCE_NOTED ? 'smaller' : ratio > 1 + AREA_DIFFERENCE_NOTED ? 'larger' : null;
  return { official, mapped, ratio, difference };
}
