/**
 * Composes the page. Wide screens: filters | map | side panel. Phones: the map fills the screen,
 * filters open in a drawer and the list and zone panel live in a bottom sheet (see app.css).
 */
import { type CSSProperties, useDeferredValue, useEffect, useState } from 'react';
import { clampPanelWidth, defaultPanelWidth } from '../domain/panelWidth';
import { BasemapOffer } from '../components/BasemapOffer';
import { ImportDropTarget } from '../components/import/ImportDropTarget';
import { FilterPanel } from '../components/FilterPanel';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Legend } from '../components/Legend';
import { LoadState } from '../components/LoadState';
import { MapKeyStatus } from '../components/MapKeyStatus';
import { Notices } from '../components/Notices';
import { PanelResizer } from '../components/PanelResizer';
import { TimelineControl } from '../components/planner/TimelineControl';
import { SearchBox } from '../components/SearchBox';
import { SkipLinks } from '../components/SkipLinks';
import { Tabs } from '../components/Tabs';
import { useT } from '../components/useT';
import { ZonePanel } from '../components/ZonePanel';
import { ZonePicker } from '../components/ZonePicker';
import type { MapEnv } from '../map/mapEnv';
import { MapView } from '../map/MapView';
import { useAppStore } from '../store';
import { selectVisibleIds } from '../store/derived';
import { SIDE_PANELS } from './panels';

/** Below this width the phone layout applies (layout.css): no side column, so no width to set. */
const PHONE_MAX = 900;

function useViewportWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

export function App({ mapEnv }: { mapEnv: MapEnv }) {
  const { t, date, num } = useT();
  const data = useAppStore((s) => s.data);
  const lang = useAppStore((s) => s.lang);
  const activePanel = useAppStore((s) => s.activePanel);
  const setActivePanel = useAppStore((s) => s.setActivePanel);
  const filtersOpen = useAppStore((s) => s.filtersOpen);
  const setFiltersOpen = useAppStore((s) => s.setFiltersOpen);
  const sheetExpanded = useAppStore((s) => s.sheetExpanded);
  const setSheetExpanded = useAppStore((s) => s.setSheetExpanded);
  const selectedId = useAppStore((s) => s.selection?.id);
  const matching = useAppStore(selectVisibleIds).size;
  const viewport = useViewportWidth();
  const chosenWidth = useAppStore((s) => s.panelWidth);
  const panelWidth = clampPanelWidth(chosenWidth ?? defaultPanelWidth(viewport, activePanel), viewport);
  const wide = viewport > PHONE_MAX;
  const ready = data.status === 'ready';
  // The panels (the list, the filters and their counts) render in a pass of their own after the data
  // arrives, so the commit that starts the map is not held up by them.
  const panelsReady = useDeferredValue(ready);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
  // A newly selected zone opens the bottom sheet so its panel is visible on a phone.
  useEffect(() => {
    if (selectedId) setSheetExpanded(true);
  }, [selectedId, setSheetExpanded]);
  useEffect(() => {
    if (!filtersOpen) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setFiltersOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [filtersOpen, setFiltersOpen]);

  return (
    <div className="app">
      <SkipLinks />
      <header className="app-header">
        <div className="app-title">
          <h1>{t('app.title')}</h1>
          <p className="muted subtitle">
            {t('app.subtitle')}
            {data.status === 'ready' && data.meta.statusDates.oldest && data.meta.statusDates.newest && (
              <>
                {' · '}
                {t('app.statusDates', {
                  from: date(data.meta.statusDates.oldest),
                  to: date(data.meta.statusDates.newest),
                })}
              </>
            )}
          </p>
        </div>
        <SearchBox />
        <LanguageSwitch />
      </header>
      {data.status === 'error' ? (
        <main className="app-main">
          <LoadState />
        </main>
      ) : (
        // While the zones load, the page keeps its final layout (so the map is built at its final
        // size) and the map starts as soon as the layer registry is read; the panels fill in after.
        <main
          className="app-main"
          data-filters-open={filtersOpen}
          data-sheet-expanded={sheetExpanded}
          data-panel={activePanel}
          style={wide ? ({ '--panel-width': `${panelWidth}px` } as CSSProperties) : undefined}
        >
          {ready && (
            <button
              type="button"
              className="filters-toggle"
              data-covers-map
              aria-expanded={filtersOpen}
              aria-controls="filters-drawer"
              onClick={() => setFiltersOpen(!filtersOpen)}
            >
              {filtersOpen ? t('app.closeFilters') : `${t('app.openFilters')} · ${num(matching)}`}
            </button>
          )}
          <aside className="sidebar sidebar-left" id="filters-drawer" data-covers-map>
            {panelsReady && <FilterPanel />}
          </aside>
          <div className="map-wrap">
            {data.layers && <MapView layers={data.layers} label={t('map.label')} env={mapEnv} />}
            {ready && (
              <>
                <div className="map-overlay" data-covers-map>
                  <Legend />
                </div>
                <TimelineControl />
                <ZonePicker />
                <MapKeyStatus />
                <Notices />
                <BasemapOffer />
                <ImportDropTarget />
              </>
            )}
          </div>
          <aside className="sidebar sidebar-right" id="side-panel" data-covers-map>
            {panelsReady ? (
              <>
                <button
                  type="button"
                  className="sheet-handle"
                  aria-expanded={sheetExpanded}
                  onClick={() => setSheetExpanded(!sheetExpanded)}
                >
                  {sheetExpanded ? t('app.collapseSheet') : t('app.expandSheet')}
                </button>
                <ZonePanel />
                <Tabs
                  tabs={SIDE_PANELS}
                  active={activePanel}
                  onChange={setActivePanel}
                  label={t('panel.tabs')}
                />
              </>
            ) : (
              <LoadState />
            )}
          </aside>
          {wide && ready && <PanelResizer width={panelWidth} viewport={viewport} />}
        </main>
      )}
    </div>
  );
}
