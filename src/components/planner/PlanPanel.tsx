/**
 * Plan against actual: each industrial target with its progress bar, how much of the plan the data can
 * see, and how the row is counted, in words. Rows the data cannot answer come last and say so.
 */
import { useMemo } from 'react';
import { sourcesDiffer } from '../../domain/facts';
import { planRows, contextTargets, zoneTargetRows } from '../../domain/planActual';
import type { PlanAnswer } from '../../domain/planRules';
import { STATUS_FILL_OPACITY } from '../../domain/symbology';
import type { Indicator, TargetFact } from '../../domain/targets';
import { UNIT_LABELS } from '../../domain/targets';
import { STATUS_LABELS, type ZoneStatus } from '../../domain/vocab';
import type { PlainKey } from '../../i18n';
import { useAppStore } from '../../store';
import { selectZoneIndex, selectZones } from '../../store/derived';
import { Citation } from '../FactRow';
import { useReference } from '../investor/useReference';
import { useSources } from '../investor/useSources';
import { type T, useT } from '../useT';
import { CityFacts } from '../market/CityFacts';
import './PlanPanel.css';

/** The noun a count target counts, by metric. */
const NOUNS: Record<string, PlainKey> = {
  'kcn-count': 'plan.noun.parks',
  'kcn-new': 'plan.noun.parks',
  'plan-1668-kcn-count': 'plan.noun.parks',
  'ccn-planned-count': 'plan.noun.clusters',
  'ccn-to-build': 'plan.noun.clusters',
  'ccn-new': 'plan.noun.clusters',
  'ccn-expanded': 'plan.noun.clusters',
  'plan-1668-zone-count': 'plan.noun.zones',
  'plan-1668-hitech-count': 'plan.noun.hitech',
};

/** "159 industrial clusters", "2 to 5 industrial parks", "more than 75 %": the plan's figure as words. */
export function targetText(tr: T, target: Indicator, f: TargetFact): string {
  const { t, num, label } = tr;
  const noun =
    target.unit === 'count'
      ? t(NOUNS[target.metric] ?? 'plan.noun.zones')
      : target.unit === 'ha'
        ? t('plan.noun.ha')
        : label(UNIT_LABELS[target.unit]);
  const v = f.value;
  if ('count' in v) return t('plan.value.count', { n: num(v.count), noun });
  if (v.exclusiveMin !== undefined) return t('plan.value.above', { n: num(v.exclusiveMin), noun });
  if (v.min !== undefined && v.max !== undefined && v.min !== v.max)
    return t('plan.value.range', { min: num(v.min), max: num(v.max), noun });
  const n = v.min ?? v.max!;
  return v.max === undefined
    ? t('plan.value.atLeast', { n: num(n), noun })
    : t('plan.value.count', { n: num(n), noun });
}

function when(tr: T, target: Indicator): string {
  if (target.period) return tr.t('plan.period', { from: target.period.from, to: target.period.to });
  return target.targetYear ? tr.t('plan.year', { year: target.targetYear }) : tr.t('plan.noYear');
}

const segmentLabel = (tr: T, status: ZoneStatus) =>
  status === 'unknown' ? tr.t('plan.segment.unknown') : tr.label(STATUS_LABELS[status]);

/** The bar: one part per status, the parts that count as progress drawn solid, the rest pale. */
function ProgressBar({ answer, tr, unit }: { answer: PlanAnswer; tr: T; unit: Indicator['unit'] }) {
  const scale = Math.max(
    answer.goal,
    answer.segments.reduce((a, s) => a + s.value, 0),
  );
  const digits = unit === 'ha' ? 0 : 0;
  return (
    <div className="plan-bar-wrap">
      <div
        className="plan-bar"
        role="img"
        aria-label={tr.t('plan.progressLabel', {
          value: tr.num(answer.value, digits),
          goal: tr.num(answer.goal),
        })}
      >
        {answer.segments.map((s) => (
          <span
            key={s.status}
            className="plan-bar-part"
            data-status={s.status}
            data-progress={answer.progressStatuses.includes(s.status)}
            style={{
              width: `${(100 * s.value) / scale}%`,
              opacity: answer.progressStatuses.includes(s.status)
                ? Math.max(0.45, STATUS_FILL_OPACITY[s.status])
                : 0.22,
            }}
          />
        ))}
        {answer.goal < scale && (
          <span className="plan-bar-goal" style={{ left: `${(100 * answer.goal) / scale}%` }} />
        )}
      </div>
      <ul className="plan-segments">
        {answer.segments.map((s) => (
          <li key={s.status} data-progress={answer.progressStatuses.includes(s.status)}>
            <span
              className="plan-chip"
              style={{ opacity: answer.progressStatuses.includes(s.status) ? 1 : 0.35 }}
              aria-hidden="true"
            />
            {segmentLabel(tr, s.status)}: {tr.num(s.value, digits)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PlanPanel() {
  const tr = useT();
  const { t, label, num } = tr;
  const reference = useReference();
  const zones = useAppStore(selectZones);
  const zoneIndex = useAppStore(selectZoneIndex);
  const sources = useSources();
  const rows = useMemo(() => {
    if (reference.status !== 'ready') return null;
    const props = zones.map((z) => z.properties);
    return {
      plan: planRows(reference.targets, props),
      other: contextTargets(reference.targets),
      zones: zoneTargetRows(reference.targets, props),
    };
  }, [reference, zones]);
  if (!rows)
    return <p className="muted">{reference.status === 'error' ? reference.message : t('plan.loading')}</p>;

  const plannedFacts = (target: Indicator) => (
    <p className="plan-goal">
      <strong>{t('plan.planned')}:</strong>{' '}
      {target.facts.map((f, i) => (
        <span key={i} className="plan-fact">
          {targetText(tr, target, f)} <Citation fact={f} sources={sources} tr={tr} />
        </span>
      ))}
      {sourcesDiffer(target.facts) && <span className="sources-differ">{t('plan.sourcesDiffer')}</span>}
    </p>
  );

  return (
    <section className="plan" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('plan.title')}</h2>
      <p className="muted">{t('plan.intro')}</p>
      <CityFacts />
      <ul className="plan-list">
        {rows.plan.map((row) => {
          const { target, answer } = row;
          return (
            <li key={target.id} className="plan-row" data-target={target.id} data-answered={answer !== null}>
              <h3 className="plan-name">
                {label(target.label)} <span className="muted">({when(tr, target)})</span>
              </h3>
              {plannedFacts(target)}
              {answer && row.answer ? (
                <>
                  <p className="plan-figure" data-actual>
                    <strong>
                      {t('plan.progress', {
                        value: num(answer.value, 0),
                        goal: num(answer.goal),
                        pct: num(Math.round((100 * answer.value) / answer.goal), 0),
                      })}
                    </strong>{' '}
                    {t(`plan.counts.${row.metric}`)}
                  </p>
                  <ProgressBar answer={answer} tr={tr} unit={target.unit} />
                  {answer.seen && (
                    <p className="plan-seen" data-seen>
                      {t('plan.seen', { count: num(answer.seen.count), of: num(answer.seen.of) })}
                    </p>
                  )}
                  {answer.areaUnknown > 0 && (
                    <p className="muted">{t('plan.areaUnknown', { count: num(answer.areaUnknown) })}</p>
                  )}
                  <p className="plan-method muted">{t(`plan.method.${row.metric}`)}</p>
                </>
              ) : (
                <p className="unknown">{t('plan.notMeasurable')}</p>
              )}
            </li>
          );
        })}
      </ul>
      <h3>{t('plan.zoneTargets')}</h3>
      <ul className="plan-list">
        {rows.zones.map(({ target, status, met }) => (
          <li key={target.id} className="plan-row" data-target={target.id}>
            {/* The zone's name in the view's language; the plan's own wording stays in Vietnamese. */}
            <strong>
              {zoneIndex.get(target.zone) ? (
                label(zoneIndex.get(target.zone)!.properties.name)
              ) : (
                <span lang="vi">{target.zoneName}</span>
              )}
            </strong>{' '}
            <span className="muted">({when(tr, target as never)})</span>
            <br />
            {t('plan.zoneWanted', { status: label(STATUS_LABELS[target.facts[0]!.value]) })}{' '}
            <Citation fact={target.facts[0]!} sources={sources} tr={tr} />
            {status === undefined ? (
              <span className="unknown">{t('plan.zoneMissing')}</span>
            ) : (
              <span>
                {' · '}
                {t('plan.zoneNow', { status: label(STATUS_LABELS[status]) })} ·{' '}
                <strong>{t(met ? 'plan.met' : 'plan.notMet')}</strong>
              </span>
            )}
          </li>
        ))}
      </ul>
      <h3>{t('plan.other')}</h3>
      <p className="muted">{t('plan.otherIntro')}</p>
      <ul className="plan-list">
        {rows.other.map((target) => (
          <li key={target.id} className="plan-row" data-target={target.id} data-answered="false">
            <h4 className="plan-name">
              {label(target.label)} <span className="muted">({when(tr, target)})</span>
            </h4>
            {plannedFacts(target)}
          </li>
        ))}
      </ul>
    </section>
  );
}
