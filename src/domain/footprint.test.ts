import { describe, expect, it } from 'vitest';
import { compareAreas } from './footprint';

describe('compareAreas', () => {
  it('says when the mapped footprint is much smaller than the official area (Hòa Lạc)', () => {
    expect(compareAreas(1586, 1075.4)).toMatchObject({ difference: 'smaller' });
    expect(compareAreas(1586, 1075.4)!.ratio).toBeCloseTo(0.678, 3);
  });

  it('says when it is much larger, and stays quiet within a quarter either way', () => {
    expect(compareAreas(3.3, 12.9)!.difference).toBe('larger');
    expect(compareAreas(274, 296.8)!.difference).toBeNull();
    expect(compareAreas(100, 75)!.difference).toBeNull();
    expect(compareAreas(100, 74.9)!.difference).toBe('smaller');
  });

  it('compares nothing without both areas', () => {
    expect(compareAreas(undefined, 12)).toBeNull();
    expect(compareAreas(12, null)).toBeNull();
  });
});
