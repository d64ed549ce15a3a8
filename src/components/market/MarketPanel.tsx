/**
 * The market view for investors: the city-wide picture, land rents by source and year, and every
 * city, regional and national figure by kind, source by source. Nothing is averaged across sources.
 */
import { useMemo } from 'react';
import { MARKET_FACTS, type MarketFact, rentSeries } from '../../domain/market';
import { useReference } from '../investor/useReference';
import { useSources } from '../investor/useSources';
import { useT } from '../useT';
import { CityFacts } from './CityFacts';
import { MarketTable, sourceName } from './MarketTable';
import { RentChart } from './RentChart';
import './market.css';

const SCOPES = ['city', 'region', 'national'] as const;

export function MarketPanel() {
  const tr = useT();
  const { t, num } = tr;
  const reference = useReference();
  const sources = useSources();
  const view = useMemo(() => {
    if (reference.status !== 'ready') return null;
    const series = rentSeries(reference.market).map((s) => ({
      ...s,
      key: s.points[0]!.fact.firm ?? sourceName(sources, s.key).split(' (')[0]!,
    }));
    const undatedRents = reference.market.facts.filter(
      (f) => f.scope === 'city' && f.fact === 'market_rent' && !f.asOf,
    ).length;
    const groups = SCOPES.map((scope) => ({
      scope,
      byKind: MARKET_FACTS.map((kind) => ({
        kind,
        facts: reference.market.facts
          .filter((f) => f.scope === scope && f.fact === kind)
          .sort((a, b) => (b.asOf ?? '').localeCompare(a.asOf ?? '')) as MarketFact[],
      })).filter((g) => g.facts.length > 0),
    }));
    return { series, undatedRents, groups };
  }, [reference, sources]);
  if (!view)
    return <p className="muted">{reference.status === 'error' ? reference.message : t('plan.loading')}</p>;
  return (
    <section className="market" aria-labelledby="market-title">
      <h2 id="market-title">{t('market.title')}</h2>
      <p className="muted">{t('market.intro')}</p>
      <CityFacts />
      <h3>{t('market.rentChart')}</h3>
      <RentChart
        series={view.series}
        tr={tr}
        title={t('market.rentChart')}
        desc={t('market.rentChartDesc')}
      />
      {view.undatedRents > 0 && (
        <p className="muted">{t('market.undatedLeft', { count: num(view.undatedRents) })}</p>
      )}
      {view.groups.map((g) => (
        <div key={g.scope} data-market-scope={g.scope}>
          <h3>{t(`market.scope.${g.scope}`)}</h3>
          {g.byKind.map((k) => (
            <MarketTable
              key={k.kind}
              facts={k.facts}
              caption={t(`market.kind.${k.kind}`)}
              sources={sources}
              tr={tr}
            />
          ))}
        </div>
      ))}
    </section>
  );
}
