/** Plan against actual: each target next to what the map's data shows, with where each number comes from. */
import { useMemo } from 'react';
import { sourcesDiffer } from '../../domain/facts';
import { indicatorRows, zoneTargetRows } from '../../domain/planActual';
import type { TargetFact } from '../../domain/targets';
import { UNIT_LABELS } from '../../domain/targets';
import { STATUS_LABELS } from '../../domain/vocab';
import { useAppStore } from '../../store';
import { selectZones } from '../../store/derived';
import { Citation } from '../FactRow';
import { useReference } from '../investor/useReference';
import { useSources } from '../investor/useSources';
import { useT } from '../useT';

export function PlanPanel() {
  const tr = useT();
  const { t, label, num } = tr;
  const reference = useReference();
  const zones = useAppStore(selectZones);
  const sources = useSources();
  const rows = useMemo(() => {
    if (reference.status !== 'ready') return null;
    const props = zones.map((z) => z.properties);
    return {
      indicators: indicatorRows(reference.targets, props),
      zones: zoneTargetRows(reference.targets, props),
    };
  }, [reference, zones]);
  if (!rows)
    return <p className="muted">{reference.status === 'error' ? reference.message : t('plan.loading')}</p>;
  const planText = (f: TargetFact, unit: keyof typeof UNIT_LABELS) => {
    const v = f.value;
    const n =
      'count' in v
        ? num(v.count)
        : [v.min ?? v.exclusiveMin, v.max]
            .filter((x) => x !== undefined)
            .map((x) => num(x!))
            .filter((x, i, a) => a.indexOf(x) === i)
            .join('–');
    return `${label(f.comparator)} ${n} ${label(UNIT_LABELS[unit])}`;
  };
  return (
    <section className="plan" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('plan.title')}</h2>
      <p className="muted">{t('plan.intro')}</p>
      <ul className="plan-list">
        {rows.indicators.map(({ target, kind, actual }) => (
          <li key={target.id} className="plan-row" data-target={target.id} data-kind={kind}>
            <h3 className="plan-name">
              {label(target.label)} (
              {target.targetYear ? t('plan.year', { year: target.targetYear }) : t('plan.noYear')})
            </h3>
            <dl className="plan-facts">
              <dt>{t('plan.col.plan')}</dt>
              <dd>
                {target.facts.map((f, i) => (
                  <span key={i} className="plan-fact">
                    {planText(f, target.unit)} <Citation fact={f} sources={sources} tr={tr} />
                  </span>
                ))}
                {sourcesDiffer(target.facts) && (
                  <span className="sources-differ">{t('plan.sourcesDiffer')}</span>
                )}
              </dd>
              <dt>{t('plan.col.actual')}</dt>
              <dd data-actual>
                {kind === 'not-measurable' ? (
                  <span className="unknown">{t('plan.notMeasurable')}</span>
                ) : kind === 'no-rule' || !actual ? (
                  <span className="unknown">{t('plan.noRule')}</span>
                ) : target.unit === 'ha' ? (
                  t('plan.actualHa', {
                    value: num(actual.value, 0),
                    zones: num(actual.zones),
                    unknown: num(actual.areaUnknown),
                  })
                ) : (
                  t('plan.actualCount', { value: num(actual.value) })
                )}
              </dd>
              {target.measurableFromMap && (
                <>
                  <dt>{t('plan.col.how')}</dt>
                  <dd className="muted">{target.measurableFromMap}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
      <h3>{t('plan.zoneTargets')}</h3>
      <ul className="plan-list">
        {rows.zones.map(({ target, status, met }) => (
          <li key={target.id} className="plan-row" data-target={target.id}>
            <strong>{target.zoneName}</strong> (
            {target.targetYear ? t('plan.year', { year: target.targetYear }) : t('plan.noYear')})
            <br />
            {t('plan.zoneWanted', { status: label(STATUS_LABELS[target.facts[0]!.value]) })}{' '}
            <Citation fact={target.facts[0]!} sources={sources} tr={tr} />
            {status === undefined ? (
              <span className="unknown">{t('plan.zoneMissing')}</span>
            ) : (
              <span>
                {t('plan.zoneNow', { status: label(STATUS_LABELS[status]) })} ·{' '}
                <strong>{t(met ? 'plan.met' : 'plan.notMet')}</strong>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
