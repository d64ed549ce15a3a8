import { describe, expect, it } from 'vitest';
import { encodeTimeline, firstYear, statusByYear, statusInYear, timelineStatus } from './timeline';

const f = <T>(value: T, asOf: string | null) => ({ value, source: 's', asOf });

describe('timeline', () => {
  const zone = {
    status: [f('operating' as const, '2015-06'), f('planned' as const, '2004'), f('stalled' as const, null)],
    establishedYear: [f(2008, null)],
  };

  it('shows a zone from its earliest dated status or its establishment', () => {
    expect(firstYear(zone)).toBe(2004);
    expect(statusInYear(zone, 2003)).toBeNull();
    expect(statusInYear(zone, 2004)).toBe('planned');
  });

  it('takes the newest status dated in or before the year; establishment counts as "established"', () => {
    expect(statusInYear(zone, 2007)).toBe('planned');
    expect(statusInYear(zone, 2008)).toBe('established');
    expect(statusInYear(zone, 2014)).toBe('established');
    expect(statusInYear(zone, 2015)).toBe('operating');
    expect(statusInYear(zone, 2030)).toBe('operating');
  });

  it('lets a real status fact outrank the establishment year in the same year', () => {
    const z = { status: [f('operating' as const, '2008')], establishedYear: [f(2008, null)] };
    expect(statusInYear(z, 2008)).toBe('operating');
  });

  it('never places a zone with nothing dated', () => {
    const undated = { status: [f('operating' as const, null)], establishedYear: [] };
    expect(firstYear(undated)).toBeNull();
    expect(encodeTimeline(undated)).toMatch(/^-+$/);
  });

  it('encodes one letter per year that decodes to the same statuses', () => {
    const tl = encodeTimeline(zone);
    expect(tl).toHaveLength(37);
    for (let y = 1994; y <= 2030; y++) expect(timelineStatus(tl, y)).toBe(statusInYear(zone, y));
    expect(timelineStatus('', 2010)).toBeNull();
  });
});

describe('status by year', () => {
  it('counts each zone once per year it existed, under that year’s status', () => {
    const a = {
      status: [f('planned' as const, '2010'), f('operating' as const, '2020')],
      establishedYear: [],
    };
    const b = { status: [f('operating' as const, null)], establishedYear: [f(2015, null)] };
    const byYear = statusByYear([a, b]);
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
  });
});
