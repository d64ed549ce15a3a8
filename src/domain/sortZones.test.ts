import { describe, expect, it } from 'vitest';
import { countWithoutArea, LIST_SORTS, sortZones, STATUS_SORT_ORDER } from './sortZones';
import { STATUSES, type ZoneStatus } from './vocab';

type Z = {
  name: string;
  status: ZoneStatus | null;
  areaHa: { value: number; source: string; asOf: string }[];
};
const z = (name: string, area: number | null, status: ZoneStatus | null = 'operating'): Z => ({
  name,
  status,
  areaHa: area === null ? [] : [{ value: area, source: 's', asOf: '2024' }],
});
const get = { name: (x: Z) => x.name, status: (x: Z) => x.status, zone: (x: Z) => x };
const names = (zs: Z[]) => zs.map((x) => x.name);

const zones = [
  z('Đông Anh', 300, 'planned'),
  z('Bắc Thường Tín', null, 'proposed'),
  z('Dương Liễu', 12, 'operating'),
  z('Ân Thi', 300, 'operating'),
  z('Cầu Giấy', null, 'unknown'),
  z('Zeta', 40, 'stalled'),
];

describe('sorting the zone lists', () => {
  it('sorts names with Vietnamese collation: Đ after D, tones ignored first', () => {
    expect(names(sortZones(zones, 'name', get))).toEqual([
      'Ân Thi',
      'Bắc Thường Tín',
      'Cầu Giấy',
      'Dương Liễu',
      'Đông Anh',
      'Zeta',
    ]);
  });

  it('sorts by official area both ways, with unknown areas last either way, ties by name', () => {
    expect(names(sortZones(zones, 'area-desc', get))).toEqual([
      'Ân Thi',
      'Đông Anh',
      'Zeta',
      'Dương Liễu',
      'Bắc Thường Tín',
      'Cầu Giấy',
    ]);
    expect(names(sortZones(zones, 'area-asc', get))).toEqual([
      'Dương Liễu',
      'Zeta',
      'Ân Thi',
      'Đông Anh',
      'Bắc Thường Tín',
      'Cầu Giấy',
    ]);
    expect(countWithoutArea(zones, (x) => x)).toBe(2);
  });

  it('sorts by status, furthest along first, off-ladder states after', () => {
    expect(names(sortZones(zones, 'status', get))).toEqual([
      'Ân Thi',
      'Dương Liễu',
      'Đông Anh',
      'Bắc Thường Tín',
      'Zeta',
      'Cầu Giấy',
    ]);
    expect([...STATUS_SORT_ORDER].sort()).toEqual([...STATUSES].sort());
  });

  it('never changes its input and gives the same order for the same zones', () => {
    const copy = [...zones];
    for (const sort of LIST_SORTS) {
      const a = sortZones(zones, sort, get);
      expect(sortZones([...zones].reverse(), sort, get)).toEqual(a);
    }
    expect(zones).toEqual(copy);
  });
});
