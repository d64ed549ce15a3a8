/** In the result list: whether a zone passes the fit finder's criteria, and if not, why. */
import type { FitFailure } from '../../domain/fit';
import { useAppStore } from '../../store';
import { selectFitResults } from '../../store/plannerSelectors';
import { useT } from '../useT';
import './fit.css';

export const reasonKey = (f: FitFailure) => `fit.reason.${f.criterion}.${f.reason}` as const;

export function FitBadge({ id }: { id: string }) {
  const { t } = useT();
  const result = useAppStore(selectFitResults)?.get(id);
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
