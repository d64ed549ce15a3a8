/** Composes the page: header, filters, map with legend, result list and zone panel. */
import { useEffect } from 'react';
import { FilterPanel } from '../components/FilterPanel';
import { Legend } from '../components/Legend';
import { LoadState } from '../components/LoadState';
import { Notices } from '../components/Notices';
import { Tabs } from '../components/Tabs';
import { useT } from '../components/useT';
import { ZonePanel } from '../components/ZonePanel';
import { MapView } from '../map/MapView';
import { useAppStore } from '../store';
import { SIDE_PANELS } from './panels';

export function App() {
  const { t, date } = useT();
  const data = useAppStore((s) => s.data);
  const load = useAppStore((s) => s.load);
  const lang = useAppStore((s) => s.lang);
  const activePanel = useAppStore((s) => s.activePanel);
  const setActivePanel = useAppStore((s) => s.setActivePanel);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="muted">
          {t('app.subtitle')}
          {data.status === 'ready' && data.meta.dataAsOf && (
            <> · {t('app.dataAsOf', { date: date(data.meta.dataAsOf) })}</>
          )}
        </p>
      </header>
      {data.status !== 'ready' ? (
        <main className="app-main">
          <LoadState />
        </main>
      ) : (
        <main className="app-main">
          <aside className="sidebar sidebar-left">
            <FilterPanel />
          </aside>
          <div className="map-wrap">
            <MapView layers={data.layers} label={t('map.label')} />
            <div className="map-overlay">
              <Legend />
            </div>
            <Notices />
          </div>
          <aside className="sidebar sidebar-right">
            <ZonePanel />
            <Tabs tabs={SIDE_PANELS} active={activePanel} onChange={setActivePanel} label={t('panel.tabs')} />
          </aside>
        </main>
      )}
    </div>
  );
}
