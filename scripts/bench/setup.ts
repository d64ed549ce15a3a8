/**
 * Builds what the bench serves into its own folder (dist-bench/, gitignored): the app at /, the
 * reference pages at /ref/, synthetic zones under /synth/, and serves it with `vite preview`.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { type ZoneFeature, ZoneFeatureSchema } from '../../src/domain/zone';
import { toMapFeatures } from '../../src/domain/mapFeatures';
import { readBasis, synthZones } from './synth';

export const OUT = path.resolve('dist-bench');
const VITE = path.resolve('node_modules/.bin/vite');

export function buildAll(log: (s: string) => void): void {
  execFileSync('npm', ['run', '-s', 'data'], { stdio: 'ignore' });
  log('building the app into dist-bench/ and the reference pages into dist-bench/ref/');
  execFileSync(VITE, ['build', '--outDir', OUT, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync(VITE, ['build', '-c', 'tests/bench/vite.config.ts', '--outDir', `${OUT}/ref`], {
    stdio: 'inherit',
  });
  const zones = JSON.parse(fs.readFileSync(`${OUT}/data/zones.geojson`, 'utf8')) as {
    features: ZoneFeature[];
  };
  writeJson(`${OUT}/ref/zones-map.geojson`, toMapFeatures(zones.features));
}

/**
 * Writes N synthetic zones twice, full (what the app loads) and flattened (what the references draw),
 * and the app's meta.json for them: validated here with the app's schema, as `npm run data` validates
 * the real zones, with the digest of the file written, so the app takes the same path as with its own
 * data. Returns their URL paths.
 */
export function writeSynthetic(n: number): { full: string; flat: string; meta: string } {
  const full = `${OUT}/synth/zones-${n}.geojson`;
  const flat = `${OUT}/ref/zones-${n}.map.geojson`;
  const meta = `${OUT}/synth/meta-${n}.json`;
  if (!fs.existsSync(full) || !fs.existsSync(flat) || !fs.existsSync(meta)) {
    const zones = z.array(ZoneFeatureSchema).parse(synthZones(n, readBasis(`${OUT}/data`)));
    const text = JSON.stringify({ type: 'FeatureCollection', features: zones });
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    writeJson(flat, toMapFeatures(zones));
    const real = JSON.parse(fs.readFileSync(`${OUT}/data/meta.json`, 'utf8')) as {
      digests?: Record<string, string>;
    };
    writeJson(meta, {
      ...real,
      zoneCount: n,
      // The other files are the bundled ones, with the digests the data build wrote.
      digests: { ...real.digests, 'zones.geojson': createHash('sha256').update(text).digest('hex') },
    });
  }
  return {
    full: `/synth/zones-${n}.geojson`,
    flat: `/ref/zones-${n}.map.geojson`,
    meta: `/synth/meta-${n}.json`,
  };
}

export function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value));
}

export async function serve(port: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    VITE,
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', OUT],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (is port ${port} taken?)`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`preview server did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop: () => child.kill() };
}
