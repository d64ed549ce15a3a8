import { describe, expect, it } from 'vitest';
import { byNewest, currentValue, historyConflicts, otherValues, sourcesDiffer } from './facts';
import type { Fact } from './zone';

const saiDongB: Fact<number>[] = [
  { value: 97.11, source: 'tttfic-sai-dong-b', asOf: '2021' },
  { value: 40, source: 'dbnd-2025-12', asOf: '2025-12' },
];

describe('facts', () => {
  it('takes the newest value as current, whatever the order in the data', () => {
    expect(currentValue(saiDongB)).toBe(40);
  });

  it('lists the other values when sources differ', () => {
    expect(sourcesDiffer(saiDongB)).toBe(true);
    expect(otherValues(saiDongB).map((f) => f.value)).toEqual([97.11]);
  });

  it('does not report a conflict when sources agree', () => {
    const agree: Fact<number>[] = [
      { value: 170, source: 'a', asOf: '2025' },
      { value: 170, source: 'b', asOf: '2021' },
    ];
    expect(sourcesDiffer(agree)).toBe(false);
    expect(otherValues(agree)).toEqual([]);
  });

  it('puts undated facts last and keeps data order on ties', () => {
    const facts: Fact<string>[] = [
      { value: 'undated', source: 'a', asOf: null },
      { value: 'first', source: 'b', asOf: '2020' },
      { value: 'second', source: 'c', asOf: '2020' },
    ];
    expect(byNewest(facts).map((f) => f.value)).toEqual(['first', 'second', 'undated']);
  });

  it('compares sector lists as sets', () => {
    expect(
      sourcesDiffer([
        { value: ['a', 'b'], source: 'x', asOf: '2020' },
        { value: ['b', 'a'], source: 'y', asOf: '2021' },
      ]),
    ).toBe(false);
  });

  it('returns undefined when nothing is known', () => {
    expect(currentValue([])).toBeUndefined();
  });
});

describe('historyConflicts', () => {
  it('treats older different statuses as history, and same-date differences as a conflict', () => {
    expect(
      historyConflicts([
        { value: 'operating', source: 'a', asOf: '2025-12' },
        { value: 'planned', source: 'b', asOf: '2011' },
      ]),
    ).toBe(false);
    expect(
      historyConflicts([
        { value: 'operating', source: 'a', asOf: '2025-12' },
        { value: 'stalled', source: 'b', asOf: '2025-12' },
      ]),
    ).toBe(true);
  });
});

describe('facts written in both languages', () => {
  const fact = (vi: string, en: string, source: string) => ({ value: { vi, en }, source, asOf: '2024' });
  it('two different bilingual values differ, two equal ones agree', () => {
    expect(sourcesDiffer([fact('Công ty A', 'Company A', 'a'), fact('Công ty B', 'Company B', 'b')])).toBe(
      true,
    );
    expect(sourcesDiffer([fact('Công ty A', 'Company A', 'a'), fact('Công ty A', 'Company A', 'b')])).toBe(
      false,
    );
  });
});
