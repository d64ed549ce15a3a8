/** Plan against actual on the shipped data, row by row: the counts a planner reads, fixed as a table. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../scripts/geodata';
import { buildDataset } from './dataset';
import { planRows } from './planActual';
import { TargetsFileSchema } from './targets';

const geo = readGeodata(path.resolve(import.meta.dirname, '../..'));
const zones = buildDataset(geo.input).zones.map((z) => z.properties);
const file = TargetsFileSchema.parse(geo.readJson('targets.json'));

const table = Object.fromEntries(
  planRows(file, zones).map((r) => [
    r.target.id,
    r.answer
      ? {
          value: Math.round(r.answer.value * 100) / 100,
          goal: r.answer.goal,
          seen: r.answer.seen ? `${r.answer.seen.count}/${r.answer.seen.of}` : null,
          segments: r.answer.segments.map((s) => `${s.status}:${Math.round(s.value * 10) / 10}`).join(' '),
        }
      : null,
  ]),
);

describe('plan against actual, on the shipped data', () => {
  it('gives these figures, row by row', () => {
    expect(table).toEqual({
      'ccn-planned-count-2030': {
        value: 86,
        goal: 159,
        seen: '86/159',
        segments: 'proposed:8 established:29 under_construction:10 operating:2 unknown:37',
      },
      'ccn-planned-area-2030': {
        value: 1113.92,
        goal: 3204.31,
        seen: null,
        segments: 'proposed:26.3 established:411.3 under_construction:186.6 unknown:489.7',
      },
      'ccn-to-build-2025': { value: 9, goal: 46, seen: '9/46', segments: 'under_construction:9' },
      'ccn-new-2021-2030': {
        value: 12,
        goal: 21,
        seen: '12/21',
        segments: 'established:4 under_construction:8',
      },
      // HANSSIP phases 1–2 and Phú Nghĩa with its expansion count once: 24 list entries, 21 parks.
      'kcn-count-2030': {
        value: 10,
        goal: 24,
        seen: '24/24',
        segments: 'planned:10 established:2 operating:8 stalled:1',
      },
      'kcn-area-2030': {
        value: 1742.75,
        goal: 5831,
        seen: '24/24',
        segments: 'planned:2882.8 established:474.3 operating:1268.4 stalled:160',
      },
      'kcn-new-2021-2025': { value: 2, goal: 2, seen: null, segments: 'established:2' },
      'plan-1668-zone-count': {
        value: 24,
        goal: 27,
        seen: '24/27',
        segments: 'planned:10 established:3 operating:9 stalled:2',
      },
      // Hòa Lạc, the biotech zone and the stalled software park; NIC (inside Hòa Lạc) is not one more.
      'plan-1668-hitech-count': {
        value: 3,
        goal: 4,
        seen: '3/4',
        segments: 'established:1 operating:1 stalled:1',
      },
      'plan-1668-kcn-count': {
        value: 21,
        goal: 23,
        seen: '21/23',
        segments: 'planned:10 established:2 operating:8 stalled:1',
      },
      'ccn-expanded-2021-2030': null,
    });
  });

  it('lists the answered rows first', () => {
    expect(Object.keys(table).at(-1)).toBe('ccn-expanded-2021-2030');
  });
});
