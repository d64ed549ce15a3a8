import { describe, expect, it } from 'vitest';
import { metersPerPixel, niceScale } from './scaleBar';

describe('scale bar', () => {
  it('knows the ground size of a pixel', () => {
    // Zoom 0 at the equator: the whole circumference over 512 px.
    expect(metersPerPixel(0, 0)).toBeCloseTo(78_271.5, 0);
    // Hanoi (21°N) at zoom 13: about 8.9 m per pixel.
    expect(metersPerPixel(21, 13)).toBeCloseTo(8.92, 2);
  });
  it('picks the longest round length that fits', () => {
    expect(niceScale(10, 150)).toEqual({ meters: 1000, px: 100 });
    expect(niceScale(10, 250)).toEqual({ meters: 2000, px: 200 });
    expect(niceScale(10, 600)).toEqual({ meters: 5000, px: 500 });
    expect(niceScale(3, 100).meters).toBe(200);
  });
});
