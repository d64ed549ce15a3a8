/** A zone's own rent, free land, lease term and fee figures, each with its source; or a plain "none". */
import { useMemo } from 'react';
import { zoneMarketFacts } from '../../domain/market';
import type { Zone } from '../../domain/zone';
import { useReference } from '../investor/useReference';
import { useSources } from '../investor/useSources';
import type { T } from '../useT';
import { MarketTable } from './MarketTable';

export function ZoneMarketRows({ zone, tr }: { zone: Zone; tr: T }) {
  const reference = useReference();
  const sources = useSources();
  const facts = useMemo(() => {
    if (reference.status !== 'ready') return null;
    // A figure the zone's own facts already hold from the same source is not repeated.
    const held = new Set(zone.occupancyPct.map((f) => f.source));
    return zoneMarketFacts(reference.market, zone.id).filter(
      (f) => !(f.fact === 'occupancy' && held.has(f.source)),
    );
  }, [reference, zone]);
  if (!facts) return null;
  return (
    <div className="zone-market" data-zone-market>
      <h3>{tr.t('market.zoneTitle')}</h3>
      {facts.length === 0 ? (
        <p className="muted">{tr.t('market.zoneNone')}</p>
      ) : (
        <MarketTable facts={facts} caption={tr.t('market.zoneTitle')} sources={sources} tr={tr} />
      )}
      <p className="muted">{tr.t('market.zoneCityContext')}</p>
    </div>
  );
}
