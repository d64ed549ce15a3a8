/**
 * A user's imported layer as the app keeps it (in the store and in IndexedDB), with its zod schema:
 * what comes back from IndexedDB is checked like any other input.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { z } from 'zod';
import { eachPosition, geometrySchema, type SimpleGeometry } from './features';

export type BBox = [number, number, number, number];
export type AttrFilter = { key: string; value: string };

export type ImportedLayer = {
  id: string;
  name: string;
  fileName: string;
  color: string;
  visible: boolean;
  /** How the coordinates were read, e.g. "vn2000-tm3-105" or "prj". */
  crs: string;
  featureCount: number;
  bbox: BBox;
  importedAt: string;
  filter: AttrFilter | null;
  data: FeatureCollection;
};

/** Distinct from the zone kind colours, readable on the light base map. */
export const LAYER_PALETTE = [
  '#d6336c',
  '#1c7ed6',
  '#0ca678',
  '#f08c00',
  '#7048e8',
  '#c2255c',
  '#1098ad',
  '#5c940d',
];

const propValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const featureSchema = z.object({
  type: z.literal('Feature'),
  geometry: geometrySchema,
  properties: z.record(z.string(), propValue),
});

export const storedLayerSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(300),
  fileName: z.string().max(300),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  visible: z.boolean(),
  crs: z.string().max(100),
  featureCount: z.number().int().nonnegative(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  importedAt: z.string().max(40),
  filter: z.object({ key: z.string().max(200), value: z.string().max(500) }).nullable(),
  data: z.object({ type: z.literal('FeatureCollection'), features: z.array(featureSchema) }),
});

/** Parses a stored layer; positions must be finite longitude/latitude. */
export function parseStoredLayer(value: unknown): ImportedLayer | null {
  const r = storedLayerSchema.safeParse(value);
  if (!r.success) return null;
  let ok = r.data.data.features.length === r.data.featureCount;
  for (const f of r.data.data.features)
    eachPosition(f.geometry as SimpleGeometry, (p) => {
      if (!(Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90)) ok = false;
    });
  return ok ? (r.data as ImportedLayer) : null;
}

export function bboxOf(features: readonly Feature[]): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features)
    eachPosition(f.geometry as SimpleGeometry, ([x, y]) => {
      b[0] = Math.min(b[0], x!);
      b[1] = Math.min(b[1], y!);
      b[2] = Math.max(b[2], x!);
      b[3] = Math.max(b[3], y!);
    });
  return b[0] <= b[2] ? b : [0, 0, 0, 0];
}

/** Every property name used by the layer, in first-seen order. */
export function attributeKeys(layer: Pick<ImportedLayer, 'data'>, max = 100): string[] {
  const keys = new Set<string>();
  for (const f of layer.data.features) {
    for (const k of Object.keys(f.properties ?? {})) keys.add(k);
    if (keys.size >= max) break;
  }
  return [...keys];
}

/** The attribute filter's meaning: the value, as text, contains the query, ignoring case. The map's expression says the same. */
export function matchesFilter(props: Record<string, unknown> | null, filter: AttrFilter | null): boolean {
  if (!filter || filter.value === '') return true;
  const v = props && Object.hasOwn(props, filter.key) ? props[filter.key] : undefined;
  if (v === undefined || v === null) return false;
  return String(v).toLowerCase().includes(filter.value.toLowerCase());
}
