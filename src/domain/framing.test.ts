import { describe, expect, it } from 'vitest';
import {
  alreadyFramed,
  coverPadding,
  FRAMING,
  type FramedZone,
  plainlyInView,
  zoneExtent,
  zoneFrame,
} from './framing';

const kmHigh = (b: number[]) => (b[3]! - b[1]!) * 111.32;

const square = (lon: number, lat: number, d: number): FramedZone => ({
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + d, lat],
        [lon + d, lat + d],
        [lon, lat + d],
        [lon, lat],
      ],
    ],
  },
  properties: { anchor: [lon + d / 2, lat + d / 2], uncertaintyKm: null },
});
const point = (uncertaintyKm: number | null): FramedZone => ({
  geometry: { type: 'Point', coordinates: [105.7, 21] },
  properties: { anchor: [105.7, 21], uncertaintyKm },
});

describe('zoneFrame', () => {
  it('gives a large footprint room around it: it fills about half the frame', () => {
    const zone = square(105.5, 21, 0.05); // about 5.2 × 5.6 km, like Hòa Lạc
    const frame = zoneFrame(zone);
    const extent = zoneExtent(zone);
    expect(kmHigh(frame) / kmHigh(extent)).toBeCloseTo(1 / FRAMING.footprintShare, 1);
    expect(frame[0]).toBeLessThan(extent[0]);
    expect(frame[2]).toBeGreaterThan(extent[2]);
  });

  it('gives a small footprint the same share (the zoom limit then widens the view)', () => {
    const frame = zoneFrame(square(105.8, 21.1, 0.002)); // about 200 m across
    expect(kmHigh(frame)).toBeCloseTo(2 * 0.002 * 111.32, 2);
    expect(FRAMING.maxZoom).toBeLessThanOrEqual(14);
  });

  it('frames a point at a district centre by how far the site may be, capped', () => {
    expect(kmHigh(zoneFrame(point(8.4)))).toBeCloseTo(16.8, 0);
    expect(kmHigh(zoneFrame(point(23.7)))).toBeCloseTo(2 * FRAMING.maxRadiusKm, 0);
  });

  it('frames a published point like the smallest footprint', () => {
    expect(kmHigh(zoneFrame(point(null)))).toBeCloseTo(2 * FRAMING.pointRadiusKm, 1);
    expect(zoneExtent(point(null))).toEqual([105.7, 21, 105.7, 21]);
  });
});

describe('coverPadding', () => {
  const map = { left: 0, top: 0, right: 800, bottom: 600 };

  it('pushes a legend in a corner to the side that leaves the largest free square', () => {
    // A wide map has width to spare: the frame moves right rather than losing height.
    expect(coverPadding(map, [{ left: 10, top: 10, right: 200, bottom: 70 }], 0)).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 200,
    });
    // A tall one (a phone) has height to spare.
    const phone = { left: 0, top: 0, right: 390, bottom: 600 };
    expect(coverPadding(phone, [{ left: 10, top: 10, right: 200, bottom: 70 }], 0)).toEqual({
      top: 70,
      right: 0,
      bottom: 0,
      left: 0,
    });
  });

  it('keeps a smaller margin on a small map', () => {
    expect(coverPadding({ left: 0, top: 0, right: 390, bottom: 280 }, [], 24).top).toBe(14);
  });

  it('pushes a tall open legend to the left, and a bottom sheet to the bottom', () => {
    const p = coverPadding(
      map,
      [
        { left: 10, top: 10, right: 280, bottom: 560 },
        { left: 0, top: 400, right: 800, bottom: 900 },
      ],
      10,
    );
    expect(p).toEqual({ top: 10, right: 10, bottom: 210, left: 290 });
  });

  it('ignores covers outside the map and covers that would leave too little map', () => {
    const p = coverPadding(
      map,
      [
        { left: 900, top: 0, right: 1200, bottom: 600 },
        { left: 0, top: 0, right: 700, bottom: 550 },
      ],
      0,
    );
    expect(p).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });
});

describe('alreadyFramed', () => {
  it('keeps the view when the zone is in it at about the frame zoom', () => {
    expect(alreadyFramed({ inView: true, zoom: 13.4 }, 13)).toBe(true);
    expect(alreadyFramed({ inView: true, zoom: 10 }, 13)).toBe(false);
    expect(alreadyFramed({ inView: false, zoom: 13 }, 13)).toBe(false);
  });
});

describe('imported data plain to see where the map is', () => {
  const free = { left: 100, top: 0, right: 900, bottom: 600 };
  it('is when wholly in the free part and at least a quarter of it across or down', () => {
    expect(plainlyInView({ left: 300, top: 100, right: 500, bottom: 200 }, free)).toBe(true); // 200 of 800 across
    expect(plainlyInView({ left: 300, top: 100, right: 320, bottom: 250 }, free)).toBe(true); // 150 of 600 down
  });
  it('is not when smaller than that both ways, or a point', () => {
    expect(plainlyInView({ left: 300, top: 100, right: 490, bottom: 240 }, free)).toBe(false);
    expect(plainlyInView({ left: 300, top: 100, right: 300, bottom: 100 }, free)).toBe(false);
  });
  it('is not when any of it is off the map or under a panel', () => {
    expect(plainlyInView({ left: 50, top: 100, right: 500, bottom: 300 }, free)).toBe(false); // under the panel
    expect(plainlyInView({ left: 300, top: -10, right: 600, bottom: 300 }, free)).toBe(false);
    expect(plainlyInView({ left: 300, top: 100, right: 950, bottom: 300 }, free)).toBe(false);
    expect(plainlyInView({ left: 300, top: 100, right: 600, bottom: 601 }, free)).toBe(false);
  });
});
