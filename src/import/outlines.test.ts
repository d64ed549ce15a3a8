/**
 * The outlines the coordinate-system preview draws. The borders before 2025 come from a file that
 * does not state its origin (geodata/context/SOURCE.md), so their accuracy is checked here against
 * the OpenStreetMap outline of Hanoi, whose land border was not changed by the 2025 mergers.
 */
import { pointToLineDistance } from '@turf/turf';
import { describe, expect, test } from 'vitest';
import { PRE_2025_BORDERS, PROVINCES } from './outlines';

const hanoi = PROVINCES.find((p) => p.name === 'Hà Nội')!;

/** Distance in km from a position to the nearest border line before 2025. */
function toNearestBorder(p: [number, number]): number {
  let best = Infinity;
  for (const line of PRE_2025_BORDERS) {
    const lons = line.map((q) => q[0]);
    const lats = line.map((q) => q[1]);
    // Lines whose extent is more than ~20 km away cannot be the nearest one.
    if (p[0] < Math.min(...lons) - 0.2 || p[0] > Math.max(...lons) + 0.2) continue;
    if (p[1] < Math.min(...lats) - 0.2 || p[1] > Math.max(...lats) + 0.2) continue;
    best = Math.min(best, pointToLineDistance(p, { type: 'LineString', coordinates: line }));
  }
  return best;
}

describe('the province borders before 2025', () => {
  test('are lines inside Viet Nam, between its provinces', () => {
    expect(PRE_2025_BORDERS.length).toBeGreaterThan(50);
    for (const line of PRE_2025_BORDERS)
      for (const [lon, lat] of line) {
        expect(lon).toBeGreaterThan(102);
        expect(lon).toBeLessThan(110);
        expect(lat).toBeGreaterThan(8.3);
        expect(lat).toBeLessThan(23.5);
      }
  });

  test("follow Hanoi's OpenStreetMap outline within a few km (median under 2 km, 90 % under 6 km)", () => {
    const ring = hanoi.rings[0]!;
    const d = ring.filter((_, i) => i % 5 === 0).map(toNearestBorder);
    d.sort((a, b) => a - b);
    expect(d.length).toBeGreaterThan(50);
    expect(d[Math.floor(d.length / 2)]).toBeLessThan(2);
    expect(d[Math.floor(d.length * 0.9)]).toBeLessThan(6);
  });
});
