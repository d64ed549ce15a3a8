import { describe, expect, it } from 'vitest';
import {
  encodeTimeline,
  firstYear,
  planDatesFromTargets,
  statusByYear,
  statusInYear,
  timelineStatus,
  zonesInYear,
} from './timeline';

const f = <T>(value: T, asOf: string | null) => ({ value, source: 's', asOf });
/** "Today" is 2026 in these tests, as on the day they were written. */
const NOW = { thisYear: 2026 };

describe('timeline up to this year', () => {
  const zone = {
    status: [f('operating' as const, '2015-06'), f('planned' as const, '2004'), f('stalled' as const, null)],
    establishedYear: [f(2008, null)],
  };

  it('shows a zone from its earliest dated status or its establishment', () => {
    expect(firstYear(zone, NOW)).toBe(2004);
    expect(statusInYear(zone, 2003, NOW)).toBeNull();
    expect(statusInYear(zone, 2004, NOW)).toBe('planned');
  });

  it('takes the newest status dated in or before the year; establishment counts as "established"', () => {
    expect(statusInYear(zone, 2007, NOW)).toBe('planned');
    expect(statusInYear(zone, 2008, NOW)).toBe('established');
    expect(statusInYear(zone, 2014, NOW)).toBe('established');
    expect(statusInYear(zone, 2015, NOW)).toBe('operating');
    expect(statusInYear(zone, 2026, NOW)).toBe('operating');
  });

  it('lets a real status fact outrank the establishment year in the same year', () => {
    const z = { status: [f('operating' as const, '2008')], establishedYear: [f(2008, null)] };
    expect(statusInYear(z, 2008, NOW)).toBe('operating');
  });

  it('never places a zone with nothing dated', () => {
    const undated = { status: [f('operating' as const, null)], establishedYear: [] };
    expect(firstYear(undated, NOW)).toBeNull();
    expect(encodeTimeline(undated, NOW)).toMatch(/^-+$/);
  });

  it('encodes one letter per year that decodes to the same statuses', () => {
    const tl = encodeTimeline(zone, NOW);
    expect(tl).toHaveLength(37);
    for (let y = 1994; y <= 2030; y++) expect(timelineStatus(tl, y)).toBe(statusInYear(zone, y, NOW));
    expect(timelineStatus('', 2010)).toBeNull();
  });
});

describe('timeline after this year: only what a plan dates', () => {
  const operating = { status: [f('operating' as const, '2015')], establishedYear: [] };

  it('does not repeat today for years to come', () => {
    expect(statusInYear(operating, 2026, NOW)).toBe('operating');
    for (const y of [2027, 2028, 2030]) expect(statusInYear(operating, y, NOW)).toBeNull();
    expect(encodeTimeline(operating, NOW).slice(-4)).toBe('----');
  });

  it('shows a zone planned for 2030 from 2030, with the status the plan sets', () => {
    const planned = {
      status: [f('planned' as const, '2024'), f('operating' as const, '2030')],
      establishedYear: [],
    };
    expect(statusInYear(planned, 2026, NOW)).toBe('planned');
    expect(statusInYear(planned, 2029, NOW)).toBeNull();
    expect(statusInYear(planned, 2030, NOW)).toBe('operating');
  });

  it('reads a planned establishment year as a plan date', () => {
    const z = { status: [f('proposed' as const, '2024')], establishedYear: [f(2028, null)] };
    expect(statusInYear(z, 2027, NOW)).toBeNull();
    expect(statusInYear(z, 2028, NOW)).toBe('established');
  });

  it('takes zone targets with a later year as plan dates, and ignores past targets', () => {
    const plans = planDatesFromTargets(
      [
        { zone: 'a', targetYear: 2029, facts: [{ value: 'under_construction' }] },
        { zone: 'a', targetYear: 2025, facts: [{ value: 'operating' }] },
        { zone: 'b', targetYear: null, facts: [{ value: 'operating' }] },
      ],
      2026,
    );
    expect([...plans]).toEqual([['a', [{ year: 2029, status: 'under_construction' }]]]);
    const o = { ...NOW, plans: plans.get('a') };
    expect(statusInYear(operating, 2028, o)).toBeNull();
    expect(statusInYear(operating, 2029, o)).toBe('under_construction');
    expect(statusInYear(operating, 2030, o)).toBe('under_construction');
    // A target is not an observation: the past stays as the sources saw it.
    const past = { ...NOW, plans: [{ year: 2020, status: 'operating' as const }] };
    expect(statusInYear({ status: [f('planned' as const, '2019')], establishedYear: [] }, 2021, past)).toBe(
      'planned',
    );
  });

  it('counts the zones on the map in a year: none in a future year no plan reaches', () => {
    const tls = [
      encodeTimeline(operating, NOW),
      encodeTimeline({ status: [f('operating' as const, '2030')], establishedYear: [] }, NOW),
    ];
    expect(zonesInYear(tls, 2026)).toBe(1);
    expect(zonesInYear(tls, 2028)).toBe(0);
    expect(zonesInYear(tls, 2030)).toBe(1);
  });
});

describe('status by year', () => {
  it('counts each zone once per year it is on the map, under that year’s status', () => {
    const a = {
      status: [f('planned' as const, '2010'), f('operating' as const, '2020')],
      establishedYear: [],
    };
    const b = { status: [f('operating' as const, null)], establishedYear: [f(2015, null)] };
    const byYear = statusByYear([encodeTimeline(a, NOW), encodeTimeline(b, NOW)]);
    expect(byYear.get(2009)).toEqual(new Map());
    expect(byYear.get(2012)).toEqual(new Map([['planned', 1]]));
    expect(byYear.get(2016)).toEqual(
      new Map([
        ['planned', 1],
        ['established', 1],
      ]),
    );
    expect(byYear.get(2025)).toEqual(
      new Map([
        ['operating', 1],
        ['established', 1],
      ]),
    );
    expect(byYear.get(2027)).toEqual(new Map());
  });
});
