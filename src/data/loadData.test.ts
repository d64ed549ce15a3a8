// @vitest-environment happy-dom
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { MetaSchema, PlacesSchema, ZonesFileSchema } from '../domain/dataFiles';
import { LayersFileSchema, SourcesFileSchema } from '../domain/sources';
import { UnplacedFileSchema } from '../domain/zone';
import { DataLoadError, fetchChecked } from './loadData';

const DATA = 'public/data';
const has = fs.existsSync(`${DATA}/zones.geojson`);

// The files the app loads at start, each with the schema the app would otherwise validate it with.
const CHECKED_AT_BUILD = {
  'zones.geojson': ZonesFileSchema,
  'sources.json': SourcesFileSchema,
  'layers.json': LayersFileSchema,
  'places.json': PlacesSchema,
  'unplaced.json': UnplacedFileSchema,
} as const;

describe('the files loaded at start, validated at build time with a checked digest', () => {
  for (const [file, schema] of Object.entries(CHECKED_AT_BUILD)) {
    it.skipIf(!has)(`meta.json carries the SHA-256 of ${file} as the build wrote it`, () => {
      const bytes = fs.readFileSync(`${DATA}/${file}`);
      const meta = MetaSchema.parse(JSON.parse(fs.readFileSync(`${DATA}/meta.json`, 'utf8')));
      expect(meta.digests?.[file]).toBe(createHash('sha256').update(bytes).digest('hex'));
    });

    it.skipIf(!has)(`skipping validation of ${file} gives what validation would`, () => {
      const json: unknown = JSON.parse(fs.readFileSync(`${DATA}/${file}`, 'utf8'));
      expect((schema as z.ZodType).parse(json)).toEqual(json);
    });
  }

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
