import { describe, expect, it } from 'vitest';
import { formatValue, quantile, summarise } from './stats';

describe('bench stats', () => {
  it('takes the median of an odd and an even number of runs', () => {
    expect(summarise([5, 1, 3]).median).toBe(3);
    expect(summarise([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('reports the spread as min–max and interquartile range', () => {
    const s = summarise([10, 20, 30, 40, 50]);
    expect([s.min, s.q1, s.q3, s.max, s.n]).toEqual([10, 20, 40, 50, 5]);
    expect(quantile([1, 2], 0.25)).toBe(1.25);
  });

  it('prints milliseconds and bytes readably, and a dash for no value', () => {
    expect(formatValue(1234.4, 'ms')).toBe('1234 ms');
    expect(formatValue(3.14159, 'ms')).toBe('3.14 ms');
    expect(formatValue(2_500_000, 'B')).toBe('2.50 MB');
    expect(formatValue(null, 'ms')).toBe('–');
  });
});
