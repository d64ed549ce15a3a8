/** The facts every view of a zone shows (panel, print sheet), each with its source and date. */
import { currentFact, currentValue } from '../domain/facts';
import { compareAreas } from '../domain/footprint';
import { isStale, todayIso } from '../domain/freshness';
import type { Source } from '../domain/sources';
import { SECTORS, STATUS_LABELS, type SectorId } from '../domain/vocab';
import type { Zone } from '../domain/zone';
import { DataText } from './DataText';
import { FactRow } from './FactRow';
import type { T } from './useT';

export function ZoneFactRows({
  zone: p,
  sources,
  tr,
  district,
  commune,
}: {
  zone: Zone;
  sources: ReadonlyMap<string, Source>;
  tr: T;
  /** Display names of the zone's former district and 2025 commune, when known. */
  district: string | null;
  commune: string | null;
}) {
  const { t, label, num } = tr;
  const row = { sources, tr };
  const status = currentFact(p.status);
  const areas = compareAreas(currentValue(p.areaHa), p.mappedAreaHa);
  return (
    <>
      <FactRow
        name={t('zone.status')}
        mode="history"
        facts={p.status}
        render={(v) => label(STATUS_LABELS[v])}
        {...row}
      />
      {status?.asOf && isStale(status.asOf, todayIso()) && (
        <div className="fact fact-warning" data-fact="stale">
          <dt className="visually-hidden">{t('zone.status')}</dt>
          <dd role="note">{t('zone.staleStatus', { date: tr.date(status.asOf) })}</dd>
        </div>
      )}
      <FactRow
        name={t('zone.area')}
        facts={p.areaHa}
        render={(v) => t('unit.ha', { value: num(v) })}
        {...row}
      />
      {p.mappedAreaHa !== null && (
        <div className="fact" data-fact="mappedArea">
          <dt>{t('zone.mappedArea')}</dt>
          <dd>
            <span className="fact-value">{t('unit.ha', { value: num(p.mappedAreaHa, 1) })}</span>
            {areas?.difference && (
              <p className="area-difference" role="note">
                {t(areas.difference === 'smaller' ? 'zone.mappedSmaller' : 'zone.mappedLarger', {
                  mapped: num(areas.mapped, 0),
                  official: num(areas.official, areas.official < 10 ? 1 : 0),
                  pct: num(Math.round(Math.abs(areas.ratio - 1) * 100), 0),
                  share: num(Math.round(areas.ratio * 100), 0),
                })}
              </p>
            )}
          </dd>
        </div>
      )}
      <FactRow
        name={t('zone.occupancy')}
        facts={p.occupancyPct}
        render={(v) => t('unit.pct', { value: num(v) })}
        {...row}
      />
      <div className="fact" data-fact="district">
        <dt>{t('zone.district')}</dt>
        <dd>
          {district ?? <span className="unknown">{t('zone.unknown')}</span>}
          {district && p.districtBasis === 'source' && (
            <span className="fact-note"> ({t('zone.placeFromSource')})</span>
          )}
        </dd>
      </div>
      <div className="fact" data-fact="commune">
        <dt>{t('zone.commune')}</dt>
        <dd>
          {commune ?? (
            <span className="unknown">
              {t('zone.unknown')}
              {p.location.method === 'district_centroid' && ` (${t('zone.communeNotKnown')})`}
            </span>
          )}
          {commune && p.communeBasis === 'source' && (
            <span className="fact-note"> ({t('zone.communeFromSource')})</span>
          )}
        </dd>
      </div>
      <FactRow
        name={t('zone.sectors')}
        mode="list"
        facts={p.sectors}
        render={(v) => v.map((s) => label(SECTORS[s as SectorId])).join(', ')}
        {...row}
      />
      <FactRow
        name={t('zone.developer')}
        facts={p.developer}
        render={(v) => <DataText value={v} tr={tr} />}
        {...row}
      />
      <FactRow name={t('zone.established')} facts={p.establishedYear} render={(v) => String(v)} {...row} />
      <FactRow
        name={t('zone.legalBasis')}
        mode="list"
        facts={p.legalBasis}
        render={(v) => <DataText value={v} tr={tr} />}
        {...row}
      />
    </>
  );
}
