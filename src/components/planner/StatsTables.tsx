/** The statistics as tables: by kind, by status, by place. Also the charts' text alternative. */
import type { ReactNode } from 'react';
import type { Tally } from '../../domain/stats';
import type { T } from '../useT';
import '../tables.css';

export function TallyTable({
  caption,
  rows,
  tr,
  data,
}: {
  caption: string;
  rows: readonly { key: string; name: ReactNode; tally: Tally }[];
  tr: T;
  data: string;
}) {
  const { t, num } = tr;
  return (
    <table className="stats-table" data-table={data}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('stats.col.name')}</th>
          <th scope="col">{t('stats.col.count')}</th>
          <th scope="col">{t('stats.col.ha')}</th>
          <th scope="col">{t('stats.col.unknown')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row">{r.name}</th>
            <td>{num(r.tally.count)}</td>
            <td>
              {r.tally.count === r.tally.areaUnknown ? (
                <span className="unknown">{t('zone.unknown')}</span>
              ) : (
                num(r.tally.haKnown, 1)
              )}
            </td>
            <td>{num(r.tally.areaUnknown)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
