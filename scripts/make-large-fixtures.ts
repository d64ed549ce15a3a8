/**
 * The large part of the hostile corpus, generated at test time into test-out/fixtures/ (never
 * committed): a 240,000-row × 32-column CSV (~24 MB), a KMZ of 200,000 placemarks, a 29.5 MB KML, and
 * a 5 MB KMZ that inflates to ~290 MB of KML. Deterministic; files are reused when present.
 * Run: npx tsx scripts/make-large-fixtures.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { Zip, ZipDeflate } from 'fflate';

export const LARGE_DIR = 'test-out/fixtures';
export const LARGE = {
  csv240k: `${LARGE_DIR}/rows-240k.csv`,
  kmz200k: `${LARGE_DIR}/placemarks-200k.kmz`,
  kml29mb: `${LARGE_DIR}/big-29mb.kml`,
  kmz290mb: `${LARGE_DIR}/inflates-290mb.kmz`,
} as const;

/** A small deterministic generator (mulberry32). */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function csv240k(file: string): void {
  const r = rng(1);
  const header = [
    'kinh_do',
    'vi_do',
    ...Array.from({ length: 30 }, (_, i) => `c${String(i + 1).padStart(2, '0')}`),
  ];
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, `${header.join(',')}\n`);
  let buf: string[] = [];
  for (let i = 0; i < 240_000; i++) {
    const lon = (105.3 + r() * 0.7).toFixed(5);
    const lat = (20.6 + r() * 0.75).toFixed(5);
    const cols = Array.from({ length: 30 }, () => String(Math.floor(r() * 100)));
    buf.push(`${lon},${lat},${cols.join(',')}`);
    if (buf.length === 10_000) {
      fs.writeSync(fd, `${buf.join('\n')}\n`);
      buf = [];
    }
  }
  if (buf.length) fs.writeSync(fd, `${buf.join('\n')}\n`);
  fs.closeSync(fd);
}

const placemark = (i: number, r: () => number, pad = '') =>
  `<Placemark><name>Điểm ${i}</name>${pad}<Point><coordinates>${(105.3 + r() * 0.7).toFixed(5)},${(20.6 + r() * 0.75).toFixed(5)}</coordinates></Point></Placemark>\n`;
const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n';
const TAIL = '</Document></kml>\n';

/** Streams KML text into a one-entry zip (doc.kml), never holding the whole text. */
function kmz(file: string, count: number, pad: (i: number) => string, seed: number): void {
  const r = rng(seed);
  const fd = fs.openSync(file, 'w');
  const zip = new Zip((err, data) => {
    if (err) throw err;
    fs.writeSync(fd, data);
  });
  const entry = new ZipDeflate('doc.kml', { level: 6 });
  zip.add(entry);
  const enc = new TextEncoder();
  entry.push(enc.encode(HEAD));
  let buf: string[] = [];
  for (let i = 0; i < count; i++) {
    buf.push(placemark(i, r, pad(i)));
    if (buf.length === 5000) {
      entry.push(enc.encode(buf.join('')));
      buf = [];
    }
  }
  entry.push(enc.encode(buf.join('') + TAIL), true);
  zip.end();
  fs.closeSync(fd);
}

function kml29mb(file: string): void {
  const r = rng(3);
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, HEAD);
  let size = HEAD.length;
  for (let i = 0; size < 29.5 * 2 ** 20 - 200; i++) {
    const p = placemark(i, r, `<description>Thửa ${i}, tờ bản đồ ${i % 97}</description>`);
    fs.writeSync(fd, p);
    size += Buffer.byteLength(p);
  }
  fs.writeSync(fd, TAIL);
  fs.closeSync(fd);
}

export function makeLargeFixtures(
  which: (keyof typeof LARGE)[] = Object.keys(LARGE) as (keyof typeof LARGE)[],
) {
  fs.mkdirSync(LARGE_DIR, { recursive: true });
  const make: Record<keyof typeof LARGE, (f: string) => void> = {
    csv240k,
    kmz200k: (f) => kmz(f, 200_000, () => '', 2),
    kml29mb,
    // ~1,450 bytes a placemark with a long, repetitive description: ~290 MB of KML in ~5 MB.
    kmz290mb: (f) =>
      kmz(f, 200_000, (i) => `<description>${`Thửa đất số ${i % 50}. `.repeat(59)}</description>`, 4),
  };
  for (const k of which) if (!fs.existsSync(LARGE[k])) make[k](LARGE[k]);
  return LARGE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve('scripts/make-large-fixtures.ts')) {
  makeLargeFixtures();
  for (const f of Object.values(LARGE)) console.log(`${f}: ${(fs.statSync(f).size / 2 ** 20).toFixed(1)} MB`);
}
