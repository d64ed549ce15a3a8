/** The fit finder's inputs. Numbers left empty mean "no limit", never 0. */
import type { FitCriteria } from '../../domain/fit';
import { compareVietnamese } from '../../domain/text';
import {
  SECTOR_IDS,
  SECTORS,
  STATUS_LABELS,
  STATUSES,
  type SectorId,
  type ZoneStatus,
} from '../../domain/vocab';
import { useAppStore } from '../../store';
import { useT } from '../useT';

const toggle = <T,>(list: readonly T[], v: T) =>
  list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
const numberOrNull = (s: string) =>
  s.trim() === '' || !Number.isFinite(Number(s)) || Number(s) < 0 ? null : Number(s);

export function FitCriteriaForm({ fit, setFit }: { fit: FitCriteria; setFit: (f: FitCriteria) => void }) {
  const { t, label } = useT();
  const districts = useAppStore((s) => (s.data.status === 'ready' ? s.data.places.districts : []));
  const sectors = [...SECTOR_IDS].sort((a, b) => compareVietnamese(label(SECTORS[a]), label(SECTORS[b])));
  return (
    <div className="fit-form">
      <label className="field">
        {t('fit.minArea')}
        <input
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          value={fit.minAreaHa ?? ''}
          onChange={(e) => setFit({ ...fit, minAreaHa: numberOrNull(e.target.value) })}
          data-fit-input="area"
        />
      </label>
      <p className="muted">{t('fit.areaNote')}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={fit.freeLand}
          onChange={(e) => setFit({ ...fit, freeLand: e.target.checked })}
          data-fit-input="land"
        />
        {t('fit.freeLand')}
      </label>
      <p className="muted">{t('fit.freeLandNote')}</p>
      <label className="field">
        {t('fit.maxAirport')}
        <input
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          value={fit.maxAirportKm ?? ''}
          onChange={(e) => setFit({ ...fit, maxAirportKm: numberOrNull(e.target.value) })}
          data-fit-input="airport"
        />
      </label>
      <details className="fit-group">
        <summary>
          {t('fit.sectors')} ({fit.sectors.length || t('fit.any')})
        </summary>
        {sectors.map((s) => (
          <label key={s} className="check">
            <input
              type="checkbox"
              checked={fit.sectors.includes(s)}
              onChange={() => setFit({ ...fit, sectors: toggle<SectorId>(fit.sectors, s) })}
            />
            {label(SECTORS[s])}
          </label>
        ))}
      </details>
      <details className="fit-group">
        <summary>
          {t('fit.statuses')} ({fit.statuses.length || t('fit.any')})
        </summary>
        {STATUSES.map((s) => (
          <label key={s} className="check">
            <input
              type="checkbox"
              value={s}
              checked={fit.statuses.includes(s)}
              onChange={() => setFit({ ...fit, statuses: toggle<ZoneStatus>(fit.statuses, s) })}
            />
            {label(STATUS_LABELS[s])}
          </label>
        ))}
      </details>
      <details className="fit-group">
        <summary>
          {t('fit.districts')} ({fit.districts.length || t('fit.any')})
        </summary>
        {[...districts]
          .sort((a, b) => compareVietnamese(a.name, b.name))
          .map((d) => (
            <label key={d.id} className="check">
              <input
                type="checkbox"
                checked={fit.districts.includes(d.id)}
                onChange={() => setFit({ ...fit, districts: toggle(fit.districts, d.id) })}
              />
              {d.name}
            </label>
          ))}
      </details>
    </div>
  );
}
