/**
 * One zone in the fit finder's results: its name (which opens it), whether it passes, and every
 * criterion with the zone's own value, so a passing zone shows why it passes as a failing one shows
 * why it fails.
 */
import { currentValue } from '../../domain/facts';
import type { FitCheck, FitResult } from '../../domain/fit';
import { KIND_COLORS } from '../../domain/symbology';
import { SECTORS, type SectorId, STATUS_LABELS } from '../../domain/vocab';
import type { ZoneFeature } from '../../domain/zone';
import { useAppStore } from '../../store';
import { type T, useT } from '../useT';
import { reasonKey } from './FitBadge';
import { PinButton } from './PinButton';
import '../ResultList.css';

const NO_DISTRICTS: readonly { id: string; name: string }[] = [];

/** The zone's value for one criterion, in words and local number formats. */
function valueText(k: FitCheck, tr: T, districtName: (id: string) => string): string | null {
  const { t, num, label } = tr;
  switch (k.criterion) {
    case 'area':
      return k.value === null ? null : t('unit.ha', { value: num(k.value) });
    case 'sectors':
      return k.value.length
        ? k.value.map((s) => label(SECTORS[s as SectorId] ?? { vi: s })).join(', ')
        : null;
    case 'airport':
    case 'rail':
      if (k.value === null) return null;
      return k.approximate
        ? t('dist.approxValue', { value: num(Math.round(k.value)) })
        : t('dist.value', { value: num(k.value, 1) });
    case 'status':
      return label(STATUS_LABELS[k.value]);
    case 'district':
      return k.value === null ? null : districtName(k.value);
    case 'land':
      return k.value === null ? null : t('unit.pct', { value: num(k.value) });
  }
}

export function FitChecks({ zone, result }: { zone: ZoneFeature; result: FitResult }) {
  const tr = useT();
  const { t, label } = tr;
  const districts = useAppStore((s) => (s.data.status === 'ready' ? s.data.places.districts : NO_DISTRICTS));
  const districtName = (id: string) => districts.find((d) => d.id === id)?.name ?? id;
  return (
    <ul className="fit-checks" aria-label={t('fit.checks', { name: label(zone.properties.name) })}>
      {result.checks.map((k) => {
        const value = valueText(k, tr, districtName);
        const line = t('fit.check.line', {
          criterion: t(`fit.check.${k.criterion}`),
          value: value ?? t('fit.check.unknownValue'),
        });
        // A reason adds something only where a value is shown; "unknown" alone says it all.
        const reason =
          k.outcome === 'pass' || value === null
            ? ''
            : ` — ${t(reasonKey({ criterion: k.criterion, reason: k.outcome }))}`;
        return (
          <li key={k.criterion} data-outcome={k.outcome} data-check={k.criterion}>
            <span className="visually-hidden">{t(`fit.check.${k.outcome}`)}: </span>
            {line}
            {reason}
          </li>
        );
      })}
    </ul>
  );
}

export function FitResultRow({ zone, result }: { zone: ZoneFeature; result: FitResult }) {
  const { t, label, num } = useT();
  const select = useAppStore((s) => s.select);
  const p = zone.properties;
  const occ = currentValue(p.occupancyPct);
  const notOnCriteria = !result.checks.some((k) => k.criterion === 'land');
  return (
    <li className="fit-row" data-fit-zone={p.id} data-fit={result.pass ? 'pass' : 'fail'}>
      <button type="button" className="result" onClick={() => select(p.id, { fly: true })}>
        <span className="swatch" style={{ background: KIND_COLORS[p.kind] }} aria-hidden="true" />
        <span className="result-name">{label(p.name)}</span>
        <span className="result-meta">
          {result.pass ? t('fit.pass') : t('fit.failCount', { count: num(result.failures.length) })}
          {/* Occupancy is context, shown here unless it is one of the criteria below. */}
          {notOnCriteria && (
            <>
              {' · '}
              {occ === undefined
                ? t('fit.occupancyUnknown')
                : t('fit.occupancy', { value: t('unit.pct', { value: num(occ) }) })}
            </>
          )}
        </span>
      </button>
      <PinButton id={p.id} name={label(p.name)} compact />
      <FitChecks zone={zone} result={result} />
    </li>
  );
}
