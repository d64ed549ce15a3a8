/** The fit finder's inputs. Numbers left empty mean "no limit", never 0. */
import { Fragment } from 'react';
import { DISTANCE_CRITERIA, type DistanceCriterion, toggleOption } from '../../domain/criteria';
import type { FitCriteria } from '../../domain/fit';
import { compareVietnamese } from '../../domain/text';
import { SECTOR_IDS, SECTORS, STATUS_LABELS, STATUSES } from '../../domain/vocab';
import type { PlainKey } from '../../i18n';
import { useAppStore } from '../../store';
import { useT } from '../useT';

/** Each distance criterion's input: its label ("Maximum distance to … (km, straight line)") and note. */
const DISTANCE_INPUTS: Record<DistanceCriterion, { label: PlainKey; note?: PlainKey }> = {
  airport: { label: 'fit.maxAirport' },
  rail: { label: 'fit.maxRail', note: 'fit.railNote' },
};
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
      {DISTANCE_CRITERIA.map(({ criterion, field }) => {
        const { label: labelKey, note } = DISTANCE_INPUTS[criterion];
        return (
          <Fragment key={criterion}>
            <label className="field">
              {t(labelKey)}
              <input
                type="number"
                min={0}
                step="any"
                inputMode="decimal"
                value={fit[field] ?? ''}
                onChange={(e) => setFit({ ...fit, [field]: numberOrNull(e.target.value) })}
                data-fit-input={criterion}
              />
            </label>
            {note && <p className="muted">{t(note)}</p>}
          </Fragment>
        );
      })}
      <details className="fit-group">
        <summary>
          {t('fit.sectors')} ({fit.sectors.length || t('fit.any')})
        </summary>
        {sectors.map((s) => (
          <label key={s} className="check">
            <input
              type="checkbox"
              checked={fit.sectors.includes(s)}
              onChange={() => setFit(toggleOption(fit, 'sectors', s))}
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
              onChange={() => setFit(toggleOption(fit, 'statuses', s))}
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
                onChange={() => setFit(toggleOption(fit, 'districts', d.id))}
              />
              {d.name}
            </label>
          ))}
      </details>
    </div>
  );
}
