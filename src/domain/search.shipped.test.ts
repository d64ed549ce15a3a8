/** Real queries on the shipped data, through the app's own search documents. */
import { describe, expect, it } from 'vitest';
import { shippedPlaceNames as places, shippedZones as zones } from '../test/shippedSearch';
import { buildSearchIndex, search } from './search';
import { placeDocs, zoneDocs } from './searchDocs';

const index = buildSearchIndex([...zoneDocs(zones, places, 'vi'), ...placeDocs(places, 'vi')]);
const ids = (q: string, n = 8) => search(index, q, n).map((h) => h.doc.id);
const zone = (id: string) => zones.find((z) => z.properties.id === id)!.properties;

describe('search on the shipped data', () => {
  it.each(['Quang Minh II', 'quang minh 2', 'KCN Quang Minh 2', 'kcn quang minh ii'])(
    'takes Arabic and Roman numerals as the same word: %j',
    (q) => expect(ids(q)[0]).toBe('kcn-quang-minh-2'),
  );

  it('finds Quang Minh I by "quang minh 1" and HANSSIP phase 2 by "giai doan 2"', () => {
    expect(ids('quang minh 1')[0]).toBe('kcn-quang-minh-1');
    expect(ids('ho tro nam ha noi giai doan 2')[0]).toBe('kcn-hanssip-gd2');
  });

  it('finds the biotech zone by its sector, "cong nghe sinh hoc"', () => {
    expect(ids('cong nghe sinh hoc', 3)).toContain('htz-biotech');
  });

  it('lists the clusters of Thường Tín for "ccn thuong tin"', () => {
    const hits = ids('ccn thuong tin', 8);
    expect(hits.length).toBe(8);
    for (const id of hits) {
      expect(zone(id).kind, id).toBe('ccn');
      expect(zone(id).district, id).toBe('thuong-tin');
    }
  });

  it('still puts a name match first: "hoa lac", "thang long", "tlip"', () => {
    expect(ids('hoa lac')[0]).toBe('hhtp-hoa-lac');
    expect(ids('thang long')[0]).toBe('kcn-thang-long');
    expect(ids('tlip')[0]).toBe('kcn-thang-long');
  });
});
