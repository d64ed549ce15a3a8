import { booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ribbonCentreline } from './centreline';

/** A river 0.02° wide that bends along a sine from 105.4 to 106.0, with stairs on one bank. */
function ribbon(): { ring: Position[]; centre: (lon: number) => number } {
  const centre = (lon: number) => 21 + 0.1 * Math.sin((lon - 105.4) * 8);
  const north: Position[] = [];
  const south: Position[] = [];
  for (let i = 0; i <= 300; i++) {
    const lon = 105.4 + (0.6 * i) / 300;
    // A staircase of 0.002° steps on the north bank, as a traced raster has.
    north.push([lon, Math.round((centre(lon) + 0.01) / 0.002) * 0.002]);
    south.push([lon, centre(lon) - 0.01]);
  }
  const ring = [...north, ...south.reverse()];
  return { ring: [...ring, ring[0]!], centre };
}

describe('ribbonCentreline', () => {
  it('follows the middle of a bending ribbon from end to end, inside it', () => {
    const { ring, centre } = ribbon();
    const line = ribbonCentreline(ring);
    expect(line.length).toBeGreaterThan(100);
    const lons = line.map((p) => p[0]!);
    expect(Math.min(...lons)).toBeLessThan(105.41);
    expect(Math.max(...lons)).toBeGreaterThan(105.99);
    const polygon = { type: 'Polygon' as const, coordinates: [ring] };
    // Away from the two ends, every point is inside and within a fifth of the width of the middle.
    for (const p of line.filter((q) => q[0]! > 105.42 && q[0]! < 105.98)) {
      expect(booleanPointInPolygon(p, polygon)).toBe(true);
      expect(Math.abs(p[1]! - centre(p[0]!))).toBeLessThan(0.004);
    }
  });

  it('gives nothing for a degenerate ring', () => {
    expect(
      ribbonCentreline([
        [105, 21],
        [105.1, 21],
        [105, 21],
      ]),
    ).toEqual([]);
  });
});
