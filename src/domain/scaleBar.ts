/**
 * A scale bar for a map picture: how many metres one pixel covers at a latitude and zoom, and a round
 * length that fits. MapLibre's world is 512 px wide at zoom 0 (Web Mercator).
 */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

export function metersPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest round length (1, 2 or 5 × 10ⁿ m) whose bar is at most `maxPx` long. */
export function niceScale(metersPerPx: number, maxPx: number): { meters: number; px: number } {
  const most = metersPerPx * maxPx;
  const power = 10 ** Math.floor(Math.log10(most));
  const step = [5, 2, 1].find((s) => s * power <= most) ?? 1;
  const meters = step * power;
  return { meters, px: meters / metersPerPx };
}
