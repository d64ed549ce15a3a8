/** Translates a FilterState into a MapLibre filter expression over the flat zone properties. */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FilterState } from '../domain/filters';

const inList = (prop: string, values: readonly string[]): ExpressionSpecification => [
  'in',
  ['get', prop],
  ['literal', [...values]],
];

/** Sectors are stored as "|a|b|" so a substring test works inside the style engine. */
export const encodeSectors = (sectors: readonly string[]) => `|${sectors.join('|')}|`;

export function filterExpression(f: FilterState): ExpressionSpecification {
  const parts: ExpressionSpecification[] = [];
  if (f.statuses.length) parts.push(inList('status', f.statuses));
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
