/**
 * The first stops for a keyboard: jump to the map, the filters or the list, past the header. On a
 * phone the filters and the list sit in a drawer and a sheet, which open first.
 */
import type { MouseEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../store';
import { useT } from './useT';

/** Focus an element once React has drawn what the jump just opened. */
function focusSoon(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

export function SkipLinks() {
  const appStore = useAppStoreApi();
  const { t } = useT();
  const ready = useAppStore((s) => s.data.status === 'ready');
  if (!ready) return null;
  const jump = (e: MouseEvent, go: () => void) => {
    e.preventDefault();
    go();
  };
  const toMap = () => focusSoon('.map canvas');
  const toFilters = () => {
    // The phone layout (app/layout.css) keeps the filters in a drawer.
    if (window.matchMedia('(max-width: 900px)').matches) appStore.getState().setFiltersOpen(true);
    focusSoon('#filters-title');
  };
  const toList = () => {
    const s = appStore.getState();
    s.setActivePanel('list');
    s.setFiltersOpen(false);
    s.setSheetExpanded(true);
    focusSoon('#results-title');
  };
  return (
    <nav className="skip-links" aria-label={t('skip.label')}>
      <a href="#map" onClick={(e) => jump(e, toMap)}>
        {t('skip.map')}
      </a>
      <a href="#filters-title" onClick={(e) => jump(e, toFilters)}>
        {t('skip.filters')}
      </a>
      <a href="#results-title" onClick={(e) => jump(e, toList)}>
        {t('skip.list')}
      </a>
    </nav>
  );
}
