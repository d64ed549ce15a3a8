// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { LayerInfo } from '../domain/sources';
import { sourceNeeded } from './lazySources';
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
