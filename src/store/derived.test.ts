import { describe, expect, it } from 'vitest';
import { appData } from '../test/appData';
import { selectListedWithoutArea } from './derived';
import { createAppStore } from './index';

describe('selectListedWithoutArea', () => {
  it('counts the listed zones that have no official area, following the filters', async () => {
    const store = createAppStore();
    await store.getState().load(async () => appData());
    expect(selectListedWithoutArea(store.getState())).toBe(1);
    // The zone without an area is a planned one: listing operating zones only leaves none.
    store.getState().toggleFilter('statuses', 'operating');
    expect(selectListedWithoutArea(store.getState())).toBe(0);
  });
});
