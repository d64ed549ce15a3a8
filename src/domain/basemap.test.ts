import { describe, expect, it } from 'vitest';
import { BASEMAP_KEY, deployerDefault, linkBasemap, readBasemapChoice, writeBasemapChoice } from './basemap';

const memory = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
};

describe('deployerDefault', () => {
  it('is the bundled map unless a known base map is named', () => {
    expect(deployerDefault(undefined)).toBe('offline');
    expect(deployerDefault('')).toBe('offline');
    expect(deployerDefault('google')).toBe('offline');
    expect(deployerDefault(' openfreemap ')).toBe('openfreemap');
    expect(deployerDefault('osm')).toBe('osm');
  });
});

describe('the stored choice', () => {
  it('round-trips, and anything unreadable counts as no choice', () => {
    const storage = memory();
    expect(readBasemapChoice(storage)).toBeNull();
    expect(writeBasemapChoice(storage, 'openfreemap')).toBe(true);
    expect(readBasemapChoice(storage)).toBe('openfreemap');
    for (const bad of ['{', '"osm"', '{"version":1,"basemap":"google"}', '{"version":2,"basemap":"osm"}'])
      expect(readBasemapChoice(memory({ [BASEMAP_KEY]: bad }))).toBeNull();
    expect(readBasemapChoice(null)).toBeNull();
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(writeBasemapChoice(refusing, 'osm')).toBe(false);
  });
});

describe('linkBasemap', () => {
  it('never turns on a third-party map the visitor has not chosen: it is offered instead', () => {
    expect(linkBasemap('openfreemap', 'offline')).toEqual({ basemap: 'offline', offer: 'openfreemap' });
    expect(linkBasemap('osm', 'openfreemap')).toEqual({ basemap: 'openfreemap', offer: 'osm' });
  });

  it('follows a link to the bundled map or to the visitor’s own online map, and keeps theirs otherwise', () => {
    expect(linkBasemap('offline', 'osm')).toEqual({ basemap: 'offline', offer: null });
    expect(linkBasemap('osm', 'osm')).toEqual({ basemap: 'osm', offer: null });
    expect(linkBasemap(null, 'openfreemap')).toEqual({ basemap: 'openfreemap', offer: null });
  });
});
