import { describe, expect, it } from 'vitest';
import { EMPTY_FIT } from './fit';
import {
  echoIgnored,
  EMPTY_URL_STATE,
  IGNORED_ECHO,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from './urlState';

const full: UrlState = {
  camera: { center: [105.52345, 21.01234], zoom: 12.5 },
  filters: {
    statuses: ['operating', 'planned'],
    sectors: ['electronics'],
    kinds: ['kcn'],
    districts: ['dong-anh'],
    communes: ['xa-thien-loc'],
    year: 2010,
  },
  zone: 'hhtp-hoa-lac',
  lang: 'en',
  layers: ['communes'],
  fit: {
    minAreaHa: 50,
    sectors: ['electronics', 'logistics'],
    maxAirportKm: 25.5,
    maxRailKm: null,
    statuses: ['operating'],
    districts: ['soc-son'],
    freeLand: true,
  },
  tab: 'stats',
  choropleth: { unit: 'commune', measure: 'ha' },
  pins: ['kcn-thang-long', 'hhtp-hoa-lac'],
  sort: 'area-desc',
};

describe('URL state', () => {
  it('round-trips every part of the state', () => {
    const url = serializeUrlState(full);
    expect(url).toBe(
      '?lang=en&status=operating,planned&sector=electronics&kind=kcn&district=dong-anh&commune=xa-thien-loc&year=2010&zone=hhtp-hoa-lac&layers=communes&fit.area=50&fit.sector=electronics,logistics&fit.airport=25.5&fit.status=operating&fit.district=soc-son&fit.land=1&tab=stats&choro=commune,ha&pins=kcn-thang-long,hhtp-hoa-lac&sort=area-desc&map=12.5/21.01234/105.52345',
    );
    expect(parseUrlState(url)).toEqual({ state: full, ignored: [] });
  });

  it('gives an empty query for the empty state, and parses it back', () => {
    expect(serializeUrlState(EMPTY_URL_STATE)).toBe('');
    expect(parseUrlState('')).toEqual({ state: EMPTY_URL_STATE, ignored: [] });
  });

  it('drops unknown or malformed values, keeps the rest, and reports what it dropped', () => {
    const { state, ignored } = parseUrlState(
      '?status=operating,flying&sector=ai,<script>&kind=kcn&map=99/abc/1&zone=Bad%20Id&lang=fr&layers=communes,x&foo=bar',
    );
    expect(state.filters.statuses).toEqual(['operating']);
    expect(state.filters.sectors).toEqual(['ai']);
    expect(state.filters.kinds).toEqual(['kcn']);
    expect(state.camera).toBeNull();
    expect(state.zone).toBeNull();
    expect(state.lang).toBeNull();
    expect(state.layers).toEqual(['communes']);
    expect(ignored.sort()).toEqual(
      [
        'foo',
        'status=flying',
        'sector=<script>',
        'map=99/abc/1',
        'zone=Bad Id',
        'lang=fr',
        'layers=x',
      ].sort(),
    );
  });

  it('drops a year outside the timeline and malformed fit criteria, keeping the good ones', () => {
    const { state, ignored } = parseUrlState(
      '?year=1980&fit.area=-5&fit.airport=1e3&fit.sector=ai,nope&fit.status=operating&fit.district=Soc%20Son',
    );
    expect(state.filters.year).toBeNull();
    expect(state.fit).toEqual({
      minAreaHa: null,
      sectors: ['ai'],
      maxAirportKm: null,
      maxRailKm: null,
      statuses: ['operating'],
      districts: [],
      freeLand: false,
    });
    expect(ignored.sort()).toEqual(
      ['year=1980', 'fit.area=-5', 'fit.airport=1e3', 'fit.sector=nope', 'fit.district=Soc Son'].sort(),
    );
    expect(parseUrlState('?year=2031').state.filters.year).toBeNull();
    expect(parseUrlState('?year=2030').state.filters.year).toBe(2030);
  });

  it('reads and writes the railway criterion as fit.rail, in its place, and drops a malformed one', () => {
    const { state, ignored } = parseUrlState('?fit.area=10&fit.rail=5&fit.airport=20');
    expect(state.fit).toEqual({ ...EMPTY_FIT, minAreaHa: 10, maxAirportKm: 20, maxRailKm: 5 });
    expect(ignored).toEqual([]);
    expect(serializeUrlState(state)).toBe('?fit.area=10&fit.airport=20&fit.rail=5');
    expect(state.tab).toBeNull(); // opens the fit finder (defaultTab)
    for (const bad of ['-1', '1e2', '5km', '1001']) {
      const r = parseUrlState(`?fit.rail=${bad}`);
      expect(r.state.fit.maxRailKm, bad).toBeNull();
      expect(r.ignored, bad).toEqual([`fit.rail=${bad}`]);
    }
  });

  it('refuses a camera outside the world', () => {
    expect(parseUrlState('?map=10/95/105').state.camera).toBeNull();
    expect(parseUrlState('?map=30/21/105').state.camera).toBeNull();
  });

  it('survives garbage without throwing', () => {
    for (const junk of [
      '?%E0%A4%A',
      '?=&=&&',
      `?status=${'x,'.repeat(5000)}`,
      '?map=' + '9'.repeat(400),
      '?zone=%00',
    ])
      expect(() => parseUrlState(junk)).not.toThrow();
  });
});

describe('URL state: the opt-in zone tile tree', () => {
  it('accepts a relative tiles.json or z/x/y template and writes it back', () => {
    expect(parseUrlState('?tiles=zone-tiles/tiles.json').state.tiles).toBe('zone-tiles/tiles.json');
    const template = parseUrlState('?tiles=t/%7Bz%7D/%7Bx%7D/%7By%7D.pbf').state;
    expect(template.tiles).toBe('t/{z}/{x}/{y}.pbf');
    expect(parseUrlState(serializeUrlState(template)).state.tiles).toBe('t/{z}/{x}/{y}.pbf');
    expect(parseUrlState('').state.tiles).toBeUndefined();
  });

  it('refuses tiles from another host or scheme, and URLs that are neither', () => {
    for (const bad of [
      'https://evil.example/t.json',
      '//evil.example/t.json',
      'javascript:x.json',
      'a/b.pbf',
    ]) {
      const { state, ignored } = parseUrlState(`?tiles=${encodeURIComponent(bad)}`);
      expect(state.tiles, bad).toBeUndefined();
      expect(ignored, bad).toEqual([`tiles=${bad}`]);
    }
  });
});

describe('URL state: tab, choropleth, pins and order', () => {
  const withFit = { ...EMPTY_URL_STATE, fit: { ...EMPTY_FIT, maxAirportKm: 20 } };

  it('opens a shared fit-finder link on the fit tab, and keeps any other tab it names', () => {
    expect(parseUrlState('?fit.airport=20').state.tab).toBeNull();
    // The fit tab is the default of a link with criteria, so it is not written; the list then is.
    expect(serializeUrlState({ ...withFit, tab: 'fit' })).toBe('?fit.airport=20');
    expect(serializeUrlState({ ...withFit, tab: 'list' })).toBe('?fit.airport=20&tab=list');
    expect(serializeUrlState({ ...EMPTY_URL_STATE, tab: 'list' })).toBe('');
    expect(serializeUrlState({ ...EMPTY_URL_STATE, tab: 'fit' })).toBe('?tab=fit');
    for (const tab of ['compare', 'fit', 'market', 'stats', 'plan', 'import', 'about'] as const)
      expect(parseUrlState(serializeUrlState({ ...EMPTY_URL_STATE, tab })).state.tab).toBe(tab);
  });

  it('round-trips the choropleth only while it is shown', () => {
    const on = { ...EMPTY_URL_STATE, choropleth: { unit: 'district', measure: 'count' } } as const;
    expect(serializeUrlState(on)).toBe('?choro=district,count');
    expect(parseUrlState('?choro=district,count').state.choropleth).toEqual(on.choropleth);
    expect(parseUrlState('?choro=commune,ha').state.choropleth).toEqual({ unit: 'commune', measure: 'ha' });
  });

  it('drops only the bad pinned id, keeps the others in order, and at most four', () => {
    const { state, ignored } = parseUrlState('?pins=kcn-thang-long,Bad%20Id,hhtp-hoa-lac');
    expect(state.pins).toEqual(['kcn-thang-long', 'hhtp-hoa-lac']);
    expect(ignored).toEqual(['pins=Bad Id']);
    const many = parseUrlState('?pins=a,b,c,d,e');
    expect(many.state.pins).toEqual(['a', 'b', 'c', 'd']);
    expect(many.ignored).toEqual(['pins=e']);
    expect(parseUrlState('').state.pins).toBeNull();
    expect(parseUrlState('?pins=').state.pins).toEqual([]);
  });

  it('ignores an unknown tab, choropleth or order with a notice', () => {
    const { state, ignored } = parseUrlState('?tab=secret&choro=county,count&sort=price&choro2=x');
    expect(state.tab).toBeNull();
    expect(state.choropleth).toBeNull();
    expect(state.sort).toBeNull();
    expect(ignored.sort()).toEqual(['choro2', 'choro=county,count', 'sort=price', 'tab=secret'].sort());
    expect(parseUrlState('?choro=commune,ha,x').ignored).toEqual(['choro=commune,ha,x']);
  });
});

describe('echoIgnored', () => {
  it('shows at most three values, each at most 40 characters, and counts the rest', () => {
    const long = `x${'A'.repeat(500)}`;
    const ignored = [long, 'b=1', 'c=2', 'd=3', 'e=4'];
    const { shown, more } = echoIgnored(ignored);
    expect(shown).toHaveLength(IGNORED_ECHO.maxItems);
    expect(shown.every((v) => [...v].length <= IGNORED_ECHO.maxChars)).toBe(true);
    expect(shown[0]!.endsWith('…')).toBe(true);
    expect(more).toBe(2);
  });

  it('removes control and direction characters and repeats', () => {
    const { shown, more } = echoIgnored(['a\u202Eb\u0007c', 'a\u202Eb\u0007c', 'line\nbreak']);
    expect(shown).toEqual(['abc', 'line break']);
    expect(more).toBe(0);
  });

  it('caps what an 8 KB crafted link can echo', () => {
    const search = `?${Array.from({ length: 200 }, (_, i) => `p${i}_Official_data_now_at_example_com_call_us=x`).join('&')}`;
    expect(search.length).toBeGreaterThan(8000);
    const { shown, more } = echoIgnored(parseUrlState(search).ignored);
    expect(shown.join(', ').length).toBeLessThanOrEqual(3 * 40 + 4);
    expect(more).toBe(197);
  });
});

describe('the base map in the link', () => {
  it('round-trips, and an old `layers=online` asks for OpenStreetMap without a complaint', () => {
    const { state, ignored } = parseUrlState('?basemap=openfreemap');
    expect(state.basemap).toBe('openfreemap');
    expect(serializeUrlState(state)).toBe('?basemap=openfreemap');
    const old = parseUrlState('?layers=districts,online');
    expect(old.state.basemap).toBe('osm');
    expect(old.state.layers).toEqual(['districts']);
    expect(old.ignored).toEqual([]);
    expect(ignored).toEqual([]);
  });

  it('ignores an unknown base map', () => {
    const { state, ignored } = parseUrlState('?basemap=google');
    expect(state.basemap).toBeUndefined();
    expect(ignored).toEqual(['basemap=google']);
  });
});
