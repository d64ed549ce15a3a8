/** The facts every view of a zone shows (panel, print sheet), each with its source and date. */
import type { Source } from '../domain/sources';
import { SECTORS, STATUS_LABELS, type SectorId } from '../domain/vocab';
import type { Zone } from '../domain/zone';
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
  return (
    <>
      <FactRow
        name={t('zone.status')}
        mode="history"
        facts={p.status}
        render={(v) => label(STATUS_LABELS[v])}
        {...row}
      />
      <FactRow
        name={t('zone.area')}
        facts={p.areaHa}
        render={(v) => t('unit.ha', { value: num(v) })}
        {...row}
      />
      <FactRow
        name={t('zone.occupancy')}
        facts={p.occupancyPct}
        render={(v) => t('unit.pct', { value: num(v) })}
        {...row}
      />
      <div className="fact">
        <dt>{t('zone.district')}</dt>
        <dd>{district ?? t('zone.unknown')}</dd>
      </div>
      <div className="fact">
        <dt>{t('zone.commune')}</dt>
        <dd>{commune ?? t('zone.unknown')}</dd>
      </div>
      <FactRow
        name={t('zone.sectors')}
        mode="list"
        facts={p.sectors}
        render={(v) => v.map((s) => label(SECTORS[s as SectorId])).join(', ')}
        {...row}
      />
      <FactRow name={t('zone.developer')} facts={p.developer} render={(v) => v} {...row} />
      <FactRow name={t('zone.established')} facts={p.establishedYear} render={(v) => String(v)} {...row} />
      <FactRow name={t('zone.legalBasis')} mode="list" facts={p.legalBasis} render={(v) => v} {...row} />
    </>
  );
}
