/** The facts, distances and sources of a printed zone sheet: compact, every value with its source. */
import { DISTANCE_KEYS } from '../../domain/distances';
import { zoneSources } from '../../domain/exportCsv';
import { SECTORS, STATUS_LABELS, type SectorId } from '../../domain/vocab';
import type { ZoneFeature } from '../../domain/zone';
import { useAppStore } from '../../store';
import { selectDistances } from '../../store/plannerSelectors';
import { FactRow } from '../FactRow';
import type { T } from '../useT';
import { DISTANCE_LABELS, distanceText } from './DistanceRows';
import { useExportContext } from './useExportContext';
import { useSources } from './useSources';

export function SheetFacts({ zone, tr }: { zone: ZoneFeature; tr: T }) {
  const { t, label, num } = tr;
  const sources = useSources();
  const distances = useAppStore(selectDistances).get(zone.properties.id);
  const { placeName } = useExportContext();
  const p = zone.properties;
  const row = { sources, tr };
  return (
    <div className="print-body">
      <dl className="facts print-facts">
        <FactRow
          name={t('zone.status')}
          mode="history"
          facts={p.status}
          render={(v) => label(STATUS_LABELS[v])}
          {...row}
        />
        <FactRow
          name={t('zone.area')}
          facts={p.areaHa}
          render={(v) => t('unit.ha', { value: num(v) })}
          {...row}
        />
        <FactRow
          name={t('zone.occupancy')}
          facts={p.occupancyPct}
          render={(v) => t('unit.pct', { value: num(v) })}
          {...row}
        />
        <div className="fact">
          <dt>{t('zone.district')}</dt>
          <dd>{p.district ? placeName('district', p.district) : t('zone.unknown')}</dd>
        </div>
        <div className="fact">
          <dt>{t('zone.commune')}</dt>
          <dd>{p.commune ? placeName('commune', p.commune) : t('zone.unknown')}</dd>
        </div>
        <FactRow
          name={t('zone.sectors')}
          mode="list"
          facts={p.sectors}
          render={(v) => v.map((s) => label(SECTORS[s as SectorId])).join(', ')}
          {...row}
        />
        <FactRow name={t('zone.developer')} facts={p.developer} render={(v) => v} {...row} />
        <FactRow name={t('zone.established')} facts={p.establishedYear} render={(v) => String(v)} {...row} />
        <FactRow name={t('zone.legalBasis')} mode="list" facts={p.legalBasis} render={(v) => v} {...row} />
      </dl>
      <div>
        <h2>{t('dist.title')}</h2>
        <ul className="print-list">
          {DISTANCE_KEYS.map((k) => (
            <li key={k}>
              {t(DISTANCE_LABELS[k])}: {distanceText(tr, distances, k)}
            </li>
          ))}
        </ul>
        <p className="print-small">{t('dist.note')}</p>
        <h2>{t('zone.sources')}</h2>
        <ol className="print-list">
          {zoneSources(p, sources).map((s) => (
            <li key={s.id}>
              {s.title}
              {s.publisher && ` — ${s.publisher}`}
              {s.date && `, ${tr.date(s.date)}`}
              {s.url && <span className="print-url"> {s.url}</span>}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
