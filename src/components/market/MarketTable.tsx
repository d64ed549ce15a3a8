/** Market figures as a table: value, unit and basis, when, and source, as each source gives them. */
import type { MarketFact } from '../../domain/market';
import type { Source } from '../../domain/sources';
import { textLang } from '../../domain/text';
import type { T } from '../useT';

export function sourceName(sources: ReadonlyMap<string, Source>, id: string): string {
  return sources.get(id)?.publisher ?? id;
}

export function MarketTable({
  facts,
  caption,
  sources,
  tr,
}: {
  facts: readonly MarketFact[];
  caption: string;
  sources: ReadonlyMap<string, Source>;
  tr: T;
}) {
  const { t, note, date } = tr;
  if (facts.length === 0) return null;
  return (
    <table className="market-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('market.col.value')}</th>
          <th scope="col">{t('market.col.basis')}</th>
          <th scope="col">{t('market.col.when')}</th>
          <th scope="col">{t('market.col.source')}</th>
        </tr>
      </thead>
      <tbody>
        {facts.map((f) => {
          const s = sources.get(f.source);
          return (
            <tr key={f.id} data-market-fact={f.id}>
              <td className="market-value">{note(f.value)}</td>
              <td>
                {note(f.unit)}
                {f.scope !== 'zone' && f.scope !== 'city' && <span className="muted"> · {note(f.area)}</span>}
                {f.note && <span className="fact-note"> ({note(f.note)})</span>}
              </td>
              <td>{f.asOf ? date(f.asOf) : note(f.period)}</td>
              <td>
                {s?.url ? (
                  <a
                    href={s.url}
                    target="_blank"
                    rel="noreferrer noopener"
                    lang={textLang(sourceName(sources, f.source))}
                  >
                    {sourceName(sources, f.source)}
                  </a>
                ) : (
                  <span lang={textLang(sourceName(sources, f.source))}>{sourceName(sources, f.source)}</span>
                )}
                {s?.date && <span className="muted">, {date(s.date)}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
