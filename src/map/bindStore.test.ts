import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store';
import { appData, ZONES } from '../test/appData';
import { bindStore } from './bindStore';

const fakeAdapter = () => ({
  setZones: vi.fn(),
  setStacks: vi.fn(),
  setFilter: vi.fn(),
  setVisibleZones: vi.fn(),
  setSelected: vi.fn(),
  setLanguage: vi.fn(),
  setLayerVisible: vi.fn(),
  flyTo: vi.fn(),
  frame: vi.fn(),
});

describe('bindStore', () => {
  it('hands the map the same stacks object while the badges stay the same, so nothing re-tiles', async () => {
    const store = createAppStore();
    // The fixture zones share one point: the operating ones move apart, so the badge counts the
    // planned ones only, and a filter on planned zones leaves it as it was.
    const zones = ZONES.map((z, i) =>
      z.properties.status[0]?.value === 'operating'
        ? { ...z, properties: { ...z.properties, anchor: [105.9 + i / 10, 21.2] as [number, number] } }
        : z,
    );
    await store.getState().load(async () => appData(zones));
    const adapter = fakeAdapter();
    const unbind = bindStore(adapter, store);
    const first = adapter.setStacks.mock.lastCall?.[0];
    expect(first.features).toHaveLength(1);
    // Hides the operating zones only: the stack keeps its count.
    store.getState().toggleFilter('statuses', 'planned');
    expect(adapter.setVisibleZones.mock.lastCall?.[0]).not.toBe(adapter.setVisibleZones.mock.calls[0]?.[0]);
    expect(adapter.setStacks.mock.lastCall?.[0]).toBe(first);
    unbind();
  });
});
