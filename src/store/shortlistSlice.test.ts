import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHORTLIST_KEY } from '../domain/shortlist';
import { createAppStore } from './index';

function stubStorage(initial: Record<string, string>) {
  const data = new Map(Object.entries(initial));
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  });
  return data;
}

afterEach(() => vi.unstubAllGlobals());

describe('shortlist slice', () => {
  it('survives a corrupt stored value: drops it and says so, without crashing', async () => {
    const data = stubStorage({ [SHORTLIST_KEY]: '{"version":1,"ids":[42' });
    const store = createAppStore();
    expect(store.getState().pinned).toEqual([]);
    await Promise.resolve();
    expect(store.getState().notices).toMatchObject([{ key: 'shortlist.corrupt' }]);
    expect(data.has(SHORTLIST_KEY)).toBe(false);
  });

  it('drops only a bad stored id, keeps the other pins and says so', async () => {
    const data = stubStorage({
      [SHORTLIST_KEY]: JSON.stringify({ version: 1, ids: ['kcn-thang-long', 'Not An Id', 'hhtp-hoa-lac'] }),
    });
    const store = createAppStore();
    expect(store.getState().pinned).toEqual(['kcn-thang-long', 'hhtp-hoa-lac']);
    await Promise.resolve();
    expect(store.getState().notices).toMatchObject([{ key: 'shortlist.dropped', params: { count: 1 } }]);
    expect(JSON.parse(data.get(SHORTLIST_KEY)!).ids).toEqual(['kcn-thang-long', 'hhtp-hoa-lac']);
  });

  it('restores pins across a "reload" (a new store on the same storage)', () => {
    stubStorage({});
    createAppStore().getState().togglePin('kcn-thang-long');
    const again = createAppStore();
    expect(again.getState().pinned).toEqual(['kcn-thang-long']);
    expect(again.getState().notices).toEqual([]);
  });
});
