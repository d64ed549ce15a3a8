import { describe, expect, it } from 'vitest';
import { cropPadding, printFrame } from './printFrame';

const zone = (id: string) => ({
  type: 'Feature' as const,
  properties: { id, anchor: [105.8, 21.0], uncertaintyKm: null as number | null },
  geometry: { type: 'Point' as const, coordinates: [105.8, 21.0] },
});

describe('printFrame', () => {
  it('shows a footprint with as much again around it', () => {
    const z = zone('a');
    const square = {
      ...z,
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [105.5, 21.0],
            [105.6, 21.0],
            [105.6, 21.1],
            [105.5, 21.1],
            [105.5, 21.0],
          ],
        ],
      },
    };
    const [w, s, e, n] = printFrame(square);
    expect(w).toBeCloseTo(105.45);
    expect(e).toBeCloseTo(105.65);
    expect(s).toBeCloseTo(20.95);
    expect(n).toBeCloseTo(21.15);
  });
  it('shows at least a kilometre round a point, more when the point is uncertain', () => {
    const z = zone('p');
    const near = printFrame(z);
    expect((near[3] - near[1]) * 111.32).toBeCloseTo(2, 1);
    const far = printFrame({ ...z, properties: { ...z.properties, uncertaintyKm: 6 } });
    expect((far[3] - far[1]) * 111.32).toBeCloseTo(12, 1);
  });
});

describe('cropPadding', () => {
  it('keeps the zone in the middle band a wide print box crops from a tall canvas', () => {
    const pad = cropPadding(700, 800, 2);
    // The box keeps a 350 px high band in the middle: 225 px above and below are cut off.
    expect(pad.top).toBe(225 + 24);
    expect(pad.bottom).toBe(225 + 24);
    expect(pad.left).toBe(24);
  });
  it('pads the sides when the canvas is wider than the box', () => {
    const pad = cropPadding(1000, 300, 2);
    expect(pad.left).toBe(200 + 24);
    expect(pad.top).toBe(24);
  });
});
