import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, type SearchDoc } from './search';

const zone = (
  id: string,
  name: string,
  extra: Partial<Record<'alias' | 'formerName' | 'developer' | 'place', string[]>> = {},
): SearchDoc => ({
  type: 'zone',
  id,
  label: name,
  texts: [
    { text: name, field: 'name' },
    ...Object.entries(extra).flatMap(([field, list]) =>
      list!.map((text) => ({ text, field: field as SearchDoc['texts'][number]['field'] })),
    ),
  ],
});
const place = (type: 'district' | 'commune', id: string, name: string): SearchDoc => ({
  type,
  id,
  label: name,
  texts: [{ text: name, field: 'name' }],
});

const index = buildSearchIndex([
  zone('hhtp-hoa-lac', 'Khu công nghệ cao Hòa Lạc', { alias: ['HHTP'], place: ['Thạch Thất', 'Xã Hòa Lạc'] }),
  zone('kcn-thang-long', 'Khu công nghiệp Thăng Long', {
    alias: ['TLIP'],
    developer: ['Sumitomo'],
    place: ['Đông Anh'],
  }),
  zone('kcn-nam-thang-long', 'Khu công nghiệp Nam Thăng Long', { place: ['Bắc Từ Liêm'] }),
  zone('kcn-quang-minh-1', 'Khu công nghiệp Quang Minh (Quang Minh I)', { place: ['Mê Linh'] }),
  zone('ccn-lien-ha', 'Cụm công nghiệp Liên Hà', { place: ['Đông Anh'] }),
  zone('kcn-sai-dong-b', 'Khu công nghiệp Sài Đồng B', {
    formerName: ['Khu công nghiệp Hanel'],
    place: ['Long Biên'],
  }),
  place('district', 'dong-anh', 'Đông Anh'),
  place('commune', 'xa-hoa-lac', 'Xã Hòa Lạc'),
  place('commune', 'xa-dong-anh', 'Xã Đông Anh'),
  place('district', 'soc-son', 'Sóc Sơn'),
]);
const ids = (q: string) => search(index, q).map((h) => h.doc.id);

describe('search', () => {
  it.each(['hoa lac', 'Hoà Lạc', 'Hòa Lạc', 'HOA LAC', 'hòa lạc', '  hoa   lac  '])(
    'finds Hòa Lạc for %j',
    (q) => {
      expect(ids(q)).toContain('hhtp-hoa-lac');
    },
  );

  it('folds đ to d', () => {
    expect(ids('dong anh')).toEqual(expect.arrayContaining(['dong-anh', 'xa-dong-anh', 'kcn-thang-long']));
    expect(ids('sai dong')[0]).toBe('kcn-sai-dong-b');
  });

  it('understands KCN, CCN, KCNC and CNC', () => {
    expect(ids('kcn thang long')[0]).toBe('kcn-thang-long');
    expect(ids('KCN Thăng Long')[0]).toBe('kcn-thang-long');
    expect(ids('ccn lien ha')[0]).toBe('ccn-lien-ha');
    expect(ids('kcnc hoa lac')[0]).toBe('hhtp-hoa-lac');
    expect(ids('cnc hoa lac')[0]).toBe('hhtp-hoa-lac');
    expect(ids('khu cong nghiep quang minh')[0]).toBe('kcn-quang-minh-1');
  });

  it('treats a name without its kind word as exact, and puts the zone before the place of the same name', () => {
    expect(ids('hoa lac').slice(0, 2)).toEqual(['hhtp-hoa-lac', 'xa-hoa-lac']);
    expect(ids('thang long')[0]).toBe('kcn-thang-long');
  });

  it('ranks the exact, tone-correct match first', () => {
    expect(ids('Đông Anh')[0]).toBe('dong-anh');
    expect(ids('Xã Hòa Lạc')[0]).toBe('xa-hoa-lac');
  });

  it('ranks prefix matches before matches inside a word', () => {
    // "thang long" starts "Thăng Long" but sits inside "Nam Thăng Long".
    expect(ids('thang long').indexOf('kcn-thang-long')).toBeLessThan(
      ids('thang long').indexOf('kcn-nam-thang-long'),
    );
    // "son" is a word prefix in "Sóc Sơn" and only inside a word elsewhere.
    expect(ids('son')[0]).toBe('soc-son');
  });

  it('finds zones by alias, former name and developer', () => {
    expect(ids('tlip')[0]).toBe('kcn-thang-long');
    expect(ids('hanel')[0]).toBe('kcn-sai-dong-b');
    expect(ids('sumitomo')[0]).toBe('kcn-thang-long');
  });

  it('returns nothing, without throwing, for empty, punctuation-only or absurd queries', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, '!!! ??? ...')).toEqual([]);
    expect(search(index, 'a'.repeat(500))).toEqual([]);
    expect(search(index, '(.*)[')).toEqual([]);
  });
});

describe('search at scale', () => {
  it('keeps exactly the best hits of the full ranking, whatever the limit', () => {
    const syllables = [
      'hoa',
      'lạc',
      'đông',
      'anh',
      'thăng',
      'long',
      'sóc',
      'sơn',
      'phú',
      'nghĩa',
      'minh',
      'quang',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const docs = Array.from({ length: 600 }, (_, i) => {
      const name = Array.from(
        { length: 2 + Math.floor(next() * 3) },
        () => syllables[Math.floor(next() * syllables.length)],
      ).join(' ');
      return zone(`z${i}`, `Cụm công nghiệp ${name}`);
    });
    const big = buildSearchIndex(docs);
    for (const q of ['h', 'ho', 'dong anh', 'ccn minh', 'son']) {
      const all = search(big, q, 10_000);
      expect(search(big, q, 8)).toEqual(all.slice(0, 8));
    }
  });
});
