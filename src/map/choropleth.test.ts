import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  CHOROPLETH_COLORS as CLASS_COLORS,
  CHOROPLETH_UNKNOWN as UNKNOWN_COLOR,
  emptyTally,
  type Stats,
} from '../domain/stats';
import { buildChoropleth, CHOROPLETH_LAYERS, choroplethLayer, fillColor } from './choropleth';

const tally = (count: number, haKnown: number, areaUnknown = 0) => ({ count, haKnown, areaUnknown });
const stats = (byArea: [string, ReturnType<typeof tally>][]): Stats => ({
  total: emptyTally(),
  agri: emptyTally(),
  notCounted: [],
  byKind: new Map(),
  byStatus: new Map(),
  bySector: new Map(),
  byArea: new Map(byArea),
  unplaced: emptyTally(),
});

describe('choropleth', () => {
  const s = stats([
    ['a', tally(1, 10)],
    ['b', tally(2, 50)],
    ['c', tally(3, 0, 3)],
    ['d', tally(8, 400, 1)],
  ]);

  it('shades units by count, darkest for the most, and leaves units without zones unshaded', () => {
    const ch = buildChoropleth(s, 'district', 'count');
    expect(ch.breaks).toEqual([1, 2, 3, 8]);
    expect(ch.colors.get('a')).toBe(CLASS_COLORS[0]);
    expect(ch.colors.get('d')).toBe(CLASS_COLORS[3]);
    expect(ch.colors.has('nowhere')).toBe(false);
  });

  it('by hectares, greys a unit whose zones all lack an area instead of calling it zero', () => {
    const ch = buildChoropleth(s, 'district', 'ha');
    expect(ch.colors.get('c')).toBe(UNKNOWN_COLOR);
    expect(ch.breaks).toEqual([10, 50, 400]);
    expect(ch.colors.get('d')).toBe(CLASS_COLORS[3]);
  });

  it('builds valid layers and colour expressions', () => {
    const ch = buildChoropleth(s, 'commune', 'count');
    const layer = { ...choroplethLayer('commune'), paint: { 'fill-color': fillColor(ch) } };
    const style = {
      version: 8,
      sources: { 'communes-2025': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
      layers: [layer],
    };
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(layer.id).toBe(CHOROPLETH_LAYERS.commune);
    expect(fillColor(buildChoropleth(stats([]), 'district', 'count'))).toBe('rgba(0,0,0,0)');
  });
});
