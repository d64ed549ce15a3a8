/** Bundle sizes per chunk (raw and gzip) and what a page downloads before its first idle. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { ByteCount } from './pages';

export type Chunk = { file: string; type: string; raw: number; gzip: number };

export function chunks(dir: string): Chunk[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(m?js|css)$/.test(f))
    .map((f) => {
      const body = fs.readFileSync(path.join(dir, f));
      const type = /worker/.test(f) ? 'worker' : f.endsWith('.css') ? 'css' : 'js';
      return { file: f, type, raw: body.length, gzip: zlib.gzipSync(body, { level: 6 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

/** Totals by type (js, css, worker, data, font, html) and overall, raw and gzip. */
export function totals(
  bytes: readonly ByteCount[],
): Record<string, { raw: number; gzip: number; files: number }> {
  const out: Record<string, { raw: number; gzip: number; files: number }> = {};
  for (const b of bytes)
    for (const key of [b.type, 'total']) {
      const t = (out[key] ??= { raw: 0, gzip: 0, files: 0 });
      t.raw += b.raw;
      t.gzip += b.gzip;
      t.files += 1;
    }
  return out;
}
