import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, SortedRuns } from './sortedRuns';

const word = fc.stringMatching(/^[a-d]{0,4}$/);

describe('SortedRuns', () => {
  it('finds exactly the items a prefix starts, however additions and settling interleave', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.boolean())), word, (steps, prefix) => {
        const runs = new SortedRuns<{ form: string; n: number }>();
        const all: string[] = [];
        steps.forEach(([form, settle], n) => {
          runs.add({ form, n });
          all.push(form);
          if (settle) runs.settle();
          const want = all.filter((f) => f.startsWith(prefix)).sort();
          expect([...runs.startingWith(prefix)].map((x) => x.form).sort()).toEqual(want);
          expect(runs.countStartingWith(prefix)).toBe(want.length);
          if (prefix)
            expect([...runs.containing(prefix)].map((x) => x.n).sort((a, b) => a - b)).toEqual(
              all.flatMap((f, i) => (f.includes(prefix) ? [i] : [])),
            );
        });
        expect(runs.size).toBe(all.length);
      }),
    );
  });

  it('keeps few runs when settled after every small batch (merges like a binary counter)', () => {
    const runs = new SortedRuns<{ form: string }>();
    for (let i = 0; i < 4096; i++) {
      runs.add({ form: String((i * 7919) % 4096) });
      if (i % 16 === 15) runs.settle();
    }
    // 256 batches of 16 merge into at most log2(256) + 1 runs.
    expect(runs.runCount).toBeLessThanOrEqual(9);
  });
});

describe('lowerBound', () => {
  it('finds the first item not below the key', () => {
    fc.assert(
      fc.property(fc.array(word), word, (items, key) => {
        const sorted = [...items].sort().map((form) => ({ form }));
        const at = lowerBound(sorted, key);
        expect(sorted.slice(0, at).every((s) => s.form < key)).toBe(true);
        expect(sorted.slice(at).every((s) => s.form >= key)).toBe(true);
      }),
    );
  });
});
