/** The selected zone: every fact with its source and date. Escape or the close button closes it. */
import { useEffect, useMemo, useRef } from 'react';
import type { Source } from '../domain/sources';
import { KIND_COLORS } from '../domain/symbology';
import { isApproximate, KIND_LABELS, LOCATION_METHOD_LABELS } from '../domain/vocab';
import { useAppStore } from '../store';
import { selectSelectedZone } from '../store/derived';
import { zoneSources } from '../domain/exportCsv';
import { osmUrl } from '../domain/osm';
import { communeLabel, districtLabel } from '../domain/placeNames';
import type { OsmLink } from '../domain/zone';
import { Citation, FactRow } from './FactRow';
import { ZoneMarketRows } from './market/ZoneMarketRows';
import { DataText } from './DataText';
import { SourceTitle } from './SourceTitle';
import { ZoneFactRows } from './ZoneFactRows';
import { DistanceRows } from './investor/DistanceRows';
import { PinButton } from './investor/PinButton';
import { PrintButton } from './investor/PrintButton';
import { type T, useT } from './useT';
import './ZonePanel.css';

/** The OSM object a zone's shape or point comes from: a link, the snapshot date, and why it is this zone's. */
function OsmLinkText({ osm, asOf, tr }: { osm: OsmLink; asOf: string | null; tr: T }) {
  const { t } = tr;
  return (
    <div className="osm-link" data-osm={osm.id}>
      {t('zone.osmObject')}:{' '}
      <a href={osmUrl(osm.id)} target="_blank" rel="noreferrer noopener">
        {osm.id}
      </a>
      {asOf && <> · {t('zone.osmSnapshot', { date: tr.date(asOf) })}</>} · © OpenStreetMap contributors (ODbL)
      <p className="fact-note">
        {t(osm.match === 'matched' ? 'zone.osm.matched' : 'zone.osm.added')} (
        {t(osm.confidence === 'certain' ? 'zone.osm.certain' : 'zone.osm.probable')}): {tr.note(osm.reason)}{' '}
        {t('zone.osmCaveat')}
      </p>
    </div>
  );
}

/** Focus `back` if it is still on the page; else its zone's row in the list, else the map. */
function returnFocus(back: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const rowId = back?.dataset.zoneId;
    const target =
      (back?.isConnected && back.offsetParent !== null ? back : null) ??
      (rowId ? document.querySelector<HTMLElement>(`.result[data-zone-id="${CSS.escape(rowId)}"]`) : null) ??
      document.querySelector<HTMLElement>('.map canvas');
    target?.focus();
  });
}

export function ZonePanel() {
  const tr = useT();
  const { t, label } = tr;
  const zone = useAppStore(selectSelectedZone);
  const select = useAppStore((s) => s.select);
  const data = useAppStore((s) => s.data);
  // A tile tree's index holds a summary: the full facts load when the zone opens.
  const details = useAppStore((s) => (s.zoneDetails?.id === s.selection?.id ? s.zoneDetails?.status : null));
  const heading = useRef<HTMLHeadingElement>(null);
  const sources = useMemo(
    () => new Map<string, Source>(data.status === 'ready' ? data.sources.map((s) => [s.id, s]) : []),
    [data],
  );
  const places = data.status === 'ready' ? data.places : { districts: [], communes: [] };
  const id = zone?.properties.id;

  // Escape or Close gives focus back to what opened the panel: a list row, the search box, the map.
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (id) {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body && !active.closest('.zone-panel'))
        opener.current = active;
      wasOpen.current = true;
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const back = opener.current;
    opener.current = null;
    returnFocus(back);
  }, [id]);

  useEffect(() => {
    if (!id) return;
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') select(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [id, select]);

  if (!zone) return null;
  const p = zone.properties;
  const district = places.districts.find((d) => d.id === p.district);
  const commune = places.communes.find((c) => c.id === p.commune);
  const cited = zoneSources(p, sources).map((s) => s.id);
  const row = { sources, tr };

  return (
    <aside
      className="zone-panel"
      aria-labelledby="zone-title"
      data-zone-id={p.id}
      data-details={details ?? 'complete'}
    >
      <div className="zone-head">
        <span className="swatch" style={{ background: KIND_COLORS[p.kind] }} aria-hidden="true" />
        <h2 id="zone-title" tabIndex={-1} ref={heading}>
          {label(p.name)}
        </h2>
        <button type="button" className="close" onClick={() => select(null)} aria-label={t('zone.close')}>
          ×
        </button>
      </div>
      <div className="button-row zone-actions">
        <PinButton id={p.id} name={label(p.name)} />
        <PrintButton id={p.id} />
      </div>
      {details && details !== 'ready' && (
        <p className="muted zone-details-state" role="status" data-details={details}>
          {t(details === 'loading' ? 'zone.detailsLoading' : 'zone.detailsError')}
        </p>
      )}
      {isApproximate(p.location.method) && (
        <p className="badge-approx">
          {t('zone.approximate')}: {label(LOCATION_METHOD_LABELS[p.location.method])}
        </p>
      )}
      <dl className="facts">
        <div className="fact">
          <dt>{t('zone.kind')}</dt>
          <dd>{label(KIND_LABELS[p.kind])}</dd>
        </div>
        <ZoneFactRows
          zone={p}
          sources={sources}
          tr={tr}
          district={district ? label(districtLabel(district)) : null}
          commune={commune ? label(communeLabel(commune)) : null}
        />
        {p.tenants.length > 0 && (
          <FactRow
            name={t('zone.tenants')}
            mode="list"
            facts={p.tenants}
            render={(v) => <DataText value={v} tr={tr} />}
            {...row}
          />
        )}
        <DistanceRows zoneId={p.id} tr={tr} />
        <div className="fact" data-fact="location">
          <dt>{t('zone.location')}</dt>
          <dd>
            {label(LOCATION_METHOD_LABELS[p.location.method])}
            {p.location.note && <span className="fact-note"> ({tr.note(p.location.note)})</span>}
            <Citation fact={p.location} sources={sources} tr={tr} />
            {p.location.osm && <OsmLinkText osm={p.location.osm} asOf={p.location.asOf} tr={tr} />}
          </dd>
        </div>
      </dl>
      <ZoneMarketRows zone={p} tr={tr} />
      {p.relations.length > 0 && (
        <div className="not-counted" role="note" data-not-counted>
          <strong>{t('zone.notCounted')}</strong>
          <ul>
            {p.relations.map((r, i) => (
              <li key={i}>{tr.note(r.note)}</li>
            ))}
          </ul>
        </div>
      )}
      {p.notes.length > 0 && (
        <>
          <h3>{t('zone.notes')}</h3>
          <ul className="notes">
            {p.notes.map((n, i) => (
              <li key={i}>
                {tr.note(n)}
                {typeof n === 'object' && 'source' in n && (
                  <>
                    {' '}
                    <Citation fact={n} sources={sources} tr={tr} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('zone.sources')}</h3>
      <ol className="source-list">
        {cited.map((sid) => {
          const s = sources.get(sid);
          return (
            <li key={sid}>
              {s ? <SourceTitle source={s} /> : sid}
              {s && (
                <span className="muted">
                  {' '}
                  — <DataText value={s.publisher} tr={tr} />
                  {s.date ? `, ${tr.date(s.date)}` : ''}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
