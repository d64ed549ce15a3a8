/** The order of the zone lists (the result list and the fit finder's results share it; it is in the link). */
import { useId } from 'react';
import { LIST_SORTS } from '../domain/sortZones';
import { useAppStore } from '../store';
import { useT } from './useT';
import './SortControl.css';

/** `withoutArea`: how many of the listed zones have no official area (said when sorting by area). */
export function SortControl({ withoutArea }: { withoutArea: number }) {
  const { t, num } = useT();
  const id = useId();
  const sort = useAppStore((s) => s.listSort);
  const setSort = useAppStore((s) => s.setListSort);
  return (
    <div className="sort-control">
      <label htmlFor={id}>{t('sort.label')}</label>
      <select
        id={id}
        value={sort}
        onChange={(e) => setSort(e.target.value as (typeof LIST_SORTS)[number])}
        data-sort
      >
        {LIST_SORTS.map((s) => (
          <option key={s} value={s}>
            {t(`sort.${s}`)}
          </option>
        ))}
      </select>
      {sort.startsWith('area') && withoutArea > 0 && (
        <p className="muted sort-note" data-sort-note>
          {t('sort.areaUnknownLast', { count: num(withoutArea) })}
        </p>
      )}
    </div>
  );
}
