/** The zone's straight-line distances, as rows of the zone panel's fact list, with how they were measured. */
import {
  DISTANCE_KEYS,
  type DistanceKey,
  HAI_PHONG_REFERENCE,
  type ZoneDistances,
} from '../../domain/distances';
import type { PlainKey } from '../../i18n';
import { useAppStore } from '../../store';
import { selectDistances } from '../../store/plannerSelectors';
import type { T } from '../useT';
import { useReference } from './useReference';
import '../FactRow.css';
import './DistanceRows.css';

export const DISTANCE_LABELS: Record<(typeof DISTANCE_KEYS)[number], PlainKey> = {
  airport: 'dist.airport',
  centre: 'dist.centre',
  nationalRoad: 'dist.nationalRoad',
  railway: 'dist.railway',
  port: 'dist.port',
};

/**
 * "12,3 km straight-line"; "about 12 km" in whole kilometres when the zone's position is only a unit's
 * centre; "unknown" when the reference is missing: never 0.
 */
export function distanceText(tr: T, d: ZoneDistances | undefined, key: DistanceKey): string {
  const km = d?.[key];
  if (km === null || km === undefined) return tr.t('zone.unknown');
  if (d!.uncertaintyKm !== null) return tr.t('dist.approxValue', { value: tr.num(Math.round(km), 0) });
  return tr.t('dist.value', { value: tr.num(km, 1) });
}

export function DistanceRows({ zoneId, tr }: { zoneId: string; tr: T }) {
  const reference = useReference();
  const d = useAppStore(selectDistances).get(zoneId);
  return (
    <div className="fact" data-fact="distances">
      <dt>{tr.t('dist.title')}</dt>
      <dd>
        {reference.status === 'error' ? (
          <span className="unknown">{tr.t('dist.error', { message: reference.message })}</span>
        ) : (
          <ul className="distance-list">
            {DISTANCE_KEYS.map((k) => (
              <li key={k} data-distance={k}>
                <span className="distance-label">{tr.t(DISTANCE_LABELS[k])}</span>{' '}
                <span className="fact-value">
                  {reference.status === 'ready' ? distanceText(tr, d, k) : tr.t('dist.loading')}
                </span>
              </li>
            ))}
          </ul>
        )}
        {d && d.uncertaintyKm !== null && (
          <p className="approx-note" role="note">
            {tr.t('dist.approxNote', { km: tr.num(Math.round(d.uncertaintyKm), 0) })}
          </p>
        )}
        <p className="citation">
          {tr.t('dist.note')}{' '}
          <a href={HAI_PHONG_REFERENCE.source} target="_blank" rel="noreferrer noopener">
            {tr.t('dist.noteSource')}
          </a>
        </p>
      </dd>
    </div>
  );
}
