/**
 * The zone source of a vector-tile tree (`npm run tiles`): reads the sidecar index named by its
 * tiles.json in chunks, each parsed and checked with zod in its own short task, so 100,000 zones never
 * hold the page's thread for long; a zone's full facts are fetched (and checked) when it is opened.
 */
import { z } from 'zod';
import {
  detailsFile,
  rowZone,
  ZoneDetailsChunkSchema,
  type ZoneIndexManifest,
  ZoneIndexManifestSchema,
  ZoneRowsChunkSchema,
  type ZoneSource,
} from '../domain/zoneSource';
import type { ZoneFeature } from '../domain/zone';
import { DataLoadError } from './dataLoadError';

const TileJsonIndexSchema = z.object({ zone_index: z.string().min(1) });

/** Gives the page's thread back between steps (a keystroke or a frame can run in between). */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new DataLoadError(`${url}: network error (${(e as Error).message})`);
  }
  if (!response.ok) throw new DataLoadError(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Parses and checks one file; any failure is a DataLoadError naming the file and the path inside it. */
function parseChecked<T>(url: string, text: string | unknown[], schema: z.ZodType<T>, offset = 0): T {
  let json: unknown = text;
  if (typeof text === 'string')
    try {
      json = JSON.parse(text);
    } catch {
      throw new DataLoadError(`${url}: not valid JSON`);
    }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [first, ...rest] = issue.path;
    const where = typeof first === 'number' ? [first + offset, ...rest] : issue.path;
    throw new DataLoadError(`${url} › ${where.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Rows checked in one step: a few tens of milliseconds on a slow machine. */
const ROWS_PER_STEP = 200;

const fileName = (url: string) => url.slice(url.lastIndexOf('/') + 1);

/** Reads every index chunk, one at a time with the next one already downloading. */
async function readRows(manifestUrl: string, m: ZoneIndexManifest, signal?: AbortSignal) {
  const zones: ZoneFeature[] = [];
  const urls = m.chunks.map((c) => new URL(c, manifestUrl).href);
  let next = urls[0] ? fetchText(urls[0], signal) : null;
  for (let i = 0; i < urls.length; i++) {
    const text = await next!;
    next = urls[i + 1] ? fetchText(urls[i + 1]!, signal) : null;
    // Keep the prefetch from rejecting unobserved if this chunk fails.
    next?.catch(() => {});
    await yieldToPage();
    const file = fileName(urls[i]!);
    const rows = parseChecked(file, text, z.array(z.unknown()));
    // Checked a slice at a time, giving the page back in between: each step stays short.
    for (let at = 0; at < rows.length; at += ROWS_PER_STEP) {
      const slice = parseChecked(file, rows.slice(at, at + ROWS_PER_STEP), ZoneRowsChunkSchema, at);
      for (const row of slice) zones.push(rowZone(row));
      await yieldToPage();
    }
  }
  if (zones.length !== m.count)
    throw new DataLoadError(`${fileName(manifestUrl)}: ${m.count} zones announced, ${zones.length} read`);
  return zones;
}

/** `tiles` is the tiles.json URL, relative to `base` (the page). */
export async function tiledZoneSource(
  tiles: string,
  base: string,
  signal?: AbortSignal,
): Promise<ZoneSource> {
  const tilesUrl = new URL(tiles, base).href;
  if (!new URL(tilesUrl).pathname.endsWith('.json'))
    throw new DataLoadError(`${tiles}: a tile template has no zone index; give the tiles.json of the tree`);
  const tileJson = parseChecked(tiles, await fetchText(tilesUrl, signal), TileJsonIndexSchema);
  const manifestUrl = new URL(tileJson.zone_index, tilesUrl).href;
  const manifest = parseChecked(
    fileName(manifestUrl),
    await fetchText(manifestUrl, signal),
    ZoneIndexManifestSchema,
  );
  const zones = await readRows(manifestUrl, manifest, signal);
  const position = new Map(zones.map((zone, i) => [zone.properties.id, i]));
  const files = new Map<string, Promise<ZoneFeature[]>>();
  const readDetails = (file: string) => {
    let p = files.get(file);
    if (!p) {
      const url = new URL(file, manifestUrl).href;
      p = fetchText(url).then((text) => parseChecked(file, text, ZoneDetailsChunkSchema));
      // A failed read may be tried again.
      p.catch(() => files.delete(file));
      files.set(file, p);
    }
    return p;
  };
  return {
    draw: { kind: 'tiles', url: tiles },
    zones,
    complete: false,
    details: async (id) => {
      const i = position.get(id);
      if (i === undefined) return null;
      const chunk = await readDetails(detailsFile(manifest, i));
      return chunk.find((zone) => zone.properties.id === id) ?? null;
    },
  };
}
