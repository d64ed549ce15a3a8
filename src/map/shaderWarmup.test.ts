// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { FOOTPRINT } from '../domain/symbology';
import { ZONE_AREA_LAYER, ZONE_AREA_OUTLINE_LAYER, ZONE_DOT_LAYER } from './layerIds';
import { bindShaderWarmup, WARMUP_SOURCE, warmupFeature, warmupLayers } from './shaderWarmup';
import { STYLE_LAYERS } from './style';

const drawsAt = (l: { minzoom?: number; maxzoom?: number }, z: number) =>
  z >= (l.minzoom ?? 0) && z < (l.maxzoom ?? Infinity);
const OPENING_ZOOM = 9;

/** The adapter's calls the warm-up makes; `idle` holds the listeners of the map's next idle. */
function fakeAdapter() {
  const idle: (() => void)[] = [];
  const adapter = {
    whenLoaded: (cb: () => void) => cb(),
    once: (_: string, fn: () => void) => {
      idle.push(fn);
      return () => void idle.splice(idle.indexOf(fn), 1);
    },
    zoom: () => OPENING_ZOOM,
    center: (): [number, number] => [105.8, 21],
    addSource: vi.fn(),
    addLayers: vi.fn(),
    removeLayers: vi.fn(),
    removeSource: vi.fn(),
  };
  return { adapter, idle };
}

describe('shader warm-up', () => {
  it('copies, with the same paint, every fill, line and circle layer that is not drawn at the start', () => {
    const copies = warmupLayers(STYLE_LAYERS, OPENING_ZOOM);
    const byOriginal = new Map(copies.map((c) => [c.id.replace(/^warmup-/, ''), c]));
    for (const z of [9.5, 10, 11, 12, 13, 15])
      for (const l of STYLE_LAYERS)
        if (['fill', 'line', 'circle'].includes(l.type) && drawsAt(l, z) && !drawsAt(l, OPENING_ZOOM)) {
          const copy = byOriginal.get(l.id);
          expect(copy, `${l.id} (drawn from zoom ${z})`).toBeDefined();
          expect(copy).toMatchObject({ type: l.type, source: WARMUP_SOURCE });
          expect((copy as { paint: unknown }).paint).toBe((l as { paint: unknown }).paint);
        }
    // The footprints, from zoom 9.5, are what the first zoom-in draws; the dots are drawn already.
    expect(byOriginal.has(ZONE_AREA_LAYER) && byOriginal.has(ZONE_AREA_OUTLINE_LAYER)).toBe(true);
    expect(byOriginal.has(ZONE_DOT_LAYER)).toBe(false);
    expect(FOOTPRINT.minzoom).toBeGreaterThan(OPENING_ZOOM);
  });

  it('leaves out what would keep a copy from drawing its square', () => {
    for (const copy of warmupLayers(STYLE_LAYERS, OPENING_ZOOM)) {
      expect(Object.keys(copy).sort()).toEqual(['id', 'paint', 'source', 'type']);
    }
    // Nothing to compile when every layer is drawn already (no zoom range excludes zoom 10 here).
    expect(warmupLayers([{ id: 'background', type: 'background' }], 3)).toEqual([]);
  });

  it('draws a square of about 2 km around the centre', () => {
    const ring = warmupFeature([105.8, 21]).geometry.coordinates[0]!;
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    const lngs = ring.map((p) => p[0]!);
    expect(Math.max(...lngs) - Math.min(...lngs)).toBeCloseTo(0.02, 6);
  });

  it('adds the copies under the background at the first idle, and removes them at the next', () => {
    const { adapter, idle } = fakeAdapter();
    bindShaderWarmup(adapter);
    expect(adapter.addSource).not.toHaveBeenCalled();
    idle.shift()!();
    expect(adapter.addSource).toHaveBeenCalledWith(
      WARMUP_SOURCE,
      expect.objectContaining({ type: 'geojson' }),
    );
    const [layers, under] = adapter.addLayers.mock.lastCall!;
    expect(under).toEqual(['background']);
    expect(adapter.removeLayers).not.toHaveBeenCalled();
    idle.shift()!();
    expect(adapter.removeLayers).toHaveBeenCalledWith(layers.map((l: { id: string }) => l.id));
    expect(adapter.removeSource).toHaveBeenCalledWith(WARMUP_SOURCE);
  });

  it('does nothing once unbound before the first idle', () => {
    const { adapter, idle } = fakeAdapter();
    bindShaderWarmup(adapter)();
    expect(idle).toHaveLength(0);
    expect(adapter.addSource).not.toHaveBeenCalled();
  });
});
