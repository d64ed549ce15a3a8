/**
 * tests/fixtures/real-world/: real data of Vietnamese industrial sites and boundaries (OpenStreetMap,
 * ODbL, as pinned in the project's shared geodata sources; see SOURCE.md there and here), packaged the
 * way people hand such data around: a Google Earth KML export, VN-2000 shapefiles with and without a
 * .prj, a surveyor's X/Y table, a provincial boundary in the national 6° grid. Every VN-2000 value is
 * computed with scripts/lib/geodesy.ts (Snyder + the published Helmert), not with proj4, so importing
 * them checks the app against an independent computation. Writes truth.json: feature counts and the
 * WGS 84 extent each file must land on. Run: npx tsx scripts/make-real-world-corpus.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { simplify, truncate } from '@turf/turf';
import { zipSync } from 'fflate';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { toVn2000Grid } from './lib/geodesy';
import { dbf, shp } from './lib/shapefile';

const SHARED = process.env.GEODATA_SOURCES ?? '/work/shared/geodata-sources';
const OUT = 'tests/fixtures/real-world';
const utf8 = (s: string) => new TextEncoder().encode(s);
const zipAt = (files: Record<string, Uint8Array>) =>
  zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });

/** A tiny CSV reader for the pinned source (RFC 4180 quotes). */
function readCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

type Truth = { file: string; features: number; bbox: [number, number, number, number]; answer?: string };
const truths: Truth[] = [];
const bboxOf = (pts: number[][]): [number, number, number, number] => [
  Math.min(...pts.map((p) => p[0]!)),
  Math.min(...pts.map((p) => p[1]!)),
  Math.max(...pts.map((p) => p[0]!)),
  Math.max(...pts.map((p) => p[1]!)),
];
const r6 = (b: number[]) => b.map((v) => Number(v.toFixed(6))) as [number, number, number, number];

const PRJ_TM3_10545 =
  'PROJCS["VN_2000_TM3_105_45",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.75],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const PRJ_UTM48 =
  'PROJCS["VN_2000_UTM_Zone_48N",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

fs.mkdirSync(OUT, { recursive: true });

// 1–2. Old Hồ Chí Minh City's industrial parks, export processing zones and hi-tech park (points on
// their OSM footprints), in VN-2000 / TM-3 105°45′ as a zipped shapefile, with and without its .prj.
const national = readCsv(
  fs.readFileSync(`${SHARED}/osm-vnmap-industrial-2026/vietnam_industrial_sites_osm.csv`, 'utf8'),
);
const hcmc = national.filter((r) => r.former_province_code === '79' && r.geometry_type === 'polygon');
const hcmcLonLat = hcmc.map((r) => [Number(r.longitude), Number(r.latitude)] as [number, number]);
const hcmcShp = shp(hcmcLonLat.map(([lon, lat]) => ({ point: toVn2000Grid(lon, lat, 105.75, 0.9999) })));
const hcmcDbf = dbf(
  [
    { name: 'TEN', len: 120 },
    { name: 'LOAI', len: 30 },
    { name: 'OSM_ID', len: 30 },
  ],
  hcmc.map((r) => [r.name_vi!, r.category!, r.id!]),
  utf8,
);
fs.writeFileSync(
  path.join(OUT, 'hcmc-kcn-vn2000-tm3-10545.zip'),
  zipAt({
    'kcn_hcm.shp': hcmcShp,
    'kcn_hcm.dbf': hcmcDbf,
    'kcn_hcm.prj': utf8(PRJ_TM3_10545),
    'kcn_hcm.cpg': utf8('UTF-8'),
  }),
);
truths.push({ file: 'hcmc-kcn-vn2000-tm3-10545.zip', features: hcmc.length, bbox: r6(bboxOf(hcmcLonLat)) });
fs.writeFileSync(
  path.join(OUT, 'hcmc-kcn-vn2000-noprj.zip'),
  zipAt({ 'kcn_hcm.shp': hcmcShp, 'kcn_hcm.dbf': hcmcDbf, 'kcn_hcm.cpg': utf8('UTF-8') }),
);
truths.push({
  file: 'hcmc-kcn-vn2000-noprj.zip',
  features: hcmc.length,
  bbox: r6(bboxOf(hcmcLonLat)),
  answer: 'TP Hồ Chí Minh',
});

// 3. Hanoi's industrial parks and Hòa Lạc as Google Earth would export them: a KML with a folder,
// styles, and HTML balloon descriptions in CDATA.
const parks = JSON.parse(
  fs.readFileSync(`${SHARED}/osm-vnmap-industrial-2026/hanoi_kcn_hitech_polygons_osm.geojson`, 'utf8'),
) as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
const ring = (r: number[][]) => r.map(([x, y]) => `${x},${y},0`).join(' ');
const polygonKml = (p: number[][][]) =>
  `<Polygon><outerBoundaryIs><LinearRing><coordinates>${ring(p[0]!)}</coordinates></LinearRing></outerBoundaryIs>${p
    .slice(1)
    .map(
      (h) =>
        `<innerBoundaryIs><LinearRing><coordinates>${ring(h)}</coordinates></LinearRing></innerBoundaryIs>`,
    )
    .join('')}</Polygon>`;
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const placemarks = parks.features.map((f) => {
  const g = f.geometry;
  const geom =
    g.type === 'Polygon'
      ? polygonKml(g.coordinates)
      : `<MultiGeometry>${g.coordinates.map(polygonKml).join('')}</MultiGeometry>`;
  const name = String(f.properties.name_vi);
  return `<Placemark><name>${xml(name)}</name><description><![CDATA[<table><tr><td><b>Diện tích (OSM)</b></td><td>${f.properties.area_ha_computed} ha</td></tr><tr><td>OSM</td><td>${f.properties.osm_id}</td></tr></table>]]></description><styleUrl>#kcn</styleUrl><ExtendedData><Data name="loai"><value>${f.properties.category}</value></Data></ExtendedData>${geom}</Placemark>`;
});
fs.writeFileSync(
  path.join(OUT, 'hanoi-kcn-google-earth.kml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2" xmlns:kml="http://www.opengis.net/kml/2.2" xmlns:atom="http://www.w3.org/2005/Atom">\n<Document>\n\t<name>KCN Hà Nội.kml</name>\n\t<Style id="kcn"><LineStyle><color>ff0000ff</color><width>2</width></LineStyle><PolyStyle><color>4d0000ff</color></PolyStyle></Style>\n\t<Folder>\n\t\t<name>Khu công nghiệp</name>\n\t\t${placemarks.join('\n\t\t')}\n\t</Folder>\n</Document>\n</kml>\n`,
);
const parkPts = parks.features.flatMap(
  (f) =>
    (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(
      2,
    ) as unknown as number[][],
);
truths.push({
  file: 'hanoi-kcn-google-earth.kml',
  features: parks.features.length,
  bbox: r6(bboxOf(parkPts)),
});

// 4. Hanoi's industrial clusters as a surveyor's table: STT;Tên;X;Y, VN-2000 / TM-3 105°00′,
// X northing first, decimal comma.
const sites = readCsv(
  fs.readFileSync(`${SHARED}/osm-vnmap-industrial-2026/hanoi_industrial_sites_osm.csv`, 'utf8'),
);
const siteLonLat = sites.map((r) => [Number(r.longitude), Number(r.latitude)] as [number, number]);
const comma = (v: number) => v.toFixed(3).replace('.', ',');
fs.writeFileSync(
  path.join(OUT, 'hanoi-ccn-vn2000-xy.csv'),
  `STT;Tên;X (m);Y (m)\n${sites
    .map((r, i) => {
      const [e, n] = toVn2000Grid(siteLonLat[i]![0], siteLonLat[i]![1], 105, 0.9999);
      return `${i + 1};${r.name_vi!.replace(/;/g, ',')};${comma(n)};${comma(e)}`;
    })
    .join('\n')}\n`,
);
truths.push({
  file: 'hanoi-ccn-vn2000-xy.csv',
  features: sites.length,
  bbox: r6(bboxOf(siteLonLat)),
  answer: 'Hà Nội',
});

// 5. Hanoi's boundary in the national 6° grid (VN-2000 / UTM 48N), simplified to ~50 m.
const boundary = JSON.parse(
  fs.readFileSync('geodata/admin/hanoi-boundary.geojson', 'utf8'),
) as FeatureCollection;
const simple = truncate(
  simplify(boundary.features[0] as Feature<Polygon | MultiPolygon>, { tolerance: 0.0005, highQuality: true }),
  {
    precision: 6,
  },
);
const polys =
  simple.geometry.type === 'Polygon' ? [simple.geometry.coordinates] : simple.geometry.coordinates;
const outer = polys.map((p) => p[0]!).sort((a, b) => b.length - a.length)[0]!;
// The shapefile writer takes clockwise rings: OSM's outer rings are counter-clockwise.
const cw = [...outer].reverse();
fs.writeFileSync(
  path.join(OUT, 'hanoi-boundary-vn2000-utm48.zip'),
  zipAt({
    'ranh_gioi_ha_noi.shp': shp([{ ring: cw.map(([lon, lat]) => toVn2000Grid(lon!, lat!, 105, 0.9996)) }]),
    'ranh_gioi_ha_noi.dbf': dbf([{ name: 'TEN', len: 40 }], [['Thành phố Hà Nội']], utf8),
    'ranh_gioi_ha_noi.prj': utf8(PRJ_UTM48),
    'ranh_gioi_ha_noi.cpg': utf8('UTF-8'),
  }),
);
truths.push({ file: 'hanoi-boundary-vn2000-utm48.zip', features: 1, bbox: r6(bboxOf(outer)) });

fs.writeFileSync(path.join(OUT, 'truth.json'), `${JSON.stringify(truths, null, 2)}\n`);
for (const t of truths)
  console.log(`${t.file}: ${t.features} features, ${fs.statSync(path.join(OUT, t.file)).size} bytes`);
