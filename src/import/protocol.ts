/**
 * Messages between the page and the import worker, with the zod schemas the page checks every answer
 * against (a worker is a boundary like any other). Files travel as File objects and layer data as a
 * Blob plus transferred ArrayBuffers: nothing large is copied on the page's thread.
 */
import { z } from 'zod';
import type { CrsChoice } from '../domain/import/crs';
import { ISSUE_CODES } from '../domain/import/issues';
import type { AttrFilter } from '../domain/import/layer';

export type WorkerRequest =
  | { id: number; op: 'parse'; name: string; files: File[]; crs?: Record<string, CrsChoice> }
  | { id: number; op: 'restore'; chunks: ArrayBuffer[]; count: number }
  | { id: number; op: 'encode'; features: unknown[] }
  | { id: number; op: 'salvage'; value: unknown; chunks: ArrayBuffer[] }
  | { id: number; op: 'count'; layerId: string; blob: Blob; filter: AttrFilter | null }
  | { id: number; op: 'preview'; sample: [number, number][]; choice: CrsChoice }
  | {
      id: number;
      op: 'tile';
      layerId: string;
      blob: Blob;
      cluster: boolean;
      filter: AttrFilter | null;
      z: number;
      x: number;
      y: number;
    };

const issueSchema = z.object({
  file: z.string(),
  code: z.enum(ISSUE_CODES),
  severity: z.enum(['error', 'warning']),
  unit: z.enum(['feature', 'row', 'record', 'placemark', 'line']).optional(),
  index: z.number().optional(),
  label: z.string().optional(),
  detail: z.string().optional(),
});
const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export const encodedLayerSchema = z.object({
  key: z.string(),
  name: z.string(),
  fileName: z.string(),
  crs: z.string(),
  featureCount: z.number().int().nonnegative(),
  bbox,
  keys: z.array(z.string()),
  outside: z.number().min(0).max(1).optional(),
  pointsOnly: z.boolean(),
  blob: z.instanceof(Blob),
  chunks: z.array(z.instanceof(ArrayBuffer)),
  bytes: z.number(),
});
export type EncodedLayer = z.infer<typeof encodedLayerSchema>;
const point = z.tuple([z.number(), z.number()]);
const report = { issues: z.array(issueSchema), omitted: z.number().int().nonnegative() };
export const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('layers'), layers: z.array(encodedLayerSchema), ...report }),
  z.object({
    kind: z.literal('needs-crs'),
    question: z.object({
      layer: z.string(),
      layerName: z.string(),
      reason: z.enum(['noPrj', 'unknownPrj', 'datumWithoutShift', 'badChoice']),
      prj: z.string().optional(),
      detail: z.string().optional(),
      sample: z.array(point),
    }),
    ...report,
  }),
  z.object({ kind: z.literal('failed'), ...report }),
]);
export type WorkerOutcome = z.infer<typeof outcomeSchema>;

export const previewSchema = z.union([
  z.object({
    ok: z.literal(true),
    points: z.array(point),
    /** Share of the points outside Viet Nam's land (0–1). */
    outside: z.number(),
    bbox,
    /** Outlines near the points, as rings of [lon, lat]. */
    outlines: z.array(z.object({ kind: z.enum(['vn', 'other']), rings: z.array(z.array(point)) })),
    /** The bundled province outlines (Hanoi and its neighbours), as rings of [lon, lat]. */
    provinces: z.array(z.object({ name: z.string(), rings: z.array(z.array(point)) })),
    /** The borders between provinces before the 2025 mergers (approximate), as lines of [lon, lat]. */
    borders: z.array(z.array(point)),
  }),
  z.object({ ok: z.literal(false), problem: z.string(), detail: z.string().optional() }),
]);
export type PreviewResult = z.infer<typeof previewSchema>;

export const resultSchemas = {
  restore: z.instanceof(Blob).nullable(),
  encode: z
    .object({
      blob: z.instanceof(Blob),
      chunks: z.array(z.instanceof(ArrayBuffer)),
      bytes: z.number(),
      keys: z.array(z.string()),
    })
    .nullable(),
  salvage: z.instanceof(Blob),
  count: z.number().int().nonnegative(),
  preview: previewSchema,
  tile: z.instanceof(ArrayBuffer),
} as const;

export type WorkerResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'outcome'; outcome: unknown }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'crash'; message: string };
