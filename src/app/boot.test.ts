// @vitest-environment happy-dom
import { memoryZoneSource } from '../domain/zoneSource';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadedData } from '../domain/dataFiles';
import { selectVisibleIds } from '../store/derived';
import { boot, type BootOptions } from './boot';

const importer = () => ({
  importFiles: vi.fn(),
  cancelImport: vi.fn(),
  answerCrs: vi.fn(),
  previewCrs: vi.fn(),
  countMatching: vi.fn(),
  downloadSetAside: vi.fn(),
  deleteSetAside: vi.fn(),
  stop: vi.fn(),
});

const EMPTY: LoadedData = {
  zones: [],
  source: memoryZoneSource([]),
  unplaced: [],
  sources: [],
  layers: [],
  places: { districts: [], communes: [] },
  meta: { statusDates: { oldest: null, newest: null, undated: 0 }, zoneCount: 0, programmeSectors: [] },
} as unknown as LoadedData;

/** A loader that hands out its signals and never settles unless told to. */
function pendingLoader() {
  const signals: AbortSignal[] = [];
  const resolvers: ((d: LoadedData) => void)[] = [];
  const load = (signal: AbortSignal) => {
    signals.push(signal);
    return new Promise<LoadedData>((resolve) => resolvers.push(resolve));
  };
  return { load, signals, resolvers };
}

const apps: { stop(): void }[] = [];
function app(options: BootOptions) {
  const booted = boot({
    startImport: importer,
    startMapWorkers: () => {},
    loadReference: () => new Promise(() => {}),
    ...options,
  });
  apps.push(booted);
  return booted;
}

afterEach(() => {
  for (const a of apps.splice(0)) a.stop();
  window.history.replaceState(null, '', '/');
});

describe('boot', () => {
  it('starts the first load with the loader it was given, and the URL sync before it', () => {
    window.history.replaceState(null, '', '/?lang=en&tiles=zone-tiles/tiles.json');
    const loader = pendingLoader();
    const a = app({ loadData: loader.load });
    expect(loader.signals).toHaveLength(1);
    expect(a.store.getState().lang).toBe('en');
    // The URL sync owns `tiles` too: the map reads it from the store, never from window.location.
    expect(a.store.getState().tiles).toBe('zone-tiles/tiles.json');
    expect(window.location.search).toContain('tiles=zone-tiles');
  });

  it('makes apps that share no state: notices, camera requests, loads and memo caches', async () => {
    const one = pendingLoader();
    const two = pendingLoader();
    const a = app({ loadData: one.load });
    const b = app({ loadData: two.load });
    expect(a.store).not.toBe(b.store);

    // Each store numbers its own notices and camera requests.
    a.store.getState().notify({ key: 'shortlist.full' });
    a.store.getState().notify({ key: 'fit.copied' });
    b.store.getState().notify({ key: 'shortlist.full' });
    expect(a.store.getState().notices.map((n) => n.id)).toEqual([1, 2]);
    expect(b.store.getState().notices.map((n) => n.id)).toEqual([1]);
    a.store.getState().requestCamera({ camera: { center: [105.8, 21], zoom: 10 } });
    b.store.getState().requestCamera({ camera: { center: [105.8, 21], zoom: 10 } });
    expect(b.store.getState().cameraRequest?.seq).toBe(1);

    // A reload in one app aborts that app's load only.
    void a.store.getState().load();
    expect(one.signals.map((s) => s.aborted)).toEqual([true, false]);
    expect(two.signals.map((s) => s.aborted)).toEqual([false]);
    two.resolvers[0]!(EMPTY);
    await vi.waitFor(() => expect(b.store.getState().data.status).toBe('ready'));
    expect(a.store.getState().data.status).toBe('loading');

    // Memoised selectors keep one cache per store: the same inputs in another store do not evict it.
    one.resolvers[1]!(EMPTY);
    await vi.waitFor(() => expect(a.store.getState().data.status).toBe('ready'));
    const fromA = selectVisibleIds(a.store.getState());
    const fromB = selectVisibleIds(b.store.getState());
    expect(fromA).not.toBe(fromB);
    expect(selectVisibleIds(a.store.getState())).toBe(fromA);
  });
});
