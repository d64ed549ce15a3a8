/**
 * Writes the import test corpus: tests/fixtures/hostile/ (broken and hostile files) and
 * tests/fixtures/import/ (good files in every accepted format). Run: npx tsx scripts/make-hostile-fixtures.ts
 * The binary files (zips, Shapefiles, a Windows-1258 .dbf) are built here so they can be reviewed as code.
 * VN-2000 coordinates are computed with the app's own proj4 definitions (round-trip fixtures).
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import { format } from 'prettier';
import proj4 from 'proj4';
import { crsDef } from '../src/domain/import/crs';
import { dbf, type Ring, shp } from './lib/shapefile';

const HOSTILE = 'tests/fixtures/hostile';
const GOOD = 'tests/fixtures/import';
fs.mkdirSync(HOSTILE, { recursive: true });
fs.mkdirSync(GOOD, { recursive: true });
/** A fixed date keeps the committed zips byte-identical from run to run. */
const zipAt = (files: Zippable, level: 6 | 9 = 6) =>
  zipSync(files, { level, mtime: new Date('2025-01-01T00:00:00Z') });
const write = (dir: string, name: string, data: string | Uint8Array) =>
  fs.writeFileSync(path.join(dir, name), data);
const json = (v: unknown) => JSON.stringify(v, null, 1);
const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
const pt = (c: unknown, properties: unknown = { name: 'ok' }) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: c },
});

// --- Windows-1258 encoder (inverse of the platform decoder; tone marks may be combining) ---
const cp1258 = new Map<string, number>();
const dec = new TextDecoder('windows-1258');
for (let b = 0x80; b <= 0xff; b++) cp1258.set(dec.decode(Uint8Array.of(b)), b);
function encode1258(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s.normalize('NFC')) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else if (cp1258.has(ch)) out.push(cp1258.get(ch)!);
    else {
      const [base, ...marks] = [...ch.normalize('NFD')];
      const i = marks.findIndex((m) => cp1258.has((base + m).normalize('NFC')));
      if (i >= 0) out.push(cp1258.get((base! + marks[i]).normalize('NFC'))!);
      else out.push(base!.charCodeAt(0));
      for (const [j, m] of marks.entries()) if (j !== i) out.push(cp1258.get(m) ?? 0x3f);
    }
  }
  return Uint8Array.from(out);
}

// Two sites in Hanoi (lon/lat), the ring clockwise as the Shapefile format wants it.
const box = (lon: number, lat: number, d: number): Ring => [
  [lon, lat],
  [lon, lat + d],
  [lon + d, lat + d],
  [lon + d, lat],
  [lon, lat],
];
const SITES = [
  { ring: box(105.76, 21.1, 0.02), name: 'Cụm công nghiệp Đông Anh', note: 'Quy hoạch đến năm 2030' },
  { ring: box(105.52, 21.0, 0.03), name: 'Khu công nghệ cao Hòa Lạc', note: 'Đất ở, đường nội bộ' },
];
const toTm3 = proj4(crsDef('wgs84')!.proj4, crsDef('vn2000-tm3-105')!.proj4);
const PRJ_TM3 =
  'PROJCS["VN_2000_TM_3_105",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const FIELDS = [
  { name: 'TEN', len: 80 },
  { name: 'GHICHU', len: 80 },
];
const ROWS = SITES.map((s) => [s.name, s.note]);
const utf8 = (s: string) => new TextEncoder().encode(s);

write(
  GOOD,
  'cluster-vn2000-utf8.zip',
  zipAt({
    'cum_cn.shp': shp(SITES.map((s) => ({ ring: s.ring.map((p) => toTm3.forward(p)) }))),
    'cum_cn.dbf': dbf(FIELDS, ROWS, utf8),
    'cum_cn.prj': utf8(PRJ_TM3),
    'cum_cn.cpg': utf8('UTF-8'),
  }),
);
write(
  GOOD,
  'cluster-1258.zip',
  zipAt({
    'cum_cn.shp': shp(SITES.map((s) => ({ ring: s.ring }))),
    'cum_cn.dbf': dbf(FIELDS, ROWS, encode1258),
    'cum_cn.cpg': utf8('1258'),
  }),
);
write(
  GOOD,
  'cluster-nocpg.zip',
  zipAt({
    'cum_cn.shp': shp(SITES.map((s) => ({ ring: s.ring }))),
    'cum_cn.dbf': dbf(FIELDS, ROWS, utf8),
  }),
);
write(
  GOOD,
  'lots.csv',
  'ten,kinh_do,vi_do,dien_tich_ha\nLô A1 – Đông Anh,105.775,21.112,2.5\n"Lô B2, Hoà Lạc",105.531,21.012,4\n',
);
const lots = [
  [105.775, 21.112],
  [105.531, 21.012],
].map((p) => toTm3.forward(p));
write(
  GOOD,
  'lots-vn2000.csv',
  `ten;X;Y\n${lots.map(([e, n], i) => `Lô ${i + 1};${n!.toFixed(3).replace('.', ',')};${e!.toFixed(3).replace('.', ',')}`).join('\n')}\n`,
);
write(
  GOOD,
  'swapped.geojson',
  json(fc([pt([21.03, 105.85], { name: 'Hoàn Kiếm' }), pt([21.1, 105.77], { name: 'Đông Anh' })])),
);
const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Ranh giới</name>
<Placemark><name>Ranh giới khu đất Sóc Sơn</name><description>Diện tích 12 ha</description>
<Polygon><outerBoundaryIs><LinearRing><coordinates>105.84,21.25 105.86,21.25 105.86,21.27 105.84,21.27 105.84,21.25</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>`;
write(GOOD, 'site.kml', KML);
write(GOOD, 'site.kmz', zipAt({ 'doc.kml': utf8(KML.replace('Sóc Sơn', 'Mê Linh')) }));

// --- Hostile and broken ---
write(
  HOSTILE,
  'malformed.geojson',
  '{"type":"FeatureCollection","features":[\n{"type":"Feature","geometry":{"type":"Point","coordinates":[105.8,21.0]}},\n{"type":"Feature",,}\n',
);
write(HOSTILE, 'not-geojson.json', json({ name: 'hello', items: [1, 2, 3] }));
write(
  HOSTILE,
  'wrong-geometry.geojson',
  json(
    fc([
      {
        type: 'Feature',
        properties: { name: 'circle' },
        geometry: { type: 'Circle', coordinates: [105.8, 21], radius: 5 },
      },
      {
        type: 'Feature',
        properties: { name: 'flat polygon' },
        geometry: { type: 'Polygon', coordinates: [105.8, 21] },
      },
      { type: 'Feature', properties: { name: 'no geometry' }, geometry: null },
      pt([105.8, 21.0], { name: 'the good one' }),
    ]),
  ),
);
// 1e999 parses as Infinity; "NaN" and null are not numbers.
write(
  HOSTILE,
  'bad-coordinates.geojson',
  `{"type":"FeatureCollection","features":[
${json(pt([105.8, 21.02], { name: 'fine' }))},
{"type":"Feature","properties":{"name":"infinite"},"geometry":{"type":"Point","coordinates":[1e999,21]}},
{"type":"Feature","properties":{"name":"nan"},"geometry":{"type":"Point","coordinates":["NaN",21]}},
{"type":"Feature","properties":{"name":"null"},"geometry":{"type":"Point","coordinates":[null,21]}},
${json(pt([105.8, 95], { name: 'beyond the pole' }))},
${json(pt([-200, 21], { name: 'beyond the antimeridian' }))}]}`,
);
write(
  HOSTILE,
  'rings.geojson',
  json(
    fc([
      {
        type: 'Feature',
        properties: { name: 'unclosed' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [105.8, 21],
              [105.81, 21],
              [105.81, 21.01],
              [105.8, 21.01],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { name: 'bow tie' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [105.7, 21],
              [105.72, 21.02],
              [105.72, 21],
              [105.7, 21.02],
              [105.7, 21],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { name: 'two points' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [105.7, 21],
              [105.72, 21.02],
            ],
          ],
        },
      },
    ]),
  ),
);
write(HOSTILE, 'empty.geojson', '');
write(HOSTILE, 'empty.zip', '');
write(HOSTILE, 'not-a-zip.zip', 'PK this is not really a zip file');
write(
  HOSTILE,
  'no-shp.zip',
  zipAt({ 'readme.txt': utf8('no shapefile here'), 'lots.dbf': dbf(FIELDS, ROWS, utf8) }),
);
// Honest headers, absurd ratio: 60 MB of zeros in ~60 KB.
write(HOSTILE, 'bomb-ratio.zip', zipAt({ 'big.shp': new Uint8Array(60 * 1024 * 1024) }, 9));
// Lying headers: the directory says 1000 bytes, the stream inflates to 20 MB.
const lying = zipAt({ 'doc.kml': new Uint8Array(20 * 1024 * 1024).fill(0x20) }, 9);
const lv = new DataView(lying.buffer);
for (let o = 0; o < lying.length - 4; o++) {
  const sig = lv.getUint32(o, true);
  if (sig === 0x04034b50) lv.setUint32(o + 22, 1000, true);
  if (sig === 0x02014b50) lv.setUint32(o + 24, 1000, true);
}
write(HOSTILE, 'bomb-lying.kmz', lying);
write(HOSTILE, 'deep.json', '['.repeat(100_000) + ']'.repeat(100_000));
write(
  HOSTILE,
  'proto.geojson',
  `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[105.8,21.0]},
"properties":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":"x","name":"proto"}}]}`,
);
const xmlEscape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const XSS = '<img src=x onerror="window.__xss=1">';
write(
  HOSTILE,
  'xss.geojson',
  json(
    fc([
      pt([105.85, 21.03], {
        name: XSS,
        note: '<script>window.__xss=2</script>',
        link: 'javascript:window.__xss=3',
      }),
    ]),
  ),
);
write(
  HOSTILE,
  'xss.kml',
  // Escaped markup: the parsed text is live HTML if anything ever renders it as markup.
  KML.replace('Ranh giới khu đất Sóc Sơn', xmlEscape(XSS)).replace(
    'Diện tích 12 ha',
    xmlEscape('<script>window.__xss=4</script><b onmouseover="window.__xss=5">bold</b>'),
  ),
);
write(
  HOSTILE,
  'malformed.kml',
  '<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n<Document><Placemark><name>x</name>\n</kml>',
);
write(
  HOSTILE,
  'bad-rows.csv',
  `name,lon,lat\nfine,105.8,21.0\nletters,abc,21.0\nempty,105.8,\n${XSS},105.81,21.01\n`,
);
write(HOSTILE, 'no-columns.csv', 'a,b,c\n1,2,3\n');
write(
  HOSTILE,
  'wrong-encoding.csv',
  new Uint8Array([...encode1258('tên,lon,lat\nXã Đông Hội,105.86,21.08\n')]),
);
write(HOSTILE, 'unknown-crs.geojson', json(fc([pt([5_000_000, 9_000_000])])));
write(HOSTILE, 'unsupported.xyz', 'hello');
// --- Projections proj4 does not know, and a datum named without its shift (real ESRI names) ---
const prjWkt = (name: string, datum: string, spheroid: string, projection: string, cm: number, k: number) =>
  `PROJCS["${name}",GEOGCS["GCS_${datum.replace(/^D_/, '')}",DATUM["${datum}",SPHEROID[${spheroid}]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["${projection}"],PARAMETER["False_Easting",${projection === 'Plate_Carree' ? 0 : 500000}.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm}],PARAMETER["Scale_Factor",${k}],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
const WGS84_SPHEROID = '"WGS_1984",6378137.0,298.257223563';
const toUtm48 = proj4(crsDef('wgs84')!.proj4, crsDef('wgs84-utm48')!.proj4);
const ptsShp = (pts: [number, number][]) => shp(pts.map((point) => ({ point })));
const HANOI_PTS: [number, number][] = [
  [105.775, 21.112],
  [105.531, 21.012],
];
const PT_FIELDS = [{ name: 'TEN', len: 40 }];
const PT_ROWS = [['Lô A1'], ['Lô B2']];
write(
  HOSTILE,
  'prj-plate-carree.zip',
  zipAt({
    'plate.shp': ptsShp(HANOI_PTS.map(([x, y]) => [x * 111319.49, y * 111319.49])),
    'plate.dbf': dbf(PT_FIELDS, PT_ROWS, utf8),
    'plate.prj': utf8(prjWkt('WGS_1984_Plate_Carree', 'D_WGS_1984', WGS84_SPHEROID, 'Plate_Carree', 0, 1)),
  }),
);
write(
  HOSTILE,
  'prj-tm-complex.zip',
  zipAt({
    'utm.shp': ptsShp(HANOI_PTS.map((p) => toUtm48.forward(p) as [number, number])),
    'utm.dbf': dbf(PT_FIELDS, PT_ROWS, utf8),
    'utm.prj': utf8(
      prjWkt(
        'WGS_1984_Complex_UTM_Zone_48N',
        'D_WGS_1984',
        WGS84_SPHEROID,
        'Transverse_Mercator_Complex',
        105,
        0.9996,
      ),
    ),
  }),
);
write(
  HOSTILE,
  'prj-indian-1960.zip',
  zipAt({
    'indian.shp': ptsShp(HANOI_PTS.map((p) => toUtm48.forward(p) as [number, number])),
    'indian.dbf': dbf(PT_FIELDS, PT_ROWS, utf8),
    'indian.prj': utf8(
      prjWkt(
        'Indian_1960_UTM_Zone_48N',
        'D_Indian_1960',
        '"Everest_Adjustment_1937",6377276.345,300.8017',
        'Transverse_Mercator',
        105,
        0.9996,
      ),
    ),
  }),
);
// One good shapefile beside a broken one: the good one must still load.
write(
  HOSTILE,
  'one-bad-part.zip',
  zipAt({
    'good.shp': ptsShp(HANOI_PTS),
    'good.dbf': dbf(PT_FIELDS, PT_ROWS, utf8),
    'broken.shp': utf8('this is not a shapefile at all'),
    'broken.dbf': dbf(PT_FIELDS, PT_ROWS, utf8),
  }),
);
write(
  HOSTILE,
  'no-data.zip',
  zipAt({ 'readme.txt': utf8('nothing to read'), 'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]) }),
);
// A .shp entry name of 350 characters: the layer name must stay within what can be stored.
const longName = `${'ranh_gioi_khu_dat_'.repeat(20).slice(0, 350)}`;
write(
  HOSTILE,
  'long-entry-name.zip',
  zipAt({ [`${longName}.shp`]: ptsShp(HANOI_PTS), [`${longName}.dbf`]: dbf(PT_FIELDS, PT_ROWS, utf8) }),
);
// DTD entities (billion laughs, external entity): never expanded, the file is refused.
write(
  HOSTILE,
  'entities.kml',
  `<?xml version="1.0"?>\n<!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&b;&x;</name><Point><coordinates>105.8,21</coordinates></Point></Placemark></kml>`,
);

// --- Good: a zip of GeoJSON, KML and CSV; loose shapefile parts; a KML with an HTML description ---
write(
  GOOD,
  'mixed.zip',
  zipAt({
    'diem/lots.csv': utf8('ten,kinh_do,vi_do\nLô A1,105.775,21.112\nLô B2,105.531,21.012\n'),
    'ranh_gioi.kml': utf8(KML),
    'khu.geojson': utf8(JSON.stringify(fc([pt([105.85, 21.03], { name: 'Hoàn Kiếm' })]))),
    'readme.txt': utf8('three layers'),
  }),
);
fs.mkdirSync(path.join(GOOD, 'loose'), { recursive: true });
write(GOOD, 'loose/thua_dat.shp', shp(SITES.map((s) => ({ ring: s.ring.map((p) => toTm3.forward(p)) }))));
write(GOOD, 'loose/thua_dat.dbf', dbf(FIELDS, ROWS, utf8));
write(GOOD, 'loose/thua_dat.prj', utf8(PRJ_TM3));
write(GOOD, 'loose/thua_dat.cpg', utf8('UTF-8'));
write(
  GOOD,
  'description.kml',
  KML.replace(
    '<description>Diện tích 12 ha</description>',
    '<description><![CDATA[<p>Diện tích <b>12</b> ha</p><br/>Chủ đầu tư: A &amp; B<script>x()</script>]]></description>',
  ),
);

// Valid JSON fixtures are stored as Prettier formats them, so `prettier --check tests` leaves them be.
// (malformed.geojson and deep.json cannot be formatted: they need a .prettierignore entry.)
for (const dir of [HOSTILE, GOOD])
  for (const f of fs.readdirSync(dir).filter((n) => /\.(geo)?json$/.test(n))) {
    const file = path.join(dir, f);
    const text = fs.readFileSync(file, 'utf8');
    try {
      JSON.parse(text);
      if (text.length < 100_000)
        fs.writeFileSync(file, await format(text, { parser: 'json', filepath: file }));
    } catch {
      // deliberately broken: kept as written
    }
  }
console.log(
  `wrote ${fs.readdirSync(HOSTILE).length} hostile and ${fs.readdirSync(GOOD).length} good fixtures`,
);
