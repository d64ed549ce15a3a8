/** Translates a FilterState into a MapLibre filter expression over the flat zone properties. */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FilterState } from '../domain/filters';
import { statusCode, yearIndex } from '../domain/timeline';
import { STATUSES } from '../domain/vocab';

const inList = (prop: string, values: readonly string[]): ExpressionSpecification => [
  'in',
  ['get', prop],
  ['literal', [...values]],
];

/** Timelines are stored as one status letter per year (encodeTimeline); "-" before a zone existed. */
const ALL_CODES = STATUSES.map(statusCode);
export const codeInYear = (year: number): ExpressionSpecification => [
  'slice',
  ['coalesce', ['get', 'tl'], ''],
  yearIndex(year),
  yearIndex(year) + 1,
];

export function filterExpression(f: FilterState): ExpressionSpecification {
  const parts: ExpressionSpecification[] = [];
  if (f.year !== null) {
    const code = codeInYear(f.year);
    // A letter only where the zone existed; the status test then reads that year's letter.
    parts.push(['in', code, ['literal', ALL_CODES]]);
    if (f.statuses.length) parts.push(['in', code, ['literal', f.statuses.map(statusCode)]]);
  } else if (f.statuses.length) parts.push(inList('status', f.statuses));
  if (f.kinds.length) parts.push(inList('kind', f.kinds));
  if (f.districts.length) parts.push(inList('district', f.districts));
  if (f.communes.length) parts.push(inList('commune', f.communes));
  if (f.sectors.length)
    parts.push([
      'any',
      ...f.sectors.map((s): ExpressionSpecification => ['in', `|${s}|`, ['get', 'sectors']]),
    ]);
  return ['all', ...parts];
}
