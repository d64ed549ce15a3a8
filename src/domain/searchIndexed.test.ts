/**
 * The indexed search (bounds, equal-form lookup, a walk in tie-break order that stops early) must
 * return exactly what the plain scan returns: same documents, scores, fields and order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToIndex,
  buildSearchIndex,
  emptySearchIndex,
  search,
  searchLinear,
  type SearchDoc,
} from './search';

const WORDS = [
  'Khu công nghiệp',
  'Cụm công nghiệp',
  'Khu công nghệ cao',
  'KCN',
  'CCN',
  'KCNC',
  'CNC',
  'Xã',
  'Phường',
  'Thăng Long',
  'Thạch Thất',
  'Hòa Lạc',
  'Hoà Lạc',
  'Đông Anh',
  'Dong Anh',
  'Quang Minh',
  'II',
  'I',
  '2',
  'Phú Nghĩa',
  'Phú Xuyên',
  'Sài Đồng',
  'B',
  'Nam',
  'Bắc',
  'Từ Liêm',
  'Sóc Sơn',
  'Mê Linh',
  'Liên Hà',
  'Sumitomo',
  'Hanel',
  'cơ khí',
  'điện tử',
  'dệt may',
  'Ninh Hiệp',
  'An Khánh',
  'Hà Nội',
  'Hanoi',
];
const FIELDS = ['name', 'alias', 'formerName', 'developer', 'place', 'sector'] as const;
const TYPES = ['zone', 'district', 'commune'] as const;

const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const docArb = fc.record({
  type: fc.constantFrom(...TYPES),
  label: phrase,
  texts: fc.array(fc.record({ text: phrase, field: fc.constantFrom(...FIELDS) }), { maxLength: 4 }),
});
const docsArb = fc
  .array(docArb, { minLength: 1, maxLength: 60 })
  .map((ds): SearchDoc[] =>
    ds.map((d, i) => ({ ...d, id: `d${i}`, texts: [{ text: d.label, field: 'name' as const }, ...d.texts] })),
  );
/** What people type: a phrase, its first characters, in other case or with the marks gone, or noise. */
const queryArb = fc.oneof(
  phrase,
  fc.tuple(phrase, fc.nat()).map(([p, n]) => p.slice(0, 1 + (n % p.length))),
  phrase.map((p) => p.toUpperCase()),
  phrase.map((p) => p.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
  fc.string({ maxLength: 6 }),
);

describe('the indexed search', () => {
  it('returns exactly the plain scan’s ranked hits, for any documents, query and limit', () => {
    fc.assert(
      fc.property(
        docsArb,
        fc.array(queryArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 10 }),
        (docs, queries, limit) => {
          const index = buildSearchIndex(docs);
          for (const q of queries) expect(search(index, q, limit)).toEqual(searchLinear(index, q, limit));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with the plain scan on a partial index, as documents are added one by one', () => {
    fc.assert(
      fc.property(docsArb, queryArb, (docs, q) => {
        const index = emptySearchIndex();
        for (const d of docs) {
          addToIndex(index, d);
          expect(search(index, q, 3)).toEqual(searchLinear(index, q, 3));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('agrees on many documents that tie, where the walk has to stop early', () => {
    const docs: SearchDoc[] = Array.from({ length: 400 }, (_, i) => ({
      type: TYPES[i % 3]!,
      id: `z${i}`,
      label: `${WORDS[i % WORDS.length]} ${i % 7}`,
      texts: [
        { text: `${WORDS[i % WORDS.length]} ${i % 7}`, field: 'name' },
        { text: WORDS[(i * 7) % WORDS.length]!, field: FIELDS[i % FIELDS.length]! },
      ],
    }));
    const index = buildSearchIndex(docs);
    for (const w of WORDS)
      for (let i = 1; i <= w.length; i++)
        expect(search(index, w.slice(0, i))).toEqual(searchLinear(index, w.slice(0, i)));
  });

  it('agrees where a tier is tested document by document, and where that test gives way to a list', () => {
    // Short names that start with other words come first in tie-break order; the long names that
    // start with "Khu công nghiệp" come last, so a walk testing each document runs out of budget.
    const short = Array.from({ length: 1500 }, (_, i): SearchDoc => ({
      type: 'zone',
      id: `s${i}`,
      label: `${WORDS[i % 9 === 0 ? 3 : 10 + (i % 20)]} ${i}`,
      texts: [{ text: `${WORDS[i % 9 === 0 ? 3 : 10 + (i % 20)]} ${i}`, field: 'name' }],
    }));
    const long = Array.from({ length: 300 }, (_, i): SearchDoc => ({
      type: TYPES[i % 3]!,
      id: `l${i}`,
      label: `Khu công nghiệp ${WORDS[10 + (i % 20)]} ${WORDS[i % WORDS.length]} ${i}`,
      texts: [
        { text: `Khu công nghiệp ${WORDS[10 + (i % 20)]} ${WORDS[i % WORDS.length]} ${i}`, field: 'name' },
        { text: WORDS[(i * 7) % WORDS.length]!, field: FIELDS[i % FIELDS.length]! },
      ],
    }));
    const index = buildSearchIndex([...short, ...long]);
    for (const q of [
      'k',
      'kh',
      'khu',
      'khu c',
      'Khu công nghiệp T',
      'kcn',
      'kcn 1',
      'th',
      'Thạch',
      '1',
      '12',
      'n',
    ])
      for (const limit of [1, 8, 40]) expect(search(index, q, limit)).toEqual(searchLinear(index, q, limit));
  });
});
