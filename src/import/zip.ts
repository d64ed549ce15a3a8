/**
 * Safe zip reading. The central directory is listed first (nothing inflated) and its declared sizes
 * and ratios are checked; the wanted entries are then inflated as a stream that stops as soon as an
 * entry produces more bytes than it declared, so a lying zip bomb is caught too.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { issue } from '../domain/import/issues';
import { LIMITS } from '../domain/import/limits';
import { errorText } from './errorText';
import { ImportError } from './importError';

export type ZipEntry = { name: string; size: number; originalSize: number };

export function listZip(bytes: Uint8Array, file: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
  } catch (e) {
    throw new ImportError(issue(file, 'zipInvalid', 'error', { detail: errorText(e, 120) }));
  }
  const total = entries.reduce((s, e) => s + e.originalSize, 0);
  const suspicious = entries.find(
    (e) =>
      e.originalSize > LIMITS.ratioCheckFromBytes &&
      e.originalSize / Math.max(e.size, 1) > LIMITS.maxZipRatio,
  );
  if (entries.length > LIMITS.maxZipEntries || total > LIMITS.maxUnzippedBytes || suspicious)
    throw new ImportError(
      issue(file, 'zipBomb', 'error', {
        detail: suspicious?.name ?? `${entries.length} entries, ${total} bytes`,
      }),
    );
  return entries.filter((e) => !e.name.includes('__MACOSX') && !e.name.endsWith('/'));
}

/** Inflates the named entries, never more bytes than each declared. */
export function extractZip(
  bytes: Uint8Array,
  wanted: readonly ZipEntry[],
  file: string,
): Map<string, Uint8Array> {
  const declared = new Map(wanted.map((e) => [e.name, e.originalSize]));
  const out = new Map<string, Uint8Array>();
  let total = 0;
  let failure: ImportError | null = null;
  const fail = (code: 'zipBomb' | 'zipInvalid', detail: string) =>
    (failure ??= new ImportError(issue(file, code, 'error', { detail })));
  const uz = new Unzip((entry) => {
    const limit = declared.get(entry.name);
    if (limit === undefined || out.has(entry.name)) return;
    const chunks: Uint8Array[] = [];
    let got = 0;
    entry.ondata = (err, data, final) => {
      if (err) return fail('zipInvalid', errorText(err, 120));
      got += data.length;
      total += data.length;
      if (got > limit || total > LIMITS.maxUnzippedBytes) {
        fail('zipBomb', entry.name);
        return entry.terminate();
      }
      chunks.push(data);
      if (final) out.set(entry.name, concat(chunks, got));
    };
    entry.start();
  });
  uz.register(UnzipInflate);
  const step = 1 << 16;
  try {
    for (let i = 0; i < bytes.length && !failure; i += step)
      uz.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  } catch (e) {
    fail('zipInvalid', errorText(e, 120));
  }
  if (failure) throw failure;
  return out;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(length);
  let o = 0;
  for (const c of chunks) {
    all.set(c, o);
    o += c.length;
  }
  return all;
}
