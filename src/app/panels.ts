/**
 * The tabs of the side panel. A feature adds its panel here: one entry, one component.
 * The first entry is shown by default. Only the list is in the first load: every other panel is its
 * own chunk, fetched when its tab is first opened (Tabs shows a placeholder of the same size meanwhile).
 */
import { type ComponentType, lazy } from 'react';
import { ResultList } from '../components/ResultList';
import type { PanelId } from '../domain/urlState';
import type { PlainKey } from '../i18n';

/** The ids are the link's `tab=` values (PANEL_IDS in src/domain/urlState.ts). */
export type SidePanel = { id: PanelId; title: PlainKey; Component: ComponentType };

/** A panel loaded on demand: `load` fetches its chunk, `pick` takes the component out of the module. */
function onDemand<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): ComponentType {
  return lazy(() => load().then((m) => ({ default: pick(m) })));
}

export const SIDE_PANELS: readonly SidePanel[] = [
  { id: 'list', title: 'panel.list', Component: ResultList },
  {
    id: 'compare',
    title: 'panel.compare',
    Component: onDemand(
      () => import('../components/investor/ComparePanel'),
      (m) => m.ComparePanel,
    ),
  },
  {
    id: 'fit',
    title: 'panel.fit',
    Component: onDemand(
      () => import('../components/investor/FitPanel'),
      (m) => m.FitPanel,
    ),
  },
  {
    id: 'market',
    title: 'panel.market',
    Component: onDemand(
      () => import('../components/market/MarketPanel'),
      (m) => m.MarketPanel,
    ),
  },
  {
    id: 'stats',
    title: 'panel.stats',
    Component: onDemand(
      () => import('../components/planner/StatsPanel'),
      (m) => m.StatsPanel,
    ),
  },
  {
    id: 'plan',
    title: 'panel.plan',
    Component: onDemand(
      () => import('../components/planner/PlanPanel'),
      (m) => m.PlanPanel,
    ),
  },
  {
    id: 'import',
    title: 'import.panel',
    Component: onDemand(
      () => import('../components/import/ImportPanel'),
      (m) => m.ImportPanel,
    ),
  },
  {
    id: 'about',
    title: 'panel.about',
    Component: onDemand(
      () => import('../components/AboutPanel'),
      (m) => m.AboutPanel,
    ),
  },
];
