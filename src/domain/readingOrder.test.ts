import { describe, expect, it } from 'vitest';
import { readingOrder, stepThrough } from './readingOrder';

const anchors: Record<string, [number, number]> = {
  nw: [105.5, 21.3],
  ne: [105.9, 21.29],
  sw: [105.5, 20.7],
  se: [105.9, 20.71],
  mid: [105.7, 21.0],
};

describe('readingOrder', () => {
  it('reads rows north to south and west to east within a row', () => {
    expect(readingOrder(['se', 'mid', 'ne', 'sw', 'nw'], (id) => anchors[id])).toEqual([
      'nw',
      'ne',
      'mid',
      'sw',
      'se',
    ]);
  });
  it('leaves out zones it cannot place and handles one zone', () => {
    expect(readingOrder(['x', 'mid'], (id) => anchors[id])).toEqual(['mid']);
    expect(readingOrder([], (id) => anchors[id])).toEqual([]);
  });
});

describe('stepThrough', () => {
  const order = ['a', 'b', 'c'];
  it('starts at the first (forward) or last (backward) zone', () => {
    expect(stepThrough(order, null, 1)).toBe('a');
    expect(stepThrough(order, null, -1)).toBe('c');
    expect(stepThrough(order, 'gone', 1)).toBe('a');
  });
  it('wraps at both ends', () => {
    expect(stepThrough(order, 'c', 1)).toBe('a');
    expect(stepThrough(order, 'a', -1)).toBe('c');
    expect(stepThrough(order, 'a', 1)).toBe('b');
  });
  it('has nothing to step to in an empty view', () => {
    expect(stepThrough([], null, 1)).toBeNull();
  });
});
