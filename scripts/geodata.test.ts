/** The shipped geodata itself passes every rule of the data build: the same checks, on the real files. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeodata } from './geodata';
import { buildDataset, validateUnplaced } from '../src/domain/dataset';
import { currentValue } from '../src/domain/facts';
import { areaHa } from '../src/domain/geo';
import { zoneStats } from '../src/domain/stats';
import { CENTROID_METHODS } from '../src/domain/vocab';

const geo = readGeodata(path.resolve(import.meta.dirname, '..'));
const result = buildDataset(geo.input);
const zone = (id: string) => result.zones.find((z) => z.properties.id === id)?.properties;

describe('the shipped geodata', () => {
  it('has no error: ids unique, every fact sourced, sectors known, points inside Hanoi', () => {
    expect(result.problems).toEqual([]);
  });

  it('has unique bibliography ids', () => {
    expect(new Set(geo.sources.map((s) => s.id)).size).toBe(geo.sources.length);
  });

  it('holds the zones the programme names and the 8 operating industrial parks', () => {
    for (const id of [
      'hhtp-hoa-lac',
      'kcn-quang-minh-2',
      'kcn-soc-son-sach',
      'htz-biotech',
      'it-hanoi-software-park',
    ])
      expect(zone(id), id).toBeDefined();
    const operatingKcn = result.zones.filter(
      (z) => z.properties.kind === 'kcn' && currentValue(z.properties.status) === 'operating',
    );
    expect(operatingKcn.map((z) => z.properties.id).sort()).toEqual([
      'kcn-hanssip-gd1',
      'kcn-nam-thang-long',
      'kcn-noi-bai',
      'kcn-phu-nghia',
      'kcn-quang-minh-1',
      'kcn-sai-dong-b',
      'kcn-thach-that-quoc-oai',
      'kcn-thang-long',
    ]);
  });

  it('keeps both areas where sources disagree, e.g. Sài Đồng B at 40 and 97.11 ha', () => {
    expect(zone('kcn-sai-dong-b')!.areaHa.map((f) => f.value)).toEqual(expect.arrayContaining([40, 97.11]));
  });

  it('joins zones to the district the sources name (Hòa Lạc in Thạch Thất, Thăng Long in Đông Anh)', () => {
    expect(zone('hhtp-hoa-lac')!.district).toBe('thach-that');
    expect(zone('kcn-thang-long')!.district).toBe('dong-anh');
  });

  it('lists the zones it cannot place, each with a reason and sources', () => {
    const unplaced = validateUnplaced(
      'unplaced.json',
      geo.readJson('unplaced.json'),
      geo.sources,
      new Set(result.zones.map((z) => z.properties.id)),
    );
    expect(unplaced.problems).toEqual([]);
    // The last one, the six-cluster decision's Liên Hà, is placed since its report names Đan Phượng.
    expect(unplaced.zones).toEqual([]);
  });
});

describe('the OpenStreetMap footprints', () => {
  const listed = geo.input.osm.listed;

  it('puts every Hanoi site of the list in exactly one state: matched, added or excluded', () => {
    expect(listed.length).toBe(69);
    expect(result.osmStates.map((s) => s.osm).sort()).toEqual(listed.map((l) => l.osm).sort());
    const count = (state: string) => result.osmStates.filter((s) => s.state === state).length;
    expect({ matched: count('matched'), added: count('added'), excluded: count('excluded') }).toEqual({
      matched: 39,
      added: 26,
      excluded: 4,
    });
  });

  it('uses no OSM object for two zones', () => {
    const used = result.zones.flatMap((z) =>
      z.properties.location.osm ? [z.properties.location.osm.id] : [],
    );
    expect(new Set(used).size).toBe(used.length);
  });

  it('computes every footprint area within 0.5 % of the list’s value', () => {
    for (const site of geo.input.osm.sites.features) {
      if (site.geometry.type === 'Point') continue;
      const ours = areaHa(site.geometry);
      expect(Math.abs(ours / site.properties.listAreaHa! - 1), site.properties.name).toBeLessThan(0.005);
    }
  });

  it('draws Hòa Lạc, the OSM-mapped operating parks and at least 45 clusters as footprints', () => {
    const footprint = (id: string) => zone(id)?.location.method === 'osm_footprint';
    expect(footprint('hhtp-hoa-lac')).toBe(true);
    for (const id of [
      'kcn-thang-long',
      'kcn-noi-bai',
      'kcn-quang-minh-1',
      'kcn-sai-dong-b',
      'kcn-nam-thang-long',
      'kcn-thach-that-quoc-oai',
      'kcn-phu-nghia',
    ])
      expect(footprint(id), id).toBe(true);
    const clusters = result.zones.filter(
      (z) => z.properties.kind === 'ccn' && z.properties.location.method === 'osm_footprint',
    );
    expect(clusters.length).toBeGreaterThanOrEqual(45);
  });

  it('records the caveats as decisions: Bắc Thăng Long is Thăng Long, Quang Minh is Quang Minh I', () => {
    expect(zone('kcn-thang-long')!.location.osm).toMatchObject({
      id: 'way/384465529',
      confidence: 'probable',
    });
    expect(JSON.stringify(zone('kcn-thang-long')!.location.osm!.reason)).toMatch(/Bắc Thăng Long/);
    expect(zone('kcn-quang-minh-1')!.location.osm!.id).toBe('way/597870255');
    // The small sites OSM names "Khu công nghiệp …" are not promoted to parks.
    for (const id of [
      'site-an-ninh',
      'site-cau-giao',
      'site-duong-xa-a',
      'site-hoang-mai',
      'site-vinh-hoang',
    ])
      expect(zone(id)?.kind, id).toBe('industrial_site');
  });

  it('tells the two Liên Hà clusters apart by place', () => {
    expect(zone('ccn-lien-ha-da')!.location.osm!.id).toBe('way/1389555877');
    expect(zone('ccn-lien-ha-da')!.district).toBe('dong-anh');
    expect(zone('ccn-lien-ha-dp')!.district).toBe('dan-phuong');
  });
});

describe('derived facts carry their confidence', () => {
  it('gives a zone placed at a district centre no commune, and its district from the source', () => {
    const placed = result.zones.filter((z) => z.properties.location.method === 'district_centroid');
    expect(placed.length).toBeGreaterThan(0);
    for (const z of placed) {
      expect(z.properties.commune, z.properties.id).toBeNull();
      expect(z.properties.districtBasis).toBe('source');
      expect(z.properties.uncertaintyKm).toBeGreaterThan(1);
    }
  });

  it('takes footprints’ districts and communes from their geometry', () => {
    expect(zone('kcn-noi-bai')).toMatchObject({ districtBasis: 'geometry', communeBasis: 'geometry' });
    expect(zone('kcn-noi-bai')!.uncertaintyKm).toBeNull();
    expect(zone('hhtp-hoa-lac')!.mappedAreaHa).toBeGreaterThan(1070);
  });

  it('never marks a centroid-placed zone as exact', () => {
    for (const z of result.zones)
      if (CENTROID_METHODS.includes(z.properties.location.method))
        expect(z.properties.uncertaintyKm, z.properties.id).not.toBeNull();
  });
});

describe('totals count each hectare once', () => {
  it('leaves NIC (inside Hòa Lạc) and the suspected duplicates out of every total, and agriculture apart', () => {
    const stats = zoneStats(
      result.zones.map((z) => z.properties),
      'district',
    );
    expect(stats.notCounted.sort()).toEqual([
      'ccn-bac-tu-liem',
      'ccn-duong-lieu',
      'ccn-tam-hiep-pt',
      'ccn-thanh-oai-clean',
      'nic-hoa-lac',
    ]);
    expect(stats.agri.count).toBe(7);
    expect(stats.total.count + stats.agri.count + stats.notCounted.length).toBe(result.zones.length);
  });
});
