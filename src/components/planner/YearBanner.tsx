/** Says, above the list, that it shows a past (or planned) year, with a way back to today. */
import { useAppStore } from '../../store';
import { useT } from '../useT';
import { useFutureYear } from './TimelineControl';
import './YearBanner.css';

export function YearBanner() {
  const { t } = useT();
  const year = useAppStore((s) => s.filters.year);
  const filters = useAppStore((s) => s.filters);
  const setFilters = useAppStore((s) => s.setFilters);
  const planned = useFutureYear(year);
  if (year === null) return null;
  return (
    <p className="year-banner" role="status">
      {planned === null
        ? t('timeline.current', { year })
        : planned === 0
          ? t('timeline.noPlans', { year: String(year) })
          : t('timeline.currentFuture', { year: String(year) })}{' '}
      <button type="button" className="link-button" onClick={() => setFilters({ ...filters, year: null })}>
        {t('timeline.reset')}
      </button>
    </p>
  );
}
