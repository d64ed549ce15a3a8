import { describe, expect, it } from 'vitest';
import type { LoadedData } from '../domain/dataFiles';
import type { LayerInfo } from '../domain/sources';
import { appData } from '../test/appData';
import type { DataLoader } from './dataSlice';
import { createAppStore } from './index';

const LAYERS = [{ id: 'hanoi-boundary' }] as unknown as LayerInfo[];

/** A loader that reports the layer registry first and settles only when told to. */
function stagedLoader() {
  let report: ((l: readonly LayerInfo[]) => void) | undefined;
  let settle: ((d: LoadedData) => void) | undefined;
  const load: DataLoader = (_signal, _tiles, onLayers) => {
    report = onLayers;
    return new Promise((resolve) => (settle = resolve));
  };
  return { load, layers: () => report?.(LAYERS), settle: (d: LoadedData) => settle?.(d) };
}

describe('the data slice', () => {
  it('knows the layer registry while the rest still loads, and keeps that same array when ready', async () => {
    const loader = stagedLoader();
    const store = createAppStore({ loadData: loader.load });
    const done = store.getState().load();
    expect(store.getState().data).toEqual({ status: 'loading' });
    loader.layers();
    expect(store.getState().data).toEqual({ status: 'loading', layers: LAYERS });
    loader.settle({ ...appData(), layers: LAYERS });
    await done;
    const data = store.getState().data;
    expect(data.status).toBe('ready');
    // The same array: the map, built from it while loading, is not built again.
    expect(data.status === 'ready' && data.layers).toBe(LAYERS);
  });

  it('ignores the registry of a load that a newer one superseded', () => {
    const first = stagedLoader();
    const second = stagedLoader();
    const store = createAppStore({ loadData: first.load });
    void store.getState().load();
    void store.getState().load(second.load);
    first.layers();
    expect(store.getState().data).toEqual({ status: 'loading' });
  });
});
