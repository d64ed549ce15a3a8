/** The facts, distances and sources of a printed zone sheet: compact, every value with its source. */
import { DISTANCE_KEYS } from '../../domain/distances';
import { zoneSources } from '../../domain/exportCsv';
import { sourceLang } from '../../domain/sources';
import type { ZoneFeature } from '../../domain/zone';
import { useAppStore } from '../../store';
import { selectDistances } from '../../store/plannerSelectors';
import { DataText } from '../DataText';
import { ZoneFactRows } from '../ZoneFactRows';
import type { T } from '../useT';
import { DISTANCE_LABELS, distanceText } from './DistanceRows';
import { useExportContext } from './useExportContext';
import { useSources } from './useSources';

export function SheetFacts({ zone, tr }: { zone: ZoneFeature; tr: T }) {
  const { t } = tr;
  const sources = useSources();
  const distances = useAppStore(selectDistances).get(zone.properties.id);
  const { placeName } = useExportContext();
  const p = zone.properties;
  return (
    <div className="print-body">
      <dl className="facts print-facts">
        <ZoneFactRows
          zone={p}
          sources={sources}
          tr={tr}
          district={p.district ? placeName('district', p.district) : null}
          commune={p.commune ? placeName('commune', p.commune) : null}
        />
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
              <span lang={sourceLang(s)}>{s.title}</span>
              {s.publisher && (
                <>
                  {' — '}
                  <DataText value={s.publisher} tr={tr} />
                </>
              )}
              {s.date && `, ${tr.date(s.date)}`}
              {s.url && <span className="print-url"> {s.url}</span>}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
