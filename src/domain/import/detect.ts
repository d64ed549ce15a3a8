/**
 * Guesses what a file's coordinates are from their values alone: longitude/latitude, the same with
 * the axes swapped, or metres in a Vietnamese projected system (which one cannot be told from the
 * numbers: every provincial TM-3 grid and UTM give eastings near 500 km, so the user is asked).
 */
export type Detection =
  { kind: 'geographic'; swapped: boolean } | { kind: 'projected'; swapped: boolean } | { kind: 'unknown' };

type XY = readonly [number, number];

/** Easting and northing ranges of Viet Nam in any of its transverse Mercator grids (FE 500 km). */
const EASTING = [150_000, 1_100_000] as const;
const NORTHING = [900_000, 2_700_000] as const;

const within = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;
const isLonLat = ([x, y]: XY) => Math.abs(x) <= 180 && Math.abs(y) <= 90;

/** `sample` holds finite positions only. The majority decides, so a few bad points do not. */
export function detectCoordinates(sample: readonly XY[]): Detection {
  if (sample.length === 0) return { kind: 'geographic', swapped: false };
  const share = (pred: (p: XY) => boolean) => sample.filter(pred).length / sample.length;
  const direct = share(isLonLat);
  const swapped = share(([x, y]) => isLonLat([y, x]));
  if (direct >= 0.5 && direct >= swapped) return { kind: 'geographic', swapped: false };
  if (swapped >= 0.5) return { kind: 'geographic', swapped: true };
  // Degree-sized numbers that are not all valid: degrees with some bad points, refused one by one.
  if (share(([x, y]) => Math.abs(x) <= 360 && Math.abs(y) <= 360) >= 0.5)
    return { kind: 'geographic', swapped: swapped > direct };
  const en = share(([x, y]) => within(x, EASTING) && within(y, NORTHING));
  const ne = share(([x, y]) => within(x, NORTHING) && within(y, EASTING));
  // Vietnamese survey tables write X for northing and Y for easting.
  if (en >= 0.5 || ne >= 0.5) return { kind: 'projected', swapped: ne > en };
  return { kind: 'unknown' };
}

/** Up to `max` positions spread evenly over the list, so detection stays cheap on big files. */
export function spreadSample<T>(items: readonly T[], max = 5000): T[] {
  if (items.length <= max) return [...items];
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]!);
}
