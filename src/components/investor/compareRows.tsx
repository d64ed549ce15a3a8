/** The rows of the comparison table: every fact, the places, the distances and the sources. */
import type { ReactNode } from 'react';
import { byNewest, otherValues } from '../../domain/facts';
import { DISTANCE_KEYS, type DistanceLookup } from '../../domain/distances';
import { zoneSources } from '../../domain/exportCsv';
import type { Source } from '../../domain/sources';
import {
  KIND_LABELS,
  LOCATION_METHOD_LABELS,
  SECTORS,
  STATUS_LABELS,
  type SectorId,
} from '../../domain/vocab';
import type { Fact, ZoneFeature } from '../../domain/zone';
import type { PlainKey } from '../../i18n';
import { Citation } from '../FactRow';
import { SourceTitle } from '../SourceTitle';
import type { T } from '../useT';
import { DISTANCE_LABELS, distanceText } from './DistanceRows';

export type CompareContext = {
  tr: T;
  sources: ReadonlyMap<string, Source>;
  distances: DistanceLookup;
  placeName: (level: 'district' | 'commune', id: string | null) => string;
};
export type CompareRow = { key: string; title: string; cell: (z: ZoneFeature) => ReactNode };

const Unknown = ({ tr }: { tr: T }) => <span className="unknown">{tr.t('zone.unknown')}</span>;

/**
 * Newest value with date and source; other sources' values below ("history": earlier states with
 * their dates instead). Empty: "unknown", never 0.
 */
function factCell<V>(
  facts: readonly Fact<V>[],
  show: (v: V) => string,
  c: CompareContext,
  mode: 'single' | 'history' = 'single',
): ReactNode {
  const [current, ...older] = byNewest(facts);
  if (!current) return <Unknown tr={c.tr} />;
  const others = mode === 'history' ? older : otherValues(facts);
  const dated = (f: Fact<V>) => `${show(f.value)} (${f.asOf ? c.tr.date(f.asOf) : c.tr.t('zone.undated')})`;
  return (
    <>
      <span className="fact-value">{show(current.value)}</span>
      <Citation fact={current} sources={c.sources} tr={c.tr} />
      {others.length > 0 &&
        (mode === 'history' ? (
          <span className="fact-history compare-differ">
            {c.tr.t('zone.earlier')} {others.map(dated).join('; ')}
          </span>
        ) : (
          <span className="sources-differ compare-differ">
            {c.tr.t('compare.otherValues', { values: others.map((f) => show(f.value)).join('; ') })}
          </span>
        ))}
    </>
  );
}

export function compareRows(c: CompareContext): CompareRow[] {
  const { t, label, num } = c.tr;
  const row = (key: string, title: PlainKey, cell: CompareRow['cell']): CompareRow => ({
    key,
    title: t(title),
    cell,
  });
  const sectors = (v: string[]) => v.map((s) => label(SECTORS[s as SectorId] ?? { vi: s })).join(', ');
  const place = (level: 'district' | 'commune', id: string | null) =>
    id ? c.placeName(level, id) : <Unknown tr={c.tr} />;
  return [
    row('kind', 'zone.kind', (z) => label(KIND_LABELS[z.properties.kind])),
    row('status', 'zone.status', (z) =>
      factCell(z.properties.status, (v) => label(STATUS_LABELS[v]), c, 'history'),
    ),
    row('area', 'zone.area', (z) => factCell(z.properties.areaHa, (v) => t('unit.ha', { value: num(v) }), c)),
    row('mappedArea', 'zone.mappedArea', (z) =>
      z.properties.mappedAreaHa === null ? (
        <Unknown tr={c.tr} />
      ) : (
        t('unit.ha', { value: num(z.properties.mappedAreaHa, 1) })
      ),
    ),
    row('occupancy', 'zone.occupancy', (z) =>
      factCell(z.properties.occupancyPct, (v) => t('unit.pct', { value: num(v) }), c),
    ),
    row('sectors', 'zone.sectors', (z) =>
      z.properties.sectors.length ? (
        <ul className="fact-list">
          {z.properties.sectors.map((f, i) => (
            <li key={i}>
              {sectors(f.value)} <Citation fact={f} sources={c.sources} tr={c.tr} />
            </li>
          ))}
        </ul>
      ) : (
        <Unknown tr={c.tr} />
      ),
    ),
    row('developer', 'zone.developer', (z) => factCell(z.properties.developer, (v) => c.tr.note(v), c)),
    row('established', 'zone.established', (z) => factCell(z.properties.establishedYear, String, c)),
    row('district', 'zone.district', (z) => place('district', z.properties.district)),
    row('commune', 'zone.commune', (z) => place('commune', z.properties.commune)),
    row('location', 'zone.location', (z) => label(LOCATION_METHOD_LABELS[z.properties.location.method])),
    ...DISTANCE_KEYS.map((k) =>
      row(`dist-${k}`, DISTANCE_LABELS[k], (z) => distanceText(c.tr, c.distances.get(z.properties.id), k)),
    ),
    row('sources', 'compare.sources', (z) => (
      <ul className="fact-list">
        {zoneSources(z.properties, c.sources).map((s) => (
          <li key={s.id}>
            <SourceTitle source={s} />
          </li>
        ))}
      </ul>
    )),
  ];
}
