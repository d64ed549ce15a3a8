/** In the result list: whether a zone passes the fit finder's criteria, and if not, why. */
import type { FitFailure, FitResult } from '../../domain/fit';
import { useAppStore } from '../../store';
import { selectFitResults } from '../../store/plannerSelectors';
import { type T, useT } from '../useT';
import './fit.css';

export const reasonKey = (f: FitFailure) => `fit.reason.${f.criterion}.${f.reason}` as const;

/** The badge, given the zone's result (none: the fit finder is not in use). */
export function FitVerdict({ result, t }: { result: FitResult | undefined; t: T['t'] }) {
  if (!result) return null;
  return result.pass ? (
    <span className="fit-badge fit-pass" data-fit="pass">
      ✓ {t('fit.pass')}
    </span>
  ) : (
    <span className="fit-badge fit-fail" data-fit="fail">
      ✗ {t('fit.fails', { reasons: result.failures.map((f) => t(reasonKey(f))).join('; ') })}
    </span>
  );
}

export function FitBadge({ id }: { id: string }) {
  const { t } = useT();
  return <FitVerdict result={useAppStore(selectFitResults)?.get(id)} t={t} />;
}
