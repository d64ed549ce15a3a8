import { describe, expect, it } from 'vitest';
import {
  keepKnown,
  MAX_PINNED,
  readShortlist,
  SHORTLIST_KEY,
  togglePinned,
  writeShortlist,
} from './shortlist';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

describe('shortlist storage', () => {
  it('round-trips the pinned ids', () => {
    const s = memoryStorage();
    expect(writeShortlist(s, ['kcn-thang-long', 'hhtp-hoa-lac'])).toBe(true);
    expect(readShortlist(s)).toEqual({ ids: ['kcn-thang-long', 'hhtp-hoa-lac'], corrupt: false, dropped: 0 });
    writeShortlist(s, []);
    expect(s.data.has(SHORTLIST_KEY)).toBe(false);
  });

  it('drops a corrupt value and reports it instead of throwing', () => {
    for (const bad of [
      '{not json',
      '[]',
      '{"version":2,"ids":["a"]}',
      '{"version":1,"ids":["a"],"extra":true}',
    ])
      expect(readShortlist(memoryStorage({ [SHORTLIST_KEY]: bad })), bad).toEqual({
        ids: [],
        corrupt: true,
        dropped: 0,
      });
  });

  it('drops only the bad ids of a readable value and keeps the others in order', () => {
    const read = (ids: unknown[]) =>
      readShortlist(memoryStorage({ [SHORTLIST_KEY]: JSON.stringify({ version: 1, ids }) }));
    expect(read(['kcn-thang-long', 'Bad Id', 'hhtp-hoa-lac'])).toEqual({
      ids: ['kcn-thang-long', 'hhtp-hoa-lac'],
      corrupt: false,
      dropped: 1,
    });
    expect(read(['a', 'a', 7, null])).toEqual({ ids: ['a'], corrupt: false, dropped: 3 });
    expect(read(['a', 'b', 'c', 'd', 'e'])).toEqual({
      ids: ['a', 'b', 'c', 'd'],
      corrupt: false,
      dropped: 1,
    });
  });

  it('treats missing or refused storage as empty, not corrupt', () => {
    expect(readShortlist(null)).toEqual({ ids: [], corrupt: false, dropped: 0 });
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readShortlist(throwing)).toEqual({ ids: [], corrupt: false, dropped: 0 });
    const full = {
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
      removeItem: () => {},
    };
    expect(writeShortlist(full, ['a'])).toBe(false);
  });

  it('pins up to the maximum and unpins', () => {
    let ids: string[] = [];
    for (const id of ['a', 'b', 'c', 'd']) ids = togglePinned(ids, id).ids;
    expect(ids).toHaveLength(MAX_PINNED);
    expect(togglePinned(ids, 'e')).toEqual({ ids, full: true });
    expect(togglePinned(ids, 'b').ids).toEqual(['a', 'c', 'd']);
    expect(keepKnown(['a', 'gone'], new Set(['a']))).toEqual(['a']);
  });
});
