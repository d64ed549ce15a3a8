// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { LayerInfo } from '../domain/sources';
import { createAppStore } from '../store';
import { bindLazySources, type LazyOptions, sourceNeeded } from './lazySources';
import { buildStyle, LAZY_SOURCES } from './style';

const info = (id: string): LayerInfo => ({
  id,
  role: 'base',
  title: { vi: id, en: id },
  file: `${id}.geojson`,
  licence: 'L',
  attribution: `© ${id}`,
  asOf: '2025',
});
const dataUrl = (f: string) => `http://x/data/${f}`;

describe('reference layers loaded when first needed', () => {
  it('defers exactly the sources that only close-in layers draw', () => {
    expect([...LAZY_SOURCES].sort()).toEqual([
      'communes-2025',
      'communes-2025-labels',
      'red-river-gshhg-centreline',
    ]);
  });

  it('starts them empty in the lazy style, and with their file otherwise', () => {
    const layers = ['communes-2025', 'districts-2020', 'red-river-gshhg', 'railways'].map(info);
    const lazy = buildStyle({ dataUrl, layers, lazy: true }).sources;
    const eager = buildStyle({ dataUrl, layers }).sources;
    for (const id of LAZY_SOURCES) {
      expect(lazy[id]).toMatchObject({ data: { type: 'FeatureCollection', features: [] } });
      expect(eager[id]).toMatchObject({ data: dataUrl(`${id}.geojson`) });
    }
    // The first view's layers keep their files, and the credits stay on the empty sources.
    expect(lazy['districts-2020']).toMatchObject({ data: dataUrl('districts-2020.geojson') });
    expect(lazy['railways']).toMatchObject({ data: dataUrl('railways.geojson') });
    expect(lazy['communes-2025']).toMatchObject({ attribution: '© communes-2025' });
  });

  it('needs a source once a shown layer on it is within half a zoom of its start', () => {
    const layers = [{ source: 'communes-2025', minzoom: 10 }, { source: 'roads' }];
    expect(sourceNeeded(layers, 'communes-2025', 9.4)).toBe(false);
    expect(sourceNeeded(layers, 'communes-2025', 9.5)).toBe(true);
    expect(
      sourceNeeded([{ source: 'communes-2025', minzoom: 10, visibility: 'none' }], 'communes-2025', 12),
    ).toBe(false);
    // A layer with no start zoom (the communes' choropleth) needs it at once.
    expect(sourceNeeded([{ source: 'communes-2025' }], 'communes-2025', 8)).toBe(true);
    expect(sourceNeeded(layers, 'elsewhere', 14)).toBe(false);
  });
});

/** The adapter's calls the binder makes; `idle` fires the map's first idle, `quiet` the page's quiet moment. */
function bound(zoom: number, options: Omit<LazyOptions, 'whenQuiet'>) {
  let idle = () => {};
  let quiet: (() => void) | undefined;
  const adapter = {
    whenLoaded: (cb: () => void) => cb(),
    once: (_: string, fn: () => void) => ((idle = fn), () => {}),
    on: () => () => {},
    layersDrawn: () => [
      { id: 'communes-line', source: 'communes-2025', minzoom: 10 },
      { id: 'communes-label', source: 'communes-2025-labels', minzoom: 10.5 },
      { id: 'red-river-line', source: 'red-river-gshhg-centreline', minzoom: 10 },
    ],
    zoom: () => zoom,
    hasSource: () => true,
    setSourceData: vi.fn(),
  };
  const whenQuiet = (fn: () => void) => ((quiet = fn), () => (quiet = undefined));
  const unbind = bindLazySources(adapter, createAppStore(), { dataUrl }, { ...options, whenQuiet });
  const loaded = () => adapter.setSourceData.mock.calls.map(([id]) => id).sort();
  return { idle: () => idle(), quiet: () => quiet?.(), loaded, unbind };
}

describe('reading the deferred files at the first quiet moment', () => {
  it('reads every deferred file once the first view is drawn and the page is quiet, not before', () => {
    const map = bound(9, { prefetch: true });
    map.quiet();
    expect(map.loaded()).toEqual([]);
    map.idle();
    expect(map.loaded()).toEqual([]);
    map.quiet();
    expect(map.loaded()).toEqual([...LAZY_SOURCES].sort());
  });

  it('reads what is already needed at the first idle, and each file only once', () => {
    const map = bound(9.6, { prefetch: true });
    map.idle();
    expect(map.loaded()).toEqual(['communes-2025', 'red-river-gshhg-centreline']);
    map.quiet();
    expect(map.loaded()).toEqual([...LAZY_SOURCES].sort());
  });

  it('waits for the zoom when the visitor saves data', () => {
    const map = bound(9, { prefetch: false });
    map.idle();
    map.quiet();
    expect(map.loaded()).toEqual([]);
  });

  it('reads nothing once unbound', () => {
    const map = bound(9, { prefetch: true });
    map.idle();
    map.unbind();
    map.quiet();
    expect(map.loaded()).toEqual([]);
  });
});
