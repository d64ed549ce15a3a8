import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from './urlState';

const full: UrlState = {
  camera: { center: [105.52345, 21.01234], zoom: 12.5 },
  filters: {
    statuses: ['operating', 'planned'],
    sectors: ['electronics'],
    kinds: ['kcn'],
    districts: ['dong-anh'],
    communes: ['xa-thien-loc'],
  },
  zone: 'hhtp-hoa-lac',
  lang: 'en',
  layers: ['communes'],
};

describe('URL state', () => {
  it('round-trips every part of the state', () => {
    const url = serializeUrlState(full);
    expect(url).toBe(
      '?lang=en&status=operating,planned&sector=electronics&kind=kcn&district=dong-anh&commune=xa-thien-loc&zone=hhtp-hoa-lac&layers=communes&map=12.5/21.01234/105.52345',
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
