/**
 * Layer data in the forms the app keeps it, made and read in a worker: GeoJSON text in a Blob (for
 * the map, exports and counting) and the same text gzip-compressed in chunks of at most 8 MB (for
 * IndexedDB). Uses the platform's CompressionStream, so no library is needed.
 */
import type { Feature } from 'geojson';
import { attributeKeys, type BBox, bboxOf, parseStoredFeatures } from '../domain/import/layer';

export const CHUNK_BYTES = 8 * 2 ** 20;

export type Encoded = {
  blob: Blob;
  chunks: ArrayBuffer[];
  bytes: number;
  featureCount: number;
  bbox: BBox;
  keys: string[];
  pointsOnly: boolean;
};

/** Reads a stream into buffers of exactly `size` bytes (the last one shorter). */
async function collect(stream: ReadableStream<Uint8Array>, size = CHUNK_BYTES): Promise<ArrayBuffer[]> {
  const out: ArrayBuffer[] = [];
  let current = new Uint8Array(size);
  let used = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    let offset = 0;
    while (offset < value.length) {
      const n = Math.min(size - used, value.length - offset);
      current.set(value.subarray(offset, offset + n), used);
      used += n;
      offset += n;
      if (used === size) {
        out.push(current.buffer);
        current = new Uint8Array(size);
        used = 0;
      }
    }
  }
  if (used > 0 || out.length === 0) out.push(current.slice(0, used).buffer);
  return out;
}

export const gzip = (blob: Blob) => collect(blob.stream().pipeThrough(new CompressionStream('gzip')));

export async function gunzipText(chunks: readonly ArrayBuffer[]): Promise<string> {
  const stream = new Blob(chunks as ArrayBuffer[]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** Checks features against the stored schema (the one reading uses) and encodes them. */
export async function encodeFeatures(features: Feature[]): Promise<Encoded | null> {
  const fc = { type: 'FeatureCollection', features };
  if (!parseStoredFeatures(fc)) return null;
  const blob = new Blob([JSON.stringify(fc)], { type: 'application/geo+json' });
  const chunks = await gzip(blob);
  return {
    blob,
    chunks,
    bytes: chunks.reduce((s, c) => s + c.byteLength, 0),
    featureCount: features.length,
    bbox: bboxOf(features),
    keys: attributeKeys(features),
    pointsOnly: features.every((f) => f.geometry?.type === 'Point' || f.geometry?.type === 'MultiPoint'),
  };
}

/** Stored chunks back to features, checked; null when they do not validate. */
export async function decodeChunks(
  chunks: readonly ArrayBuffer[],
  count: number,
): Promise<{ features: Feature[]; blob: Blob } | null> {
  let text: string;
  try {
    text = await gunzipText(chunks);
  } catch {
    return null;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const features = parseStoredFeatures(value, count);
  return features ? { features, blob: new Blob([text], { type: 'application/geo+json' }) } : null;
}
