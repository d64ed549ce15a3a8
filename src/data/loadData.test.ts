// @vitest-environment happy-dom
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MetaSchema, ZonesFileSchema } from '../domain/dataFiles';
import { DataLoadError, fetchChecked } from './loadData';

const DATA = 'public/data';
const has = fs.existsSync(`${DATA}/zones.geojson`);

describe('the zones file, validated at build time with a checked digest', () => {
  it.skipIf(!has)('meta.json carries the SHA-256 of the zones file the build wrote', () => {
    const bytes = fs.readFileSync(`${DATA}/zones.geojson`);
    const meta = MetaSchema.parse(JSON.parse(fs.readFileSync(`${DATA}/meta.json`, 'utf8')));
    expect(meta.digests?.['zones.geojson']).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it.skipIf(!has)('skipping validation gives what validation would: the build writes parsed zones', () => {
    const json: unknown = JSON.parse(fs.readFileSync(`${DATA}/zones.geojson`, 'utf8'));
    expect(ZonesFileSchema.parse(json)).toEqual(json);
  });

  afterEach(() => vi.unstubAllGlobals());
  const serve = (body: string) =>
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { status: 200 })));
  const hex = (body: string) => createHash('sha256').update(body).digest('hex');
  const bad = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature' }] });

  it('trusts a file whose bytes match the digest', async () => {
    serve(bad);
    await expect(fetchChecked('zones.geojson', ZonesFileSchema, Promise.resolve(hex(bad)))).resolves.toEqual(
      JSON.parse(bad),
    );
  });

  it('validates with zod a file that does not match, or when there is no digest', async () => {
    serve(bad);
    await expect(
      fetchChecked('zones.geojson', ZonesFileSchema, Promise.resolve(hex(`${bad} `))),
    ).rejects.toBeInstanceOf(DataLoadError);
    serve(bad);
    await expect(fetchChecked('zones.geojson', ZonesFileSchema, Promise.resolve(undefined))).rejects.toThrow(
      /zones\.geojson › features\.0/,
    );
  });
});
