import { describe, expect, it } from 'vitest';
import { loadedZoneFeature } from '../test/fixtures';
import { stacksKey, stacksOf, visibleStacks } from './stacks';
import { ZoneFeatureSchema } from './zone';

const at = (id: string, anchor: [number, number]) =>
  ZoneFeatureSchema.parse(loadedZoneFeature({ id, anchor }, { type: 'Point', coordinates: anchor }));

describe('stacks', () => {
  const zones = [
    at('a', [105.5, 21.0]),
    at('b', [105.5, 21.0]),
    at('c', [105.5, 21.0]),
    at('d', [105.6, 21.0]),
  ];

  it('groups zones placed at the very same point, and only those', () => {
    expect(stacksOf(zones)).toEqual([{ at: [105.5, 21.0], ids: ['a', 'b', 'c'] }]);
  });

  it('counts only the zones that pass the filters, and drops a stack left with one', () => {
    const stacks = stacksOf(zones);
    expect(visibleStacks(stacks, new Set(['a', 'c', 'd'])).features.map((f) => f.properties.count)).toEqual([
      2,
    ]);
    expect(visibleStacks(stacks, new Set(['a', 'd'])).features).toEqual([]);
  });

  it('keys badges by place and count, so a filter that leaves them as they were is seen as no change', () => {
    const stacks = stacksOf(zones);
    const abc = stacksKey(visibleStacks(stacks, new Set(['a', 'b', 'c'])));
    expect(stacksKey(visibleStacks(stacks, new Set(['a', 'b', 'c', 'd'])))).toBe(abc);
    expect(stacksKey(visibleStacks(stacks, new Set(['a', 'b'])))).not.toBe(abc);
    expect(stacksKey(visibleStacks(stacks, new Set(['a'])))).toBe('');
  });
});
