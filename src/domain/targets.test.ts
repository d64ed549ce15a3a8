import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { SourcesFileSchema } from './sources';
import { citedSources, targetsFileSchemaWithSources, TargetsFileSchema } from './targets';
import type { TargetsFile } from './targets';

const TARGETS = path.join(process.cwd(), 'geodata/targets.json');
const SOURCES = path.join(process.cwd(), 'geodata/sources/programme.json');

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));
const raw = () => readJson(TARGETS) as Record<string, unknown>;
const load = (): TargetsFile => TargetsFileSchema.parse(readJson(TARGETS));
const sourceIds = () => new Set(SourcesFileSchema.parse(readJson(SOURCES)).map((s) => s.id));

/** Deep copy of the raw file for corrupting; typed loosely on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const corruptible = (): any => structuredClone(raw());

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((i) => i.path.map(String).join('.'));
}

describe('geodata/targets.json', () => {
  it('parses against TargetsFileSchema', () => {
    const result = TargetsFileSchema.safeParse(readJson(TARGETS));
    expect(result.success, JSON.stringify(result.error?.issues, null, 2)).toBe(true);
  });

  it('is pretty-printed with 2 spaces and stored in NFC', () => {
    const text = fs.readFileSync(TARGETS, 'utf8');
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('has unique target ids', () => {
    const file = load();
    const ids = [...file.indicators.map((i) => i.id), ...file.zoneTargets.map((t) => t.id)];
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites only sources that exist in geodata/sources/programme.json', () => {
    const known = sourceIds();
    const missing = citedSources(load()).filter((c) => !known.has(c.id));
    expect(missing).toEqual([]);
    expect(targetsFileSchemaWithSources(known).safeParse(readJson(TARGETS)).success).toBe(true);
  });

  it('has a bibliography of prog- entries, every one cited', () => {
    const text = fs.readFileSync(SOURCES, 'utf8');
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    const entries = SourcesFileSchema.parse(JSON.parse(text));
    const ids = entries.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^prog-/);
    const cited = new Set(citedSources(load()).map((c) => c.id));
    expect(ids.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('accounts for the 26 indicators in the four group counts', () => {
    const file = load();
    const counted = file.groups.filter((g) => g.inProgrammeTotal);
    expect(counted.map((g) => g.id).sort()).toEqual(['culture-society', 'economic', 'environment', 'urban']);
    expect(new Set(file.programme.indicatorTotal.map((f) => f.value))).toEqual(new Set([26]));

    // Per source: the groups it counts must add up to the total it states, except where the data flags the gap.
    const sums = new Map<string, number>();
    for (const g of counted) for (const f of g.count) sums.set(f.source, (sums.get(f.source) ?? 0) + f.value);
    const matching = [...sums].filter(([, sum]) => sum === 26).map(([source]) => source);
    expect(matching).toContain('prog-21-ctr-tu-article');

    const economic = counted.find((g) => g.id === 'economic')!;
    expect(new Set(economic.count.map((f) => f.value))).toEqual(new Set([7, 8]));
    const sevenSources = economic.count.filter((f) => f.value === 7).map((f) => f.source);
    expect(sevenSources).toEqual(
      expect.arrayContaining(['prog-21-ctr-tu-draft-article', 'prog-139-kh-ubnd-article']),
    );
    for (const source of sevenSources) expect(sums.get(source)).toBe(25);
    expect(economic.note).toMatchObject({ en: expect.stringMatching(/25/), vi: expect.stringMatching(/25/) });

    // No group may name more indicators than its smallest sourced count.
    for (const g of counted) {
      const named = new Set(file.indicators.filter((i) => i.group === g.id).map((i) => i.metric));
      expect(named.size).toBeLessThanOrEqual(Math.min(...g.count.map((f) => f.value)));
    }
  });

  it('records income and urbanisation targets with their bounds and the wording difference', () => {
    const byId = new Map(load().indicators.map((i) => [i.id, i]));
    const income2025 = byId.get('income-per-capita-2025')!;
    expect(income2025.facts.map((f) => f.value)).toEqual([
      { min: 8300, max: 8500 },
      { min: 8300, max: 8500 },
    ]);
    expect(income2025.facts.map((f) => f.wording?.vi)).toEqual([
      'thu nhập bình quân đầu người',
      'tổng sản phẩm trên địa bàn (GRDP)/người',
    ]);
    expect(byId.get('income-per-capita-2030')!.facts[0]!.value).toEqual({ exclusiveMin: 12500 });
    expect(byId.get('urbanisation-rate-2025')!.facts[0]!.value).toEqual({ min: 60, max: 62 });
    expect(byId.get('urbanisation-rate-2030')!.facts[0]!.value).toEqual({ exclusiveMin: 75 });
    for (const id of ['income-per-capita-2025', 'urbanisation-rate-2030'])
      expect(byId.get(id)!.measurableFromMap).toBeNull();
  });

  it('has the 159-cluster / 3,204 ha plan and the 46 clusters to build by 2025', () => {
    const byId = new Map(load().indicators.map((i) => [i.id, i]));
    const count = byId.get('ccn-planned-count-2030')!;
    expect(
      count.facts.some(
        (f) => f.source === 'prog-1292-hanoitimes-2018' && 'count' in f.value && f.value.count === 159,
      ),
    ).toBe(true);
    const area = byId.get('ccn-planned-area-2030')!;
    expect(area.unit).toBe('ha');
    expect(
      area.facts.some(
        (f) => f.document === 'prog-1292-qd-ubnd' && 'min' in f.value && f.value.min === 3204.31,
      ),
    ).toBe(true);

    const remaining = byId.get('ccn-to-build-2025')!;
    expect(remaining.targetYear).toBe(2025);
    expect(remaining.facts).toHaveLength(1);
    expect(remaining.facts[0]).toMatchObject({
      value: { count: 46 },
      source: 'prog-183-kh-ubnd-article',
      document: 'prog-183-kh-ubnd',
    });
    expect(remaining.note).toMatchObject({ en: expect.stringMatching(/could not verify/) });
    expect(remaining.measurableFromMap).toMatch(/ccn/);
  });

  it('references the zones the plans call to build', () => {
    const zones = new Set(load().zoneTargets.map((t) => t.zone));
    for (const id of [
      'kcn-quang-minh-2',
      'htz-biotech',
      'kcn-soc-son-sach',
      'it-hanoi-software-park',
      'hhtp-hoa-lac',
    ])
      expect(zones).toContain(id);
  });
});

describe('TargetsFileSchema rejects corrupted copies', () => {
  it('an indicator with an unknown group, at indicators.N.group', () => {
    const bad = corruptible();
    bad.indicators[0].group = 'tourism';
    expect(issuePaths(TargetsFileSchema.safeParse(bad))).toContain('indicators.0.group');
  });

  it('a target fact without a source, at ...facts.N.source', () => {
    const bad = corruptible();
    delete bad.indicators[2].facts[0].source;
    expect(issuePaths(TargetsFileSchema.safeParse(bad))).toContain('indicators.2.facts.0.source');
  });

  it('a source id missing from the bibliography, at the citing field', () => {
    const bad = corruptible();
    bad.zoneTargets[0].facts[0].source = 'prog-no-such-source';
    expect(TargetsFileSchema.safeParse(bad).success).toBe(true);
    expect(issuePaths(targetsFileSchemaWithSources(sourceIds()).safeParse(bad))).toEqual([
      'zoneTargets.0.facts.0.source',
    ]);
  });

  it('a duplicate target id, at the second id', () => {
    const bad = corruptible();
    bad.zoneTargets[1].id = bad.indicators[0].id;
    expect(issuePaths(TargetsFileSchema.safeParse(bad))).toContain('zoneTargets.1.id');
  });

  it('a group of the programme without a count, at groups.N.count', () => {
    const bad = corruptible();
    bad.groups[0].count = [];
    expect(issuePaths(TargetsFileSchema.safeParse(bad))).toContain('groups.0.count');
  });

  it('a count target in hectares, and a range with min above max, at ...facts.N.value', () => {
    const bad = corruptible();
    const areaIndex = bad.indicators.findIndex((i: { unit: string }) => i.unit === 'ha');
    bad.indicators[areaIndex].facts[0].value = { count: 3204 };
    bad.indicators[0].facts[0].value = { min: 9000, max: 8000 };
    const paths = issuePaths(TargetsFileSchema.safeParse(bad));
    expect(paths).toContain(`indicators.${areaIndex}.facts.0.value`);
    expect(paths.some((p) => p.startsWith('indicators.0.facts.0.value'))).toBe(true);
  });

  it('a target year without a matching yearBasis, at ...yearBasis', () => {
    const bad = corruptible();
    bad.indicators[0].targetYear = null;
    expect(issuePaths(TargetsFileSchema.safeParse(bad))).toContain('indicators.0.yearBasis');
  });
});
