/** The pinned zones side by side: every fact with its source, the distances, the sources. */
import { useMemo } from 'react';
import { useAppStore } from '../../store';
import { selectDistances, selectPinnedZones } from '../../store/plannerSelectors';
import { useT } from '../useT';
import { compareRows } from './compareRows';
import { ExportButtons } from './ExportButtons';
import { PinButton } from './PinButton';
import { useExportContext } from './useExportContext';
import { useReference } from './useReference';
import { useSources } from './useSources';
import '../tables.css';
import './ComparePanel.css';

export function ComparePanel() {
  const tr = useT();
  const { t, label, num } = tr;
  useReference();
  const zones = useAppStore(selectPinnedZones);
  const clear = useAppStore((s) => s.clearPins);
  const select = useAppStore((s) => s.select);
  const distances = useAppStore(selectDistances);
  const sources = useSources();
  const { placeName } = useExportContext();
  const rows = useMemo(
    () => compareRows({ tr, sources, distances, placeName }),
    [tr, sources, distances, placeName],
  );
  return (
    <section className="compare" aria-labelledby="compare-title">
      <div className="panel-head">
        <h2 id="compare-title">{t('compare.title')}</h2>
        <button type="button" className="link-button" onClick={clear} disabled={zones.length === 0}>
          {t('compare.clear')}
        </button>
      </div>
      {zones.length === 0 && <p className="muted">{t('compare.empty')}</p>}
      {zones.length === 1 && <p className="muted">{t('compare.needMore')}</p>}
      {zones.length > 0 && (
        <div className="compare-scroll">
          <table className="compare-table" data-columns={zones.length}>
            <caption className="visually-hidden">
              {t('compare.caption', { count: num(zones.length) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.field')}</th>
                {zones.map((z) => (
                  <th scope="col" key={z.properties.id} data-zone-id={z.properties.id}>
                    <button
                      type="button"
                      className="link-button compare-zone"
                      onClick={() => select(z.properties.id, { fly: true })}
                    >
                      {label(z.properties.name)}
                    </button>
                    <PinButton id={z.properties.id} name={label(z.properties.name)} compact />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} data-row={r.key}>
                  <th scope="row">{r.title}</th>
                  {zones.map((z) => (
                    <td key={z.properties.id}>{r.cell(z)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ExportButtons which="shortlist" />
    </section>
  );
}
