/** For planners: counts and hectares of the filtered zones, a choropleth and charts (the year control is on the map). */
import { useMemo } from 'react';
import { KIND_LABELS, SECTORS, type SectorId, STATUS_LABELS, STATUSES, ZONE_KINDS } from '../../domain/vocab';
import { communeLabel } from '../../domain/placeNames';
import { compareVietnamese } from '../../domain/text';
import { useAppStore } from '../../store';
import { selectProgrammeSectors, selectZoneIndex } from '../../store/derived';
import { selectStats } from '../../store/plannerSelectors';
import { CityFacts } from '../market/CityFacts';
import { useT } from '../useT';
import { BarChart } from './BarChart';
import { ChoroplethControls } from './ChoroplethControls';
import { StatusTimelineChart } from './StatusTimelineChart';
import { TallyTable } from './StatsTables';
import '../FactRow.css';
import './StatsPanel.css';

export function StatsPanel() {
  const tr = useT();
  const { t, label, num } = tr;
  const stats = useAppStore(selectStats);
  const index = useAppStore(selectZoneIndex);
  const programme = useAppStore(selectProgrammeSectors);
  const setActivePanel = useAppStore((s) => s.setActivePanel);
  const { unit, measure } = useAppStore((s) => s.choropleth);
  const data = useAppStore((s) => s.data);
  const placeRows = useMemo(() => {
    const places = data.status === 'ready' ? data.places : { districts: [], communes: [] };
    const name = (id: string) =>
      unit === 'district'
        ? (places.districts.find((d) => d.id === id)?.name ?? id)
        : label(communeLabel(places.communes.find((c) => c.id === id) ?? { name: id }));
    const rows = [...stats.byArea].map(([key, tally]) => ({ key, name: name(key), tally }));
    rows.sort((a, b) => b.tally.count - a.tally.count || compareVietnamese(a.name, b.name));
    if (stats.unplaced.count)
      rows.push({ key: 'unplaced', name: t('stats.unplaced'), tally: stats.unplaced });
    return rows;
  }, [stats, unit, data, label, t]);
  const bars = placeRows
    .filter((r) => r.key !== 'unplaced')
    .map((r) => ({ ...r, value: measure === 'ha' ? r.tally.haKnown : r.tally.count }))
    .sort((a, b) => b.value - a.value)
    .slice(0, 10)
    .map((r) => ({
      key: r.key,
      label: r.name,
      value: r.value,
      text: measure === 'ha' ? num(r.value, 0) : num(r.value),
    }));

  return (
    <section className="stats" aria-labelledby="stats-title">
      <h2 id="stats-title">{t('stats.title')}</h2>
      <p className="stats-summary" data-summary>
        {t('stats.summary', { count: num(stats.total.count), ha: num(stats.total.haKnown, 0) })}
      </p>
      {stats.total.areaUnknown > 0 && (
        <p className="muted">{t('stats.unknownArea', { count: num(stats.total.areaUnknown) })}</p>
      )}
      {stats.agri.count > 0 && (
        <p className="muted" data-agri>
          {t('stats.agriApart', { count: num(stats.agri.count), ha: num(stats.agri.haKnown, 0) })}
        </p>
      )}
      {stats.notCounted.length > 0 && (
        <p className="not-counted" role="note" data-not-counted>
          {t('stats.notCounted', {
            count: num(stats.notCounted.length),
            names: stats.notCounted
              .map((id) => (index.get(id) ? label(index.get(id)!.properties.name) : id))
              .join('; '),
          })}
        </p>
      )}
      <CityFacts onOpenMarket={() => setActivePanel('market')} />
      <ChoroplethControls />
      <h3>{t('stats.byArea')}</h3>
      <BarChart
        title={t('stats.chartByArea')}
        desc={t('stats.chartByAreaDesc', { measure: t(measure === 'ha' ? 'choro.ha' : 'choro.count') })}
        bars={bars}
      />
      <details>
        <summary>{t('stats.showTable')}</summary>
        <TallyTable
          caption={t(unit === 'district' ? 'stats.unit.district' : 'stats.unit.commune')}
          rows={placeRows}
          tr={tr}
          data="area"
        />
      </details>
      <TallyTable
        caption={t('stats.byKind')}
        rows={ZONE_KINDS.filter((k) => stats.byKind.has(k)).map((k) => ({
          key: k,
          name: label(KIND_LABELS[k]),
          tally: stats.byKind.get(k)!,
        }))}
        tr={tr}
        data="kind"
      />
      <TallyTable
        caption={t('stats.byStatus')}
        rows={STATUSES.filter((s) => stats.byStatus.has(s)).map((s) => ({
          key: s,
          name: label(STATUS_LABELS[s]),
          tally: stats.byStatus.get(s)!,
        }))}
        tr={tr}
        data="status"
      />
      <TallyTable
        caption={t('stats.bySector')}
        rows={[...stats.bySector]
          .sort((a, b) => b[1].count - a[1].count)
          .map(([s, tally]) => ({
            key: s,
            name: (
              <>
                {label(SECTORS[s as SectorId] ?? { vi: s })}
                {programme.has(s) && (
                  <span className="programme-mark" title={t('filters.programmeSector')}>
                    {' '}
                    ★<span className="visually-hidden">{t('filters.programmeSector')}</span>
                  </span>
                )}
              </>
            ),
            tally,
          }))}
        tr={tr}
        data="sector"
      />
      <p className="muted">★ {t('filters.programmeSectorNote')}</p>
      <h3>{t('stats.chartTimeline')}</h3>
      <StatusTimelineChart />
    </section>
  );
}
