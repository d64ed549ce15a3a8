/// <reference lib="webworker" />
/**
 * The import worker: every parser runs here, off the page's thread, and so does everything that
 * touches a layer's features (encoding for the map and for IndexedDB, checking what comes back,
 * counting filter matches, previews). The page gets Blobs and transferred buffers, never features.
 * zod runs jitless here too: the worker's own Content-Security-Policy forbids eval.
 */
import '../domain/zodConfig';
import type { Feature } from 'geojson';
import { type CrsChoice } from '../domain/import/crs';
import { issue } from '../domain/import/issues';
import { type AttrFilter, matchesFilter } from '../domain/import/layer';
import { OUTSIDE_FLAG, shareOutside } from '../domain/import/landCheck';
import { decodeChunks, encodeFeatures, gunzipText } from './encode';
import { errorText } from './errorText';
import { OUTLINES, PRE_2025_BORDERS, PROVINCES } from './outlines';
import { type Source, runImport } from './pipeline';
import type { EncodedLayer, WorkerOutcome, WorkerRequest, WorkerResponse } from './protocol';
import { checkChoice, makeTransform } from './reproject';
import { buildIndex, encodeTile } from './tiles';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

/** Reads a File in chunks so the progress bar moves while big files load. */
function fileSource(file: File): Source {
  return {
    name: file.name,
    size: file.size,
    read: async (onProgress) => {
      const out = new Uint8Array(file.size);
      let offset = 0;
      const reader = file.stream().getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        out.set(value.subarray(0, Math.max(0, out.length - offset)), offset);
        offset += value.length;
        onProgress(Math.min(1, offset / Math.max(file.size, 1)));
      }
      return out.subarray(0, Math.min(offset, out.length));
    },
  };
}

/** Positions spread over a layer, for the land check. */
function samplePositions(features: Feature[], max = 600): number[][] {
  const all: number[][] = [];
  const step = Math.max(1, Math.floor(features.length / max));
  for (let i = 0; i < features.length; i += step) {
    const g = features[i]!.geometry as { coordinates: unknown } | null;
    let c = g?.coordinates;
    while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
    if (Array.isArray(c) && typeof c[0] === 'number') all.push(c as number[]);
  }
  return all;
}

async function parse(msg: Extract<WorkerRequest, { op: 'parse' }>, onProgress: (f: number) => void) {
  const outcome = await runImport(
    { name: msg.name, sources: msg.files.map(fileSource) },
    { crs: msg.crs, onProgress: (f) => onProgress(f * 0.85) },
  );
  if (outcome.kind !== 'layers') return { outcome, transfer: [] };
  const layers: EncodedLayer[] = [];
  const issues = [...outcome.issues];
  for (const l of outcome.layers) {
    const encoded = await encodeFeatures(l.features);
    if (!encoded) {
      issues.push(issue(msg.name, 'readFailed', 'error', { detail: l.name }));
      continue;
    }
    const outside = shareOutside(samplePositions(l.features), OUTLINES);
    if (outside > OUTSIDE_FLAG) issues.push(issue(msg.name, 'outsideVietnam', 'warning', { detail: l.name }));
    const { blob, chunks, bytes, featureCount, bbox, keys, pointsOnly } = encoded;
    layers.push({
      key: l.key,
      name: l.name,
      fileName: l.fileName,
      crs: l.crs,
      featureCount,
      bbox,
      keys,
      outside,
      pointsOnly,
      blob,
      chunks,
      bytes,
    });
  }
  onProgress(1);
  const result: WorkerOutcome = layers.length
    ? { kind: 'layers', layers, issues, omitted: outcome.omitted }
    : { kind: 'failed', issues, omitted: outcome.omitted };
  return { outcome: result, transfer: layers.flatMap((l) => l.chunks) };
}

/**
 * The features of the last few layers read, and their tile indexes, so counting and drawing do not
 * re-read a layer for every keystroke or tile. Kept small: a layer at the limits takes some memory.
 */
const parsed = new Map<string, Promise<Feature[]>>();
const indexes = new Map<string, Promise<ReturnType<typeof buildIndex>>>();
function remember<T>(cache: Map<string, T>, key: string, make: () => T, keep: number): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
    while (cache.size > keep) cache.delete(cache.keys().next().value!);
  }
  return v;
}
const featuresOf = (layerId: string, blob: Blob) =>
  remember(
    parsed,
    layerId,
    async () => (JSON.parse(await blob.text()) as { features: Feature[] }).features,
    2,
  );

async function count(layerId: string, blob: Blob, filter: AttrFilter | null): Promise<number> {
  const features = await featuresOf(layerId, blob);
  return features.reduce((n, f) => n + (matchesFilter(f.properties, filter) ? 1 : 0), 0);
}

async function tile(msg: Extract<WorkerRequest, { op: 'tile' }>): Promise<ArrayBuffer> {
  const key = `${msg.layerId}|${msg.cluster ? JSON.stringify(msg.filter) : ''}`;
  const index = await remember(
    indexes,
    key,
    async () => buildIndex(await featuresOf(msg.layerId, msg.blob), msg.cluster, msg.filter),
    3,
  );
  return encodeTile(index, msg.z, msg.x, msg.y);
}

/** Whatever GeoJSON can be recovered from a set-aside record, for the user to keep. */
async function salvage(value: unknown, chunks: ArrayBuffer[]): Promise<Blob> {
  const type = 'application/geo+json';
  if (chunks.length) {
    try {
      return new Blob([await gunzipText(chunks)], { type });
    } catch {
      // fall through to the record itself
    }
  }
  const v = value as { data?: unknown } | null;
  const data = v && typeof v === 'object' && v.data ? v.data : { type: 'FeatureCollection', features: [] };
  return new Blob([JSON.stringify(data)], { type });
}

function preview(sample: [number, number][], choice: CrsChoice) {
  const check = checkChoice(choice);
  if (!check.ok && !('def' in choice && choice.noShift && check.problem === 'datumWithoutShift'))
    return { ok: false as const, problem: check.problem, detail: check.detail };
  const transform = makeTransform(choice, false);
  const points = sample
    .map((p) => transform([p[0], p[1]]) as [number, number])
    .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) <= 180 && Math.abs(y) <= 90);
  if (points.length === 0) return { ok: false as const, problem: 'offGlobe' };
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return {
    ok: true as const,
    points: points.slice(0, 1000),
    outside: shareOutside(points, OUTLINES),
    bbox: b,
    outlines: OUTLINES.map((o) => ({
      kind: o.kind,
      rings: o.polygons.map((p) => p[0]! as [number, number][]),
    })),
    provinces: PROVINCES,
    borders: PRE_2025_BORDERS,
  };
}

scope.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  let last = 0;
  const onProgress = (fraction: number) => {
    if (fraction - last < 0.02 && fraction < 1) return;
    last = fraction;
    post({ id: msg.id, type: 'progress', fraction });
  };
  try {
    switch (msg.op) {
      case 'parse': {
        const { outcome, transfer } = await parse(msg, onProgress);
        return post({ id: msg.id, type: 'outcome', outcome }, transfer);
      }
      case 'restore': {
        const r = await decodeChunks(msg.chunks, msg.count);
        return post({ id: msg.id, type: 'result', result: r ? r.blob : null });
      }
      case 'encode': {
        const r = await encodeFeatures(msg.features as Feature[]);
        const result = r && { blob: r.blob, chunks: r.chunks, bytes: r.bytes, keys: r.keys };
        return post({ id: msg.id, type: 'result', result }, r ? r.chunks : []);
      }
      case 'salvage':
        return post({ id: msg.id, type: 'result', result: await salvage(msg.value, msg.chunks) });
      case 'count':
        return post({ id: msg.id, type: 'result', result: await count(msg.layerId, msg.blob, msg.filter) });
      case 'tile': {
        const buffer = await tile(msg);
        return post({ id: msg.id, type: 'result', result: buffer }, [buffer]);
      }
      case 'preview':
        return post({ id: msg.id, type: 'result', result: preview(msg.sample, msg.choice) });
    }
  } catch (err) {
    post({ id: msg.id, type: 'crash', message: errorText(err, 200) });
  }
};
