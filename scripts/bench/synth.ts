/**
 * Synthetic zones for the benchmark and the tile test: full ZoneFeatures that pass the app's
 * ZoneFeatureSchema, from a fixed seed, placed inside Hanoi's districts, with kind, status and sector
 * mixes drawn from the real data. Mostly polygons of 5–400 ha, some points.
 */
import fs from 'node:fs';
import type { FeatureCollection, Polygon } from 'geojson';
import { equalAreaRadiusM } from '../../src/domain/geo';
import type { ZoneFeature } from '../../src/domain/zone';

/** Where the real data says zones are and what they are like; read from public/data/. */
export type Basis = {
  kinds: Weighted<ZoneFeature['properties']['kind']>;
  statuses: Weighted<string>;
  sectors: Weighted<string>;
  /** Share of real zones that report sectors. */
  sectorShare: number;
  districts: { id: string; bbox: [number, number, number, number] }[];
  communes: { id: string; name: string }[];
};
type Weighted<T> = { value: T; weight: number }[];
type Position = [number, number];

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, list: Weighted<T>): T {
  const total = list.reduce((s, x) => s + x.weight, 0);
  let u = r() * total;
  for (const x of list) if ((u -= x.weight) < 0) return x.value;
  return list[list.length - 1]!.value;
}

const count = <T>(values: T[]): Weighted<T> => {
  const m = new Map<T, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].map(([value, weight]) => ({ value, weight }));
};

function bboxOf(coords: unknown, b = [180, 90, -180, -90] as [number, number, number, number]) {
  if (typeof (coords as number[])[0] === 'number') {
    const [x, y] = coords as [number, number];
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  } else for (const c of coords as unknown[]) bboxOf(c, b);
  return b;
}

export function readBasis(dataDir = 'public/data'): Basis {
  const json = (f: string) => JSON.parse(fs.readFileSync(`${dataDir}/${f}`, 'utf8'));
  const zones = json('zones.geojson') as FeatureCollection<null, ZoneFeature['properties']>;
  const props = zones.features.map((f) => f.properties);
  const districts = json('districts-2020.geojson') as FeatureCollection<Polygon, { id: string }>;
  const places = json('places.json') as { communes: { id: string; name: string }[] };
  return {
    kinds: count(props.map((p) => p.kind)),
    statuses: count(props.map((p) => p.status.at(-1)!.value)),
    sectors: count(props.flatMap((p) => p.sectors.flatMap((f) => f.value))),
    sectorShare: props.filter((p) => p.sectors.length > 0).length / props.length,
    districts: districts.features.map((f) => ({ id: f.properties.id, bbox: bboxOf(f.geometry.coordinates) })),
    communes: places.communes,
  };
}

const PREFIX: Record<string, [string, string]> = {
  kcn: ['Khu công nghiệp', 'industrial park'],
  ccn: ['Cụm công nghiệp', 'industrial cluster'],
  hitech: ['Khu công nghệ cao', 'high-tech zone'],
  it_park: ['Khu công viên phần mềm', 'software park'],
  agri_hitech: ['Khu nông nghiệp ứng dụng công nghệ cao', 'high-tech agriculture zone'],
};
const SOURCE = 'bench-synthetic';
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** An irregular closed ring of 8–16 vertices whose area is close to `areaHa`. */
function blob(r: () => number, [x, y]: Position, areaHa: number): Position[] {
  const n = 8 + Math.floor(r() * 9);
  const radiusM = equalAreaRadiusM(areaHa);
  const dLat = radiusM / 111_320;
  const dLon = dLat / Math.cos((y * Math.PI) / 180);
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const k = 0.75 + r() * 0.5;
    ring.push([round6(x + Math.cos(a) * dLon * k), round6(y + Math.sin(a) * dLat * k)]);
  }
  ring.push([ring[0]![0], ring[0]![1]]);
  return ring;
}

/** Mostly 5–400 ha (log-uniform), a few smaller or larger. */
function areaHa(r: () => number): number {
  const u = r();
  const [lo, hi] = u < 0.9 ? [5, 400] : u < 0.95 ? [1, 5] : [400, 1600];
  return Math.round(Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo))) * 100) / 100;
}

export function synthZones(n: number, basis: Basis, seed = 7): ZoneFeature[] {
  const r = rng(seed);
  const out: ZoneFeature[] = [];
  for (let i = 0; i < n; i++) {
    const kind = pick(r, basis.kinds);
    const district = basis.districts[Math.floor(r() * basis.districts.length)]!;
    const commune = basis.communes[Math.floor(r() * basis.communes.length)]!;
    const [w, s, e, nn] = district.bbox;
    const at: [number, number] = [round6(w + r() * (e - w)), round6(s + r() * (nn - s))];
    const isPoint = r() < 0.15;
    const area = isPoint && r() < 0.2 ? undefined : areaHa(r);
    const fact = <T>(value: T) => [{ value, source: SOURCE, asOf: '2025' }];
    const sectors =
      r() < basis.sectorShare
        ? [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, basis.sectors)))]
        : [];
    const [vi, en] = PREFIX[kind] ?? ['Khu', 'zone'];
    out.push({
      type: 'Feature',
      properties: {
        id: `syn-${i}`,
        kind,
        name: { vi: `${vi} ${commune.name} ${i}`, en: `${commune.name} ${en} ${i}` },
        aliases: [],
        formerNames: [],
        status: fact(pick(r, basis.statuses) as ZoneFeature['properties']['status'][0]['value']),
        areaHa: area ? fact(area) : [],
        occupancyPct: [],
        developer: r() < 0.3 ? fact(`Công ty Phát triển hạ tầng ${commune.name}`) : [],
        legalBasis: [],
        establishedYear: [],
        sectors: sectors.length ? fact(sectors) : [],
        tenants: [],
        districtsReported: [],
        communesReported: [],
        location: { method: isPoint ? 'portal_centre' : 'surveyed_polygon', source: SOURCE, asOf: '2025' },
        notes: [],
        relations: [],
        planItems: [],
        formerIds: [],
        district: district.id,
        districtBasis: 'geometry',
        commune: commune.id,
        communeBasis: 'geometry',
        anchor: at,
        uncertaintyKm: null,
        mappedAreaHa: isPoint ? null : (area ?? 20),
        countsInTotals: true,
      },
      geometry: isPoint
        ? { type: 'Point', coordinates: at }
        : { type: 'Polygon', coordinates: [blob(r, at, area ?? 20)] },
    });
  }
  return out;
}
