/**
 * The city-wide picture an investor and a planner need next to any figure: Hanoi's operating parks are
 * nearly full (the city's own, newest figure), while new parks are planned. Shown in the plan,
 * statistics and market views, never as one park's own occupancy.
 */
import { useMemo } from 'react';
import { currentValue } from '../../domain/facts';
import { cityOccupancy } from '../../domain/market';
import { atLeast } from '../../domain/planRules';
import { useAppStore } from '../../store';
import { selectZones } from '../../store/derived';
import { Citation } from '../FactRow';
import { useReference } from '../investor/useReference';
import { useSources } from '../investor/useSources';
import { useT } from '../useT';

export function CityFacts({ onOpenMarket }: { onOpenMarket?: () => void }) {
  const tr = useT();
  const { t, num, note, date } = tr;
  const reference = useReference();
  const zones = useAppStore(selectZones);
  const sources = useSources();
  const facts = useMemo(() => {
    if (reference.status !== 'ready') return null;
    // The city's own figure (its industrial-park board), newest first: not a consultancy's basket.
    const occupancy = cityOccupancy(reference.market).find((f) => f.usd && !f.firm);
    const planned = zones.filter(
      (z) =>
        z.properties.kind === 'kcn' &&
        z.properties.planItems.some((i) => i.value.startsWith('kcn-24/')) &&
        !atLeast(currentValue(z.properties.status) ?? 'unknown', 'under_construction'),
    );
    const ha = planned.reduce((a, z) => a + (currentValue(z.properties.areaHa) ?? 0), 0);
    return { occupancy, planned: planned.length, ha };
  }, [reference, zones]);
  if (!facts) return null;
  const { occupancy } = facts;
  return (
    <aside className="city-facts" data-city-facts>
      {occupancy && (
        <p>
          {t('market.cityOccupancy', {
            value: note(occupancy.value),
            unit: note(occupancy.unit),
            date: occupancy.asOf ? date(occupancy.asOf) : t('market.undated'),
          })}{' '}
          <span className="muted">{t('market.cityWideNote')}</span>{' '}
          <Citation fact={{ source: occupancy.source, asOf: occupancy.asOf }} sources={sources} tr={tr} />
        </p>
      )}
      <p>{t('market.newSupply', { count: num(facts.planned), ha: num(facts.ha, 0) })}</p>
      {onOpenMarket && (
        <button type="button" className="link-button" onClick={onOpenMarket} data-open-market>
          {t('market.open')}
        </button>
      )}
    </aside>
  );
}
